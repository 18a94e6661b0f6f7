// Contracts as evidence end to end: capture a contract page, capture it again after its terms
// changed (the served page changes), and see the earlier terms kept and the change reported.
// A capturable page whose layout is not recognised still yields a stored copy, and says so.
import path from 'node:path';
import { tmpdir } from 'node:os';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { captureThroughButton, exportFromDashboard, openRoom } from '../../scripts/lib/capture-flow';
import { verifyBundle } from '../../src/export';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/terms');
const CONTRACT = '/nx/wm/workroom/52004417';
const BROKEN = '/nx/wm/workroom/52004418';
let browser: ExtensionBrowser;
let served = 'contract-v1.html';

async function route(context: BrowserContext): Promise<void> {
  await context.route('https://www.upwork.com/**', (r) => {
    const { pathname } = new URL(r.request().url());
    if (pathname === CONTRACT) return r.fulfill({ path: path.join(FIXTURES, served), contentType: 'text/html; charset=utf-8' });
    if (pathname === BROKEN) return r.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><html><head><title>Upwork</title></head><body><h1>Something went wrong</h1><p>Please try again later.</p></body></html>' });
    return r.fulfill({ status: 404, body: 'not served' });
  });
}

beforeAll(async () => {
  browser = await launchForTest();
  await route(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

describe('contract terms as evidence', () => {
  it('captures a contract page, then reports that its terms changed when they did', async () => {
    const first = await openRoom(browser, `https://www.upwork.com${CONTRACT}`);
    expect(await captureThroughButton(first)).toBe('Captured the contract terms');
    served = 'contract-v2.html';
    const second = await openRoom(browser, `https://www.upwork.com${CONTRACT}`);
    expect(await captureThroughButton(second)).toBe('Captured the contract terms (the terms changed since the last capture)');
  });

  it('keeps a page it cannot read as a copy, and says the data was not recognised', async () => {
    const page = await openRoom(browser, `https://www.upwork.com${BROKEN}`);
    expect(await captureThroughButton(page)).toMatch(/^Captured the page, but structured data not recognised: its copy is kept\./);
  });

  it('shows in the dashboard that the terms changed, with before and after', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    const nav = dashboard.getByRole('navigation', { name: 'Contracts and terms' });
    await nav.getByRole('button', { name: /^Mobile app onboarding redesign/ }).click();
    const changed = dashboard.getByRole('region', { name: 'Changes between captures' });
    await expect.poll(() => changed.locator('table').count()).toBe(1);
    const rows = await changed.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.startsWith('Milestone 2: amount'))).toBe(true);
    await dashboard.close();
  });

  it('exports the contract with its earlier terms and the change before and after', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    const download = await exportFromDashboard(dashboard);
    const saved = path.join(tmpdir(), `terms-${Date.now()}.zip`);
    await download.saveAs(saved);
    const bytes = new Uint8Array(readFileSync(saved));
    expect((await verifyBundle(bytes)).problems).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    const evidence = JSON.parse(await zip.file('evidence.json')!.async('string'));
    expect(evidence.contracts).toHaveLength(1);
    expect(evidence.contracts[0]).toMatchObject({ id: '52004417', type: 'fixed' });
    expect(evidence.contracts[0].versions).toHaveLength(1);
    const kinds = evidence.captures.map((c: { pageKind: string; actions: string[] }) => c.pageKind);
    expect(kinds).toEqual(['contract', 'contract', 'contract']);
    expect(evidence.captures[2].actions.join('\n')).toMatch(/structured data not recognised/);
    for (const capture of evidence.captures) expect(zip.file(capture.files[0])).not.toBeNull();
    const report = await zip.file('report.html')!.async('string');
    expect(report).toContain('Terms changed');
  });
});
