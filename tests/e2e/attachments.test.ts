// Attachment files, end to end in Debian's Chromium with dist/ loaded: the user lowers the size
// limit in the dashboard, captures a lazy room whose four attachment links Upwork answers
// differently (a PDF, a CSV, a PNG over the limit, a 404), and exports. The capture succeeds;
// the bundle holds the two saved files under their SHA-256 and verifies; the other two say why
// they are missing. A recapture fetches nothing it already stored, and a cancel while files are
// downloading stores nothing.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureThroughButton, exportFromDashboard } from '../../scripts/lib/capture-flow';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { openLazyRoom, serveLazyRoom, type LazyRoom } from '../../scripts/lib/lazy-room';
import { verifyBundle, type EvidenceDocument } from '../../src/export';
import { storeCounts } from '../fixtures/lazy-room/stored-evidence';
import { makeStories } from '../fixtures/lazy-room/stories';

const stories = makeStories(60);
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n% sync test report: 412 SKUs, 0 mismatches\n%%EOF\n');
const CSV = new TextEncoder().encode('sku,warehouse,location_id\nBX-2210,Newark,88213\n'.repeat(50));
const PNG_BYTES = Math.round(1.5 * 1024 * 1024);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The fixture's attachment link for a file name (the room attaches each of four files once). */
function linkOf(fileName: string): string {
  const found = stories.flatMap((s) => s.attachments ?? []).find((a) => a.fileName === fileName);
  if (!found) throw new Error(`the lazy room has no attachment ${fileName}`);
  return `https://www.upwork.com${found.objectUrl}`;
}

let browser: ExtensionBrowser;
let room: LazyRoom;
const hits = new Map<string, number>();
const cookies = new Map<string, string>();

beforeAll(async () => {
  browser = await launchForTest();
  room = await serveLazyRoom(browser.context, { stories, latencyMs: 50 });
  const answers: Record<string, Parameters<import('playwright-core').Route['fulfill']>[0]> = {
    [linkOf('sync-test-report.pdf')]: { status: 200, contentType: 'application/pdf', body: Buffer.from(PDF) },
    [linkOf('location-mapping.csv')]: { status: 200, contentType: 'text/csv', body: Buffer.from(CSV) },
    [linkOf('staging-screenshot.png')]: { status: 200, contentType: 'image/png', body: Buffer.alloc(PNG_BYTES, 7) },
    [linkOf('webhook-timings.xlsx')]: { status: 404, contentType: 'text/plain', body: 'Not Found' },
  };
  // The user's Upwork session: the downloads must carry it, as the page's own requests do.
  await browser.context.addCookies([{ name: 'session_token', value: 'e2e-user-session', domain: 'www.upwork.com', path: '/', secure: true, sameSite: 'Lax' }]);
  for (const [url, answer] of Object.entries(answers)) {
    await browser.context.route(url, async (route) => {
      hits.set(url, (hits.get(url) ?? 0) + 1);
      cookies.set(url, (await route.request().allHeaders())['cookie'] ?? '');
      return route.fulfill(answer);
    });
  }
});

afterAll(async () => {
  await browser?.close();
});

async function exportBundle(): Promise<Uint8Array> {
  const dashboard = await browser.extensionPage('dashboard');
  const saved = path.join(tmpdir(), `attachments-${Date.now()}.zip`);
  try {
    await (await exportFromDashboard(dashboard)).saveAs(saved);
    return new Uint8Array(readFileSync(saved));
  } finally {
    rmSync(saved, { force: true });
    await dashboard.close();
  }
}

async function captureRoom(): Promise<string> {
  const page: Page = await openLazyRoom(browser, room);
  try {
    return await captureThroughButton(page);
  } finally {
    await page.close();
  }
}

describe('saving the files messages link to', () => {
  it('takes the size limit the user sets in the dashboard', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    const size = dashboard.getByLabel('Largest attachment to save (MB)');
    await expect.poll(() => size.inputValue()).toBe('25');
    await size.fill('1');
    await size.press('Tab');
    await dashboard.getByText('Saved', { exact: true }).waitFor();
    await dashboard.close();
  });

  it('captures the room whatever each download did, fetching each file with the user session', async () => {
    expect(await captureRoom()).toBe('Captured 60 messages (60 new, 0 edited, 0 deleted)');
    expect(cookies.get(linkOf('sync-test-report.pdf'))).toContain('session_token=e2e-user-session');
  });

  it('exports a bundle that verifies, with the saved files at attachments/<sha256>.<ext> and the others explained', async () => {
    const bundle = await exportBundle();
    const result = await verifyBundle(bundle);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);

    const zip = await JSZip.loadAsync(bundle);
    expect(await zip.file(`attachments/${sha(PDF)}.pdf`)?.async('uint8array')).toEqual(PDF);
    expect(await zip.file(`attachments/${sha(CSV)}.csv`)?.async('uint8array')).toEqual(CSV);
    expect(Object.keys(zip.files).filter((p) => p.startsWith('attachments/')).sort()).toEqual([`attachments/${sha(CSV)}.csv`, `attachments/${sha(PDF)}.pdf`].sort());

    const evidence = JSON.parse(await zip.file('evidence.json')!.async('string')) as EvidenceDocument;
    const byName = new Map(evidence.messages.flatMap((m) => m.attachments).map((a) => [a.name, a]));
    expect(byName.get('sync-test-report.pdf')).toMatchObject({ sha256: sha(PDF), path: `attachments/${sha(PDF)}.pdf`, savedBytes: PDF.length, mediaType: 'application/pdf' });
    expect(byName.get('location-mapping.csv')).toMatchObject({ sha256: sha(CSV), mediaType: 'text/csv' });
    expect(byName.get('staging-screenshot.png')).toMatchObject({ sha256: null, downloadError: 'larger than the 1 MB limit you set (1.5 MB)' });
    expect(byName.get('webhook-timings.xlsx')).toMatchObject({ sha256: null, downloadError: 'Upwork answered 404 (not found)' });
    expect(evidence.captures[0]?.actions).toContainEqual(expect.stringMatching(/^saved 2 attachment files \(\d+ KB\); 2 not saved: 1 larger than the limit, 1 Upwork answered 404$/));
    // The page copy and the browser's MHTML; attachment files belong to their messages, not here.
    expect(evidence.captures[0]?.files).toEqual([`captures/${evidence.captures[0]?.id}/page.html`, `captures/${evidence.captures[0]?.id}/page.mhtml`]);

    const manifest = JSON.parse(await zip.file('datapackage.json')!.async('string')) as { resources: { path: string; mediatype: string }[] };
    expect(manifest.resources.find((r) => r.path.endsWith('.pdf'))?.mediatype).toBe('application/pdf');
    expect(await zip.file('report.html')!.async('string')).toContain(`File in this bundle: <a href="attachments/${sha(PDF)}.pdf">`);
  });

  it('shows in the dashboard which files were saved and why the others were not', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    const list = dashboard.getByRole('list', { name: 'Attachments' });
    // The room opens at its newest message and draws only what is on screen: walk up through it.
    const scroller = dashboard.locator('.message-scroller');
    const seen = new Set<string>();
    await expect.poll(async () => {
      for (const t of await list.allTextContents()) seen.add(t);
      await scroller.evaluate((el) => { el.scrollTop = Math.max(0, el.scrollTop - el.clientHeight / 2); });
      return seen.size;
    }, { timeout: 30_000 }).toBe(4);
    const text = [...seen].join('\n');
    expect(text).toContain('sync-test-report.pdf');
    expect(text).toMatch(/— saved, \d+ bytes/);
    expect(text).toContain('— Upwork answered 404 (not found)');
    await dashboard.close();
  });

  it('fetches nothing it already stored when the room is captured again', async () => {
    const pdfHits = hits.get(linkOf('sync-test-report.pdf'));
    expect(pdfHits).toBe(1);
    expect(await captureRoom()).toBe('Captured 60 messages (0 new, 0 edited, 0 deleted)');
    expect(hits.get(linkOf('sync-test-report.pdf'))).toBe(1);
    expect(hits.get(linkOf('location-mapping.csv'))).toBe(1);
    expect(hits.get(linkOf('webhook-timings.xlsx'))).toBe(2); // a failed download is tried again
    const evidence = JSON.parse(await (await JSZip.loadAsync(await exportBundle())).file('evidence.json')!.async('string')) as EvidenceDocument;
    expect(evidence.captures.at(-1)?.actions).toContain('2 attachment files already stored, not fetched again; 2 not saved: 1 larger than the limit, 1 Upwork answered 404');
    const pdf = evidence.messages.flatMap((m) => m.attachments).find((a) => a.name === 'sync-test-report.pdf');
    expect(pdf).toMatchObject({ sha256: sha(PDF) });
  });

  it('stores nothing when the user cancels while files are downloading', async () => {
    const roomId = 'room_0c5e1f2a3b4c5d6e7f8091a2b3c4d5e6';
    const slowStories = makeStories(30, { roomId });
    const slowRoom = await serveLazyRoom(browser.context, { stories: slowStories, roomId, latencyMs: 20 });
    // The first file arrives (and is staged); the second is never answered.
    const [served, stalled] = slowStories.flatMap((st) => st.attachments ?? []);
    await browser.context.route(`https://www.upwork.com${served!.objectUrl}`, (route) => route.fulfill({ status: 200, contentType: 'text/csv', body: Buffer.from(CSV) }));
    await browser.context.route(`https://www.upwork.com${stalled!.objectUrl}`, () => new Promise<void>(() => undefined));
    const before = await storeCounts(browser.worker);
    const page = await openLazyRoom(browser, slowRoom);
    await page.getByRole('button', { name: 'Capture evidence' }).click();
    const status = page.getByRole('status');
    await status.filter({ hasText: /^Saving attachments… 1 of 2$/ }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Cancel capture' }).click();
    await status.filter({ hasText: 'Capture cancelled: nothing was stored.' }).waitFor({ timeout: 10_000 });
    expect(await storeCounts(browser.worker)).toEqual({ ...before, staging: 0 });
    await page.close();
  });
});
