// axe-core on every extension page a user reaches: the popup, the dashboard with a room open, a
// contract's terms, a dispute case and the in-page button, in light and dark mode. No serious or critical violation may remain; the report
// names each one (rule, impact, the elements) so a failure says what to fix.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { captureThroughButton, openRoom } from '../../scripts/lib/capture-flow';

const ROOMS = path.resolve(import.meta.dirname, '../fixtures/messages-room');
const TERMS = path.resolve(import.meta.dirname, '../fixtures/terms');
const DANA = '/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const CONTRACT = '/nx/wm/workroom/38123456';
// The job post the contract page links to ("View original job post"), captured beside it.
const JOB = '/jobs/Shopify-store-migration-headless-Next-storefront_~022031418853377121212';
// Extension pages forbid inline and injected scripts (CSP), so axe's source is evaluated as an
// expression through Playwright, which runs in the page's main world without a <script> tag.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: ExtensionBrowser;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Light and dark colour schemes both: contrast is checked in each. */
async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await schemeViolations(page, within)).map((v) => `${colorScheme}: ${v}`));
  }
  return found;
}

async function schemeViolations(page: Page, within?: string): Promise<string[]> {
  const violations = await page.evaluate(async (selector) => {
    const axe = (globalThis as unknown as { axe: { run(context: Document | string): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(selector ?? document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, within);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

beforeAll(async () => {
  browser = await launchForTest();
  await serveUpwork(browser.context, { [DANA]: path.join(ROOMS, 'shared-room.html'), [CONTRACT]: path.join(TERMS, 'contract-fixed.html'), [JOB]: path.join(TERMS, 'job-post.html') });
  for (const url of [`https://www.upwork.com${DANA}?pageTitle=Dana%20Whitfield`, `https://www.upwork.com${CONTRACT}`, `https://www.upwork.com${JOB}`]) {
    const page = await openRoom(browser, url);
    expect(await captureThroughButton(page)).toMatch(/^Captured/);
    await page.close();
  }
});

afterAll(async () => {
  await browser?.close();
});

describe('axe-core finds no serious or critical violation', () => {
  it('in the in-page capture button on an Upwork page (only our shadow root: the page is not ours)', async () => {
    const page = await openRoom(browser, `https://www.upwork.com${DANA}?pageTitle=Dana%20Whitfield`);
    await page.locator('#evidence-locker-root').getByRole('button', { name: 'Capture evidence' }).waitFor();
    expect(await seriousViolations(page, '#evidence-locker-root')).toEqual([]);
    // Dark mode reaches the shadow root: the status panel turns dark with the system.
    const statusBackground = () => page.evaluate(() => {
      const status = document.getElementById('evidence-locker-root')!.shadowRoot!.querySelector('.status')!;
      return getComputedStyle(status).backgroundColor;
    });
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await statusBackground()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await statusBackground()).toBe('rgb(31, 41, 55)');
    await page.close();
  });

  it('in the popup', async () => {
    const popup = await browser.extensionPage('popup');
    await popup.getByRole('button', { name: 'Open dashboard' }).waitFor();
    // The words ship in _locales and the browser resolves the manifest's __MSG_ names from them,
    // and fills a message's named placeholders from t()'s substitutions.
    const named = await popup.evaluate(() => {
      const { i18n, runtime } = (globalThis as unknown as { chrome: { i18n: { getMessage(k: string, subs?: string[]): string }; runtime: { getManifest(): { name: string } } } }).chrome;
      return { message: i18n.getMessage('extName'), manifest: runtime.getManifest().name, status: i18n.getMessage('capture_room_done_other', ['152', '12', '1', '0']) };
    });
    expect(named).toEqual({ message: 'Evidence Locker for Upwork', manifest: 'Evidence Locker for Upwork', status: 'Captured 152 messages (12 new, 1 edited, 0 deleted)' });
    // The page says the language of the translation it reads (English: the only one), and its direction.
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('in the dashboard with a captured room open', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    await dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^Dana Whitfield/ }).click();
    await dashboard.locator('article[data-message-id]').first().waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);
    // A search lists the room's contract above the messages it finds.
    await dashboard.getByLabel('Search messages').fill('headless');
    await dashboard.getByRole('region', { name: 'Contracts and terms pages' }).getByRole('link', { name: /^Shopify store migration/ }).waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);
    await dashboard.close();
  });

  it('in a contract view', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    await dashboard.getByRole('navigation', { name: 'Contracts and terms' }).getByRole('button', { name: /^Shopify store migration.*Contract$/ }).click();
    const contract = dashboard.locator('article.terms');
    await contract.getByRole('region', { name: 'Milestones' }).waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);
    // The contract links the job post it came from (read from its page copy's links), and the job post links back.
    const linked = contract.getByRole('region', { name: 'Linked records' });
    await linked.getByRole('link', { name: /^Shopify store migration/ }).click();
    await expect.poll(() => contract.locator('header p').first().textContent()).toMatch(/^Job post/);
    expect(await seriousViolations(dashboard)).toEqual([]);
    await linked.getByRole('link', { name: /^Shopify store migration/ }).click();
    await contract.getByRole('region', { name: 'Milestones' }).waitFor();
    // The contract links to the conversation that names it, and that conversation back to it.
    await contract.getByRole('region', { name: 'Linked records' }).getByRole('link', { name: 'Dana Whitfield' }).click();
    await dashboard.locator('article[data-message-id]').first().waitFor();
    const header = dashboard.locator('header.conversation-header');
    expect(await header.locator('h2').textContent()).toBe('Dana Whitfield');
    await header.getByRole('link', { name: /^Shopify store migration/ }).click();
    await contract.getByRole('region', { name: 'Milestones' }).waitFor();
    await dashboard.close();
  });

  it('in the case view', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    await dashboard.getByRole('button', { name: 'New case' }).click();
    await dashboard.getByLabel('Case name').fill('Milestone 1 not released');
    await dashboard.getByRole('button', { name: 'Create case' }).click();
    const covers = dashboard.getByRole('region', { name: 'What the case covers' });
    await covers.waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);
    // The conversation taken into the case names it in its header, as a link back to the case.
    await covers.getByRole('checkbox', { name: /^Dana Whitfield/ }).check();
    await dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^Dana Whitfield/ }).click();
    const toCase = dashboard.locator('header.conversation-header').getByRole('link', { name: 'Milestone 1 not released' });
    await toCase.waitFor();
    expect(await seriousViolations(dashboard)).toEqual([]);
    await toCase.focus();
    await dashboard.keyboard.press('Enter');
    await covers.waitFor();
    await dashboard.close();
  });
});

/** Presses Tab `stops` times; every element that takes focus must draw an outline of 2px or more. */
async function tabThrough(page: Page, stops: number): Promise<string[]> {
  // Focus rings are drawn only in the window that has focus.
  await page.bringToFront();
  const seen: string[] = [];
  for (let stop = 0; stop < stops; stop++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const label = `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}`;
      // A date field's calendar button is a stop inside the field that the page cannot style
      // or see (the field does not match :focus then); the browser draws its ring itself.
      if (!el.matches(':focus')) return null;
      return { label, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
    });
    if (!focused) continue;
    seen.push(focused.label);
    expect(focused.outline, `no focus outline on ${focused.label}`).toBe(true);
  }
  return seen;
}

describe('keyboard use shows where focus is', () => {
  it('every stop Tab reaches in the dashboard draws a focus outline', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    await dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^Dana Whitfield/ }).waitFor();
    expect((await tabThrough(dashboard, 40)).length).toBeGreaterThan(10);
    await dashboard.close();
  });

  it('every stop Tab reaches in the popup draws a focus outline', async () => {
    const popup = await browser.extensionPage('popup');
    await popup.getByRole('button', { name: 'Open dashboard' }).waitFor();
    expect((await tabThrough(popup, 12)).length).toBeGreaterThan(2);
    await popup.close();
  });
});
