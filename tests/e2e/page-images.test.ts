// Keeping the page as the browser shows it: a capture from the keyboard shortcut's path keeps the
// browser's MHTML and a stitched full-page screenshot; one from the in-page button keeps the MHTML
// and says why it has no screenshots. Uses the test-only build (dist-test/, <all_urls>): the
// worker starting the capture is no user gesture, so activeTab is not granted here.
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_TEST, serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { captureFromWorker, captureThroughButton, exportFromDashboard, openRoom } from '../../scripts/lib/capture-flow';
import { readStores } from '../../scripts/lib/stored-rows';
import { verifyBundle } from '../../src/export';
import type { CaptureOutcome } from '../../src/shared/messaging/messages';
import type { StoredCapture } from '../../src/shared/model';
import type { StoredBlob } from '../../src/storage';
import type { Reply } from '../../src/shared/messaging/messaging';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/messages-room');
const ROOM = '/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const ROOM_URL = `https://www.upwork.com${ROOM}?pageTitle=Dana%20Whitfield&sidebar=true`;

interface BundleCapture {
  id: string;
  actions: string[];
  files: string[];
}

let browser: ExtensionBrowser;
let page: Page;
let pageSize: { height: number; dpr: number };
let zip: JSZip;

beforeAll(async () => {
  if (!existsSync(path.join(DIST_TEST, 'manifest.json'))) throw new Error('The test-only build is missing: run EVIDENCE_TEST_BUILD=1 npx vite build (npm test does).');
  browser = await launchForTest({ timeZone: 'UTC', dist: DIST_TEST });
  await serveUpwork(browser.context, { [ROOM]: path.join(FIXTURES, 'shared-room.html') });
});

afterAll(async () => {
  await browser?.close();
});

/** What the Alt+Shift+E command does. */
function captureFromShortcut(): Promise<Reply<CaptureOutcome>> {
  return captureFromWorker(browser, 'shortcut', page);
}

function captureWith(evidence: { captures: BundleCapture[] }, trigger: string): BundleCapture {
  const capture = evidence.captures.find((c) => c.actions[0] === `capture started from the ${trigger}`);
  if (!capture) throw new Error(`no capture from the ${trigger}`);
  return capture;
}

/** Quoted-printable, as MHTML carries HTML: soft line breaks and =XX escapes undone. */
function unquote(text: string): string {
  return text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

describe('keeping the page as the browser shows it', () => {
  it('keeps MHTML and a full-page screenshot for a capture from the keyboard shortcut', async () => {
    page = await openRoom(browser, ROOM_URL);
    await page.bringToFront();
    pageSize = await page.evaluate(() => ({ height: document.scrollingElement!.scrollHeight, dpr: devicePixelRatio }));
    expect(pageSize.height).toBeGreaterThan(2 * (await page.evaluate(() => innerHeight)));
    const scrolled = await page.evaluate(() => (scrollTo(0, 300), scrollY));
    const reply = await captureFromShortcut();
    expect(reply).toMatchObject({ ok: true, value: { status: 'captured' } });
    // The page is put back where the user had it.
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  });

  it('keeps MHTML but no screenshots for a capture from the in-page button, and says why', async () => {
    expect(await captureThroughButton(page)).toMatch(/^Captured 16 messages/);
  });

  it('exports both in a bundle that verifies', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    const saved = path.join(tmpdir(), `e2e-page-images-${Date.now()}.zip`);
    await (await exportFromDashboard(dashboard)).saveAs(saved);
    const bundle = new Uint8Array(readFileSync(saved));
    const result = await verifyBundle(bundle);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    zip = await JSZip.loadAsync(bundle);
    const evidence = JSON.parse(await zip.file('evidence.json')!.async('string'));
    const shortcut = captureWith(evidence, 'keyboard shortcut');
    expect(shortcut.files).toEqual([`captures/${shortcut.id}/page.html`, `captures/${shortcut.id}/page.mhtml`, `captures/${shortcut.id}/screenshot-1.png`]);
    expect(shortcut.actions).toContain("kept the browser's own MHTML copy of the page (page.mhtml)");
    expect(shortcut.actions.join('\n')).toMatch(/took a full-page screenshot from \d+ views of the tab: \d+ × \d+ px, with a band/);
    const button = captureWith(evidence, 'in-page Capture evidence button');
    expect(button.files).toEqual([`captures/${button.id}/page.html`, `captures/${button.id}/page.mhtml`]);
    expect(button.actions).toContain(
      "no screenshots: captures started from the page's own button cannot take pictures of the tab; use the toolbar button, Alt+Shift+E or the right-click menu",
    );
  });

  it('keeps the MHTML as the browser wrote it, with the page text', async () => {
    const evidence = JSON.parse(await zip.file('evidence.json')!.async('string'));
    const { id } = captureWith(evidence, 'keyboard shortcut');
    const mhtml = await zip.file(`captures/${id}/page.mhtml`)!.async('string');
    const headers = mhtml.slice(0, mhtml.indexOf('\r\n\r\n'));
    expect(headers).toMatch(/^MIME-Version: 1\.0$/m);
    expect(headers).toMatch(/^Content-Type: multipart\/related;/m);
    expect(headers).toContain(ROOM);
    expect(unquote(mhtml)).toContain('I need the size chart before I approve M1.');
    // Our own UI is set aside while the browser copies the page, as it is left out of page.html.
    expect(unquote(mhtml)).not.toContain('evidence-locker-root');
  });

  it('keeps a stitched screenshot of the whole page above a band with the URL and UTC time', async () => {
    const evidence = JSON.parse(await zip.file('evidence.json')!.async('string'));
    const { id } = captureWith(evidence, 'keyboard shortcut');
    const png = await zip.file(`captures/${id}/screenshot-1.png`)!.async('uint8array');
    const ihdr = new DataView(png.buffer, png.byteOffset + 16, 8);
    const [width, height] = [ihdr.getUint32(0), ihdr.getUint32(4)];
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThanOrEqual(Math.floor(pageSize.height * pageSize.dpr));
    // Read the pixels in an extension page: the band at the foot is dark, and every screen's
    // worth of the stitched page above it shows something (text), not a blank or missing view.
    const dashboard = await browser.extensionPage('dashboard');
    const look = await dashboard.evaluate(async (bytes) => {
      const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const bandRows = Math.round(52 * devicePixelRatio);
      const band = ctx.getImageData(0, bitmap.height - bandRows + 2, 200, 4).data;
      const bandDark = band.filter((_, i) => i % 4 === 0 && band[i]! < 64).length / (band.length / 4);
      const bands: number[] = [];
      const screen = Math.round(innerHeight * devicePixelRatio) || 700;
      const pageRows = bitmap.height - bandRows;
      for (let top = 0; top < pageRows; top += screen) {
        const rows = ctx.getImageData(0, top, bitmap.width, Math.min(screen, pageRows - top)).data;
        let inked = 0;
        for (let i = 0; i < rows.length; i += 4) if (rows[i]! < 128) inked += 1;
        bands.push(inked);
      }
      return { bandDark, inkPerScreen: bands };
    }, Array.from(png));
    expect(look.bandDark).toBeGreaterThan(0.5);
    expect(look.inkPerScreen.length).toBeGreaterThanOrEqual(3);
    expect(look.inkPerScreen.every((n) => n > 100)).toBe(true);
  });

  it('stores a second picture of the unchanged page as little more than its band', async () => {
    await page.bringToFront();
    const before = await storedFileBytes();
    expect(await captureFromShortcut()).toMatchObject({ ok: true, value: { status: 'captured' } });
    const after = await storedFileBytes();
    const screenshot = after.screenshots.at(-1)!;
    expect(after.screenshots).toHaveLength(before.screenshots.length + 1);
    expect(screenshot).toBeGreaterThan(200_000);
    // The page copy, the MHTML's parts and the picture's rows above the band are stored already.
    expect(after.total - before.total).toBeLessThan(0.2 * screenshot);
  });
});

/** Bytes the store keeps for files, and the size of each stitched screenshot, oldest first. */
async function storedFileBytes(): Promise<{ total: number; screenshots: number[] }> {
  const { blobs, captures } = await readStores(browser.worker, ['blobs', 'captures']);
  const total = (blobs as StoredBlob[]).reduce((n, r) => n + r.data.byteLength + (r.pieces ?? []).reduce((m, p) => m + ('inline' in p ? p.inline.byteLength : 64), 0), 0);
  const screenshots = (captures as StoredCapture[])
    .sort((a, b) => a.capturedAt.localeCompare(b.capturedAt))
    .flatMap((c) => c.files.filter((f) => f.path.endsWith('/screenshot-1.png')).map((f) => f.bytes));
  return { total, screenshots };
}
