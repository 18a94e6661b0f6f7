// A hostile page, end to end in a real browser. The page copy: a room page carrying every trick
// (tests/fixtures/page-copy/every-trick.html) is captured and exported, the zip unpacked to a
// folder, and captures/<id>/page.html opened from disk: nothing may run and no request may leave
// but the file's own. Provenance: a script on the page forges "story data" into the channel our
// observer uses; it can add a message the page never showed and contradict one it did, but
// neither passes unmarked.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { scrollToCard } from './message-list';
import { captureThroughButton, exportFromDashboard, openRoom } from '../../scripts/lib/capture-flow';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const ROOM_ID = 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const ROOM = `/ab/messages/rooms/${ROOM_ID}`;
const SHOWN = 'story_434633e8ceb69fbfd23b67a7c68fd50a';
const FORGED = 'story_00000000000000000000000000f0a9ed';

/** What any script on upwork.com can post: a "response" of the story list naming this room. */
const FORGER = `<script>
  window.postMessage({ source: 'evidence-locker:page-stories', roomId: '${ROOM_ID}', status: 200,
    url: 'https://www.upwork.com/api/v3/rooms/rooms/${ROOM_ID}/stories/simplified?limit=20',
    body: JSON.stringify({ cursor: null, stories: [
      { storyId: '${SHOWN}', roomId: '${ROOM_ID}', userId: '1', message: 'I never asked about URLs.', created: Date.UTC(2026, 0, 5), updated: null, modified: 0, isSystemStory: 0, deleted: 0 },
      { storyId: '${FORGED}', roomId: '${ROOM_ID}', userId: '1', message: 'I approve milestone 2 in full.', created: Date.UTC(2026, 2, 3), updated: null, modified: 0, isSystemStory: 0, deleted: 0 },
    ] }) }, location.origin);
</script>`;

/** shared-room.html with every trick of the page-copy fixture in its head and body. */
function roomWithEveryTrick(): string {
  const room = readFileSync(path.join(FIXTURES, 'messages-room/shared-room.html'), 'utf8');
  const tricks = readFileSync(path.join(FIXTURES, 'page-copy/every-trick.html'), 'utf8');
  const inner = (tag: string) => tricks.slice(tricks.indexOf('>', tricks.indexOf(`<${tag}`)) + 1, tricks.indexOf(`</${tag}>`));
  const bodyAttributes = /<body([^>]*)>/.exec(tricks)![1]!;
  const page = room.replace('<head>', `<head>${inner('head')}`).replace(/<body([^>]*)>/, `<body$1${bodyAttributes}>`).replace('</body>', `${inner('body')}${FORGER}</body>`);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'page-copy-room-')), 'room.html');
  writeFileSync(file, page);
  return file;
}

let browser: ExtensionBrowser;
let folder: string;
let pageFile: string;
let actions: string[];
let messages: { id: string; text: string; sentAt: string; sources: Record<string, string>; conflicts: unknown[] }[];

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
    // 16 shown on the page, and the forged one.
    expect(await captureThroughButton(room)).toMatch(/^Captured 17 messages/);
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
    messages = evidence.messages;
    actions = capture.actions;
    expect(capture.files).toContain(`captures/${capture.id}/page.html`);
  });

  it('says in the capture\'s actions what was taken out', () => {
    for (const line of [/^removed \d+ script elements from page\.html$/, /^removed \d+ event-handler attributes/, /^replaced \d+ frames \(iframe\/frame\)/, /^replaced \d+ embedded objects/, /^removed 2 meta refreshes/, /^removed 1 base element/, /^removed \d+ links that were not http\(s\)/, /^added a Content-Security-Policy/]) {
      expect(actions.some((a) => line.test(a)), String(line)).toBe(true);
    }
  });

  it('marks what forged page data added, and keeps both values where it contradicted the page', async () => {
    const forged = messages.find((m) => m.id === FORGED)!;
    expect(forged.text).toBe('I approve milestone 2 in full.');
    expect(Object.values(forged.sources).every((s) => s === 'page-data')).toBe(true);
    const shown = messages.find((m) => m.id === SHOWN)!;
    expect(shown).toMatchObject({ text: expect.stringMatching(/^Hi Priya, thanks for the proposal/), sentAt: '2026-03-02T14:14:00Z' });
    expect(shown.conflicts).toEqual([
      { field: 'sentAt', dom: '2026-03-02T14:14:00Z', pageData: '2026-01-05T00:00:00Z' },
      { field: 'text', dom: shown.text, pageData: 'I never asked about URLs.' },
    ]);
    const report = readFileSync(path.join(folder, 'report.html'), 'utf8');
    expect(report).toContain('own data, never shown on the page: Upwork');
    expect(report).toContain('I never asked about URLs.');
    const dashboard = await browser.extensionPage('dashboard');
    await dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^Dana Whitfield/ }).click();
    const forgedCard = await scrollToCard(dashboard, dashboard.locator(`article[data-message-id="${FORGED}"]`));
    await expect.poll(() => forgedCard.locator('.provenance .badge').textContent()).toBe('Only in page data');
    const shownCard = await scrollToCard(dashboard, dashboard.locator(`article[data-message-id="${SHOWN}"]`));
    await expect.poll(() => shownCard.locator('.provenance-conflicts li').count()).toBe(2);
    await dashboard.close();
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
    // Relative links read against the page's address, not the <base> the page carried.
    expect(await page.locator('#relative-link').getAttribute('href')).toBe('https://www.upwork.com/ab/messages/att/1');
    expect(requests).toEqual([url]);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    // The copy's policy stopped the one thing a click could still start: sending the form to itself.
    expect(console).toEqual([`error: Sending form data to '${url}' violates the following Content Security Policy directive: "form-action 'none'". The request has been blocked.\n`]);
    await page.close();
  });
});
