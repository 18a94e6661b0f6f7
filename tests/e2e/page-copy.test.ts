// The page copy kept with a capture is inert where it matters, in a real browser: a room page
// carrying every trick (tests/fixtures/page-copy/every-trick.html) is captured and exported, the
// zip unpacked to a folder, and captures/<id>/page.html opened from disk. Nothing may run and no
// request may leave but the file's own.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { captureThroughButton, exportFromDashboard, openRoom } from '../../scripts/lib/capture-flow';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const ROOM = '/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';

/** shared-room.html with every trick of the page-copy fixture in its head and body. */
function roomWithEveryTrick(): string {
  const room = readFileSync(path.join(FIXTURES, 'messages-room/shared-room.html'), 'utf8');
  const tricks = readFileSync(path.join(FIXTURES, 'page-copy/every-trick.html'), 'utf8');
  const inner = (tag: string) => tricks.slice(tricks.indexOf('>', tricks.indexOf(`<${tag}`)) + 1, tricks.indexOf(`</${tag}>`));
  const bodyAttributes = /<body([^>]*)>/.exec(tricks)![1]!;
  const page = room.replace('<head>', `<head>${inner('head')}`).replace(/<body([^>]*)>/, `<body$1${bodyAttributes}>`).replace('</body>', `${inner('body')}</body>`);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'page-copy-room-')), 'room.html');
  writeFileSync(file, page);
  return file;
}

let browser: ExtensionBrowser;
let folder: string;
let pageFile: string;
let actions: string[];

beforeAll(async () => {
  browser = await launchForTest();
  await serveUpwork(browser.context, { [ROOM]: roomWithEveryTrick() });
  // The live page may load what it likes; evil.test answers "no content" (a refresh there stays put).
  await browser.context.route('https://evil.test/**', (route) => route.fulfill({ status: 204 }));
});

afterAll(async () => {
  await browser?.close();
});

describe('the page copy of a hostile page, opened from the unzipped bundle', () => {
  it('captures the page and exports it', async () => {
    const room = await openRoom(browser, `https://www.upwork.com${ROOM}`);
    expect(await captureThroughButton(room)).toMatch(/^Captured 16 messages/);
    const dashboard = await browser.extensionPage('dashboard');
    const download = await exportFromDashboard(dashboard);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    folder = mkdtempSync(path.join(tmpdir(), 'page-copy-bundle-'));
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      const target = path.join(folder, entry.name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, await entry.async('uint8array'));
    }
    const evidence = JSON.parse(readFileSync(path.join(folder, 'evidence.json'), 'utf8'));
    const capture = evidence.captures[0];
    pageFile = path.join(folder, `captures/${capture.id}/page.html`);
    actions = capture.actions;
    expect(capture.files).toContain(`captures/${capture.id}/page.html`);
  });

  it('says in the capture\'s actions what was taken out', () => {
    for (const line of [/^removed \d+ script elements from page\.html$/, /^removed \d+ event-handler attributes/, /^replaced \d+ frames \(iframe\/frame\)/, /^replaced \d+ embedded objects/, /^removed 2 meta refreshes/, /^removed 1 base element/, /^removed \d+ links that were not http\(s\)/, /^added a Content-Security-Policy/]) {
      expect(actions.some((a) => line.test(a)), String(line)).toBe(true);
    }
  });

  it('runs nothing and sends no request when opened from disk and clicked through', async () => {
    const url = pathToFileURL(pageFile).href;
    const page = await browser.context.newPage();
    const requests: string[] = [];
    const console: string[] = [];
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
    await expect.poll(() => page.locator('#trick-text').textContent()).toBe("The page's own words stay.");
    await page.locator('#clickable').hover();
    for (const el of await page.locator('[data-trick="click"]:not(#form-submit)').all()) await el.click({ force: true, noWaitAfter: true });
    // Last: the browser's refused form submission leaves Playwright waiting for a navigation.
    await page.locator('#form-submit').click({ noWaitAfter: true });
    await expect.poll(() => console.length).toBe(1);
    // A click that navigated would have replaced the document; it is still the copy, at its own address.
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => (window as { __ran?: string[] }).__ran ?? [])).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll('script, iframe, frame, object, embed, base').length)).toBe(0);
    expect(requests).toEqual([url]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // The copy's policy stopped the one thing a click could still start: sending the form to itself.
    expect(console).toEqual([`error: Sending form data to '${url}' violates the following Content Security Policy directive: "form-action 'none'". The request has been blocked.\n`]);
    await page.close();
  });
});
