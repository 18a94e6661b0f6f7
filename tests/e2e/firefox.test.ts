// The Firefox build end to end (dist-firefox-test/, npm run build:firefox with EVIDENCE_TEST_BUILD=1):
// Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi, one browser for the file.
// Capture a room through the in-page button, export from the dashboard, verify the bundle.
// Firefox refuses a test's navigation to moz-extension:// pages, so the test build opens its
// dashboard itself when installed (src/background/test-build.ts); puppeteer may still report
// that tab as about:blank, so it is found by asking each page where it is.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFirefox } from '../../scripts/lib/firefox';
import { verifyBundle } from '../../src/export';

const DIST = path.resolve(import.meta.dirname, '../../dist-firefox-test');
const ROOM = 'room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const ROOM_URL = `https://www.upwork.com/ab/messages/rooms/${ROOM}`;
const FIXTURE = readFileSync(path.resolve(import.meta.dirname, '../fixtures/messages-room/shared-room.html'), 'utf8');

let browser: Browser;
let dashboard: Page;

async function findDashboard(): Promise<Page> {
  for (let tries = 0; tries < 100; tries++) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('/dashboard/')) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the test build did not open its dashboard');
}

/** Upwork served from the fixture; nothing reaches the real site. */
async function serveRoom(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith(ROOM_URL)) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: FIXTURE });
    else if (url.startsWith('https://www.upwork.com/')) void request.respond({ status: 404, contentType: 'text/plain', body: 'Not served in this test' });
    else void request.continue();
  });
}

function statusText(page: Page): Promise<string> {
  return page.evaluate(() => document.getElementById('evidence-locker-root')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '');
}

beforeAll(async () => {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('firefox-esr is missing: run npm test, which installs it, or set FIREFOX_PATH.');
  browser = await puppeteer.launch({ browser: 'firefox', executablePath, headless: true, env: { ...process.env, TZ: 'America/New_York' } });
  await browser.installExtension(DIST);
  dashboard = await findDashboard();
});

afterAll(async () => {
  await browser?.close();
});

describe('Firefox', () => {
  it('captures a room through the in-page button, saying there is no MHTML', async () => {
    const page = await browser.newPage();
    await serveRoom(page);
    await page.goto(ROOM_URL);
    // A real click (the button takes only trusted ones) on the button named Capture evidence.
    await page.waitForSelector('#evidence-locker-root >>> button', { timeout: 15_000 });
    const button = await page.evaluateHandle(() => [...(document.getElementById('evidence-locker-root')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Capture evidence'));
    await (button.asElement() as ElementHandle<Element>).click();
    await page.waitForFunction(() => /^(Captured|Capture failed:|Capture cancelled)/.test(document.getElementById('evidence-locker-root')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? ''), { timeout: 30_000 });
    expect(await statusText(page)).toMatch(/^Captured \d+ messages \(\d+ new, 0 edited, 0 deleted\)$/);
    await page.close();
  });

  it('exports a bundle from the dashboard that verifies and holds the capture, MHTML absent', async () => {
    // Export reads the store when pressed: the tab opened at install serves as it is.
    // The export is handed to the browser as a blob URL: keep the blob to read it here.
    await dashboard.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        if (blob instanceof Blob) (window as unknown as { __exported?: Blob }).__exported = blob;
        return original(blob);
      };
    });
    const exportButton = await dashboard.waitForSelector('::-p-text(Export evidence)', { timeout: 15_000 });
    await exportButton!.click();
    await dashboard.waitForFunction(() => (window as unknown as { __exported?: Blob }).__exported !== undefined, { timeout: 30_000 });
    const base64 = await dashboard.evaluate(async () => {
      const bytes = new Uint8Array(await (window as unknown as { __exported: Blob }).__exported.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    });
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    expect((await verifyBundle(bytes)).problems).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    const evidence = JSON.parse(await zip.file('evidence.json')!.async('string'));
    const capture = evidence.captures.find((c: { conversationId: string }) => c.conversationId === ROOM);
    expect(capture.actions).toContainEqual(expect.stringMatching(/^no MHTML: /));
    expect(Object.keys(zip.files).some((name) => name.endsWith('page.mhtml'))).toBe(false);
    expect(evidence.messages.filter((m: { conversationId: string }) => m.conversationId === ROOM).length).toBeGreaterThan(0);
  });
});
