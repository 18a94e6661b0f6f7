// npm run listing: the store listing made by script from the demo flow. Builds dist/, loads it in
// headless Chromium, captures the demo room and contract (served locally, as in npm run demo) and
// the test suite's styled lazily loading room (for the pictures of a room), makes a dispute case,
// exports and verifies the bundle, and writes into listing/ (not kept in
// git): the screenshots of scripts/lib/listing-shots.ts at 1280×800, and the listing's words
// from docs/store-listing.md (name.txt, summary.txt, description.txt, captions.txt).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { ensureChromium } from './lib/chromium';
import { launchWithExtension, serveUpwork, type ExtensionBrowser } from './lib/extension-browser';
import { captureThroughButton, exportFromDashboard, openRoom } from './lib/capture-flow';
import { LISTING_SHOTS, SHOT_SIZE, type ListingView } from './lib/listing-shots';
import { openLazyRoom, serveLazyRoom } from './lib/lazy-room';
import { makeStories } from '../tests/fixtures/lazy-room/stories';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'listing');
const ROOM_PATH = '/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const CONTRACT_PATH = '/nx/wm/workroom/38123456';
const ROOM_URL = `https://www.upwork.com${ROOM_PATH}?pageTitle=Dana%20Whitfield`;

async function main(): Promise<void> {
  console.log('Building the extension into dist/ …');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  writeListingText();
  const work = mkdtempSync(path.join(tmpdir(), 'evidence-listing-'));
  // The demo room's times were written for a viewer in UTC.
  const browser = await launchWithExtension({ executablePath: ensureChromium(), timeZone: 'UTC' });
  try {
    await serveUpwork(browser.context, {
      [ROOM_PATH]: path.join(ROOT, 'tests/fixtures/messages-room/shared-room.html'),
      [CONTRACT_PATH]: path.join(ROOT, 'tests/fixtures/terms/contract-fixed.html'),
    });
    for (const url of [ROOM_URL, `https://www.upwork.com${CONTRACT_PATH}`]) {
      const page = await openRoom(browser, url);
      await expectCaptured(captureThroughButton(page));
      await page.close();
    }
    // The demo room is a bare saved page; the lazy room is styled like Upwork's at 1280×800.
    const room = await openLazyRoom(browser, await serveLazyRoom(browser.context, { stories: makeStories(60), layout: 'ordinary', latencyMs: 20 }));
    await expectCaptured(captureThroughButton(room));

    const views: Record<ListingView, () => Promise<Buffer>> = {
      'popup-on-room': () => popupOnRoom(browser, room),
      'dashboard-room': () => dashboardRoom(browser),
      'case-view': () => caseView(browser),
      report: async () => (await bundleFolder(browser, work), shotOfFile(browser, path.join(work, 'bundle', 'report.html'))),
      'verify-page': () => verifyPage(browser, work),
    };
    for (const shot of LISTING_SHOTS) {
      writeFileSync(path.join(OUT, shot.file), await views[shot.view]());
      console.log(`listing/${shot.file}`);
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
}

async function expectCaptured(status: Promise<string>): Promise<void> {
  const text = await status;
  if (!text.startsWith('Captured')) throw new Error(`the demo capture failed: ${text}`);
}

/**
 * The popup as it opens over the room. A script cannot click the toolbar button, so the popup is
 * opened as a page whose "active tab" is the room (its one tabs.query answered with the room's
 * tab), shot at its own size, and laid over the room's screenshot.
 */
async function popupOnRoom(browser: ExtensionBrowser, room: Page): Promise<Buffer> {
  await room.getByRole('status').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
  const backdrop = await room.screenshot();
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  // Without the tabs permission no tab's address is visible: the room is the newest tab but this one.
  await popup.addInitScript(`(() => {
    const query = chrome.tabs.query.bind(chrome.tabs);
    chrome.tabs.query = async (info) => {
      if (!info || !info.active) return query(info);
      const self = await chrome.tabs.getCurrent();
      const others = (await query({})).filter((t) => t.id !== self?.id).sort((a, b) => b.id - a.id);
      return others.slice(0, 1).map((t) => ({ ...t, url: ${JSON.stringify(room.url())} }));
    };
  })()`);
  await popup.goto(`chrome-extension://${browser.extensionId}/src/ui/popup/index.html`);
  await popup.getByRole('button', { name: 'Open dashboard' }).waitFor();
  await popup.waitForTimeout(500); // the tab's last capture and message count arrive after the first paint
  const height = await popup.evaluate(() => Math.min(600, document.documentElement.scrollHeight));
  const panel = await popup.screenshot({ clip: { x: 0, y: 0, width: 400, height } });
  await popup.close();
  return composite(browser, backdrop, panel);
}

async function composite(browser: ExtensionBrowser, backdrop: Buffer, panel: Buffer): Promise<Buffer> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize(SHOT_SIZE);
    const src = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
    await page.setContent(`<body style="margin:0"><img src="${src(backdrop)}" style="display:block">
      <img src="${src(panel)}" style="position:absolute;top:8px;right:16px;border:1px solid #c4cfc4;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.25)"></body>`);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete));
    return await page.screenshot();
  } finally {
    await page.close();
  }
}

async function dashboardPage(browser: ExtensionBrowser): Promise<Page> {
  const dashboard = await browser.extensionPage('dashboard');
  await dashboard.setViewportSize(SHOT_SIZE);
  return dashboard;
}

async function dashboardRoom(browser: ExtensionBrowser): Promise<Buffer> {
  const dashboard = await dashboardPage(browser);
  try {
    await dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^Elena Voss/ }).click();
    const card = dashboard.locator('article[data-message-id]').filter({ hasText: 'Milestone 2' }).first();
    await card.waitFor();
    await card.getByLabel('Key evidence').click();
    await dashboard.getByRole('group', { name: 'Tags for this conversation' }).getByRole('button', { name: 'Scope' }).click();
    await dashboard.evaluate(() => window.scrollTo(0, 0));
    return await dashboard.screenshot();
  } finally {
    await dashboard.close();
  }
}

async function caseView(browser: ExtensionBrowser): Promise<Buffer> {
  const dashboard = await dashboardPage(browser);
  try {
    await dashboard.getByRole('button', { name: 'New case' }).click();
    await dashboard.getByLabel('Case name').fill('Milestone 1 not released');
    await dashboard.getByRole('button', { name: 'Create case' }).click();
    const covers = dashboard.getByRole('region', { name: 'What the case covers' });
    await covers.getByRole('group', { name: 'Contracts' }).getByLabel(/Shopify store migration/).check();
    await covers.getByRole('button', { name: 'Add Dana Whitfield' }).click();
    // Two messages marked as key evidence become the case's exhibits E-1 and E-2.
    for (const n of [0, 1]) await dashboard.locator('article[data-message-id]').nth(n).getByLabel('Key evidence').click();
    await dashboard.getByRole('region', { name: 'Exhibits' }).locator('.exhibit-number').nth(1).waitFor();
    await dashboard.evaluate(() => window.scrollTo(0, 0));
    return await dashboard.screenshot();
  } finally {
    await dashboard.close();
  }
}

/** Exports from the dashboard (the case is part of the store now) and unzips the bundle into `work`. */
async function bundleFolder(browser: ExtensionBrowser, work: string): Promise<void> {
  const dashboard = await dashboardPage(browser);
  try {
    const download = await exportFromDashboard(dashboard);
    const zipPath = path.join(work, 'evidence-bundle.zip');
    await download.saveAs(zipPath);
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      const target = path.join(work, 'bundle', entry.name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, await entry.async('uint8array'));
    }
  } finally {
    await dashboard.close();
  }
}

async function shotOfFile(browser: ExtensionBrowser, file: string, then?: (page: Page) => Promise<void>): Promise<Buffer> {
  const page = await browser.context.newPage();
  try {
    await page.setViewportSize(SHOT_SIZE);
    await page.goto(`file://${file}`);
    await then?.(page);
    return await page.screenshot();
  } finally {
    await page.close();
  }
}

/** verify.html from the unzipped bundle, given the bundle's zip as a reviewer would pick it. */
function verifyPage(browser: ExtensionBrowser, work: string): Promise<Buffer> {
  return shotOfFile(browser, path.join(work, 'bundle', 'verify.html'), async (page) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#files')]);
    await chooser.setFiles(path.join(work, 'evidence-bundle.zip'));
    await page.waitForFunction(() => /^(OK|FAILED|Could not)/.test(document.getElementById('verdict')?.textContent ?? ''));
    const verdict = (await page.textContent('#verdict')) ?? '';
    if (!verdict.startsWith('OK')) throw new Error(`the demo bundle did not verify: ${verdict}`);
  });
}

/** The listing's words, from docs/store-listing.md's sections, as the stores' forms take them. */
function writeListingText(): void {
  const doc = readFileSync(path.join(ROOT, 'docs/store-listing.md'), 'utf8');
  const section = (title: RegExp): string => {
    const match = new RegExp(`^## ${title.source}[^\\n]*\\n([\\s\\S]*?)(?=^## |$(?![\\s\\S]))`, 'm').exec(doc);
    if (!match) throw new Error(`docs/store-listing.md has no section ${title.source}`);
    return `${match[1]!.trim()}\n`;
  };
  writeFileSync(path.join(OUT, 'name.txt'), section(/Name/));
  writeFileSync(path.join(OUT, 'summary.txt'), section(/Summary/));
  writeFileSync(path.join(OUT, 'description.txt'), section(/Description/));
  writeFileSync(path.join(OUT, 'captions.txt'), LISTING_SHOTS.map((s) => `${s.file}: ${s.caption}`).join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(`Listing failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
