// npm run bench:terms: what recapturing an unchanged contract page adds to storage, against the
// size of its snapshot, the page copy and the browser's MHTML (goal: at most 5%). Measured on the
// bare contract fixture and on the same page weighted like the web's median page (see
// lib/median-page.ts); then captures started from the keyboard shortcut, whose full-page
// screenshots are new pictures each time (their band says when). Assumes dist/ and dist-test/
// are built (npm run build; EVIDENCE_TEST_BUILD=1 vite build).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { ensureChromium } from './lib/chromium';
import { DIST_TEST, launchWithExtension } from './lib/extension-browser';
import { captureFromWorker, captureThroughButton, openRoom } from './lib/capture-flow';
import { readStores } from './lib/stored-rows';
import type { CaptureOutcome } from '../src/shared/messaging/messages';
import type { Reply } from '../src/shared/messaging/messaging';
import type { StoredCapture } from '../src/shared/model';
import type { StoredBlob } from '../src/storage';
import { medianWeightPage, type ServedFile } from './lib/median-page';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONTRACT = path.join(ROOT, 'tests/fixtures/terms/contract-fixed.html');
const PAGE_URL = 'https://www.upwork.com/nx/wm/workroom/38123456';
const CAPTURES = 3;

interface StoreSize {
  /** Every row as JSON, every file by its stored bytes (pieces kept inline included). */
  total: number;
  /** Original bytes of the last capture's page.html and page.mhtml. */
  snapshot: number;
  /** Original bytes of the last capture's screenshots. */
  screenshots: number;
}

async function storeSize(worker: Worker): Promise<StoreSize> {
  const stores = await readStores(worker);
  let total = 0;
  for (const [name, rows] of Object.entries(stores)) {
    for (const row of rows) {
      if (name !== 'blobs') {
        total += JSON.stringify(row).length;
        continue;
      }
      const blob = row as StoredBlob;
      const pieces = (blob.pieces ?? []).reduce((n, p) => n + ('inline' in p ? p.inline.byteLength : p.sha256.length), 0);
      total += blob.sha256.length + blob.mediaType.length + blob.data.byteLength + pieces + 16;
    }
  }
  const last = (stores.captures as StoredCapture[]).sort((a, b) => a.capturedAt.localeCompare(b.capturedAt)).at(-1);
  const bytesOf = (pattern: RegExp) => (last?.files ?? []).filter((f) => pattern.test(f.path)).reduce((n, f) => n + f.bytes, 0);
  return { total, snapshot: bytesOf(/\/page\.(html|mhtml)$/), screenshots: bytesOf(/\/screenshot-\d+\.png$/) };
}

async function measure(name: string, page: ServedFile, files: Map<string, ServedFile>, shortcut = false): Promise<number> {
  // Only the test-only build (<all_urls>) may take pictures when no user gesture started the capture.
  const browser = await launchWithExtension({ executablePath: ensureChromium(), timeZone: 'America/New_York', ...(shortcut ? { dist: DIST_TEST } : {}) });
  try {
    await browser.context.route('https://www.upwork.com/**', (route) => {
      const served = files.get(new URL(route.request().url()).pathname) ?? page;
      return route.fulfill({ body: served.body, contentType: served.contentType });
    });
    const sizes: StoreSize[] = [];
    const statuses: string[] = [];
    for (let i = 0; i < CAPTURES; i++) {
      const tab = await openRoom(browser, PAGE_URL);
      await tab.bringToFront();
      statuses.push(shortcut ? outcomeText(await captureFromWorker(browser, 'shortcut', tab)) : await captureThroughButton(tab));
      await tab.close();
      sizes.push(await storeSize(browser.worker));
    }
    const added = sizes.slice(1).map((s, i) => s.total - sizes[i]!.total);
    const snapshot = sizes[0]!.snapshot;
    const worst = Math.max(...added) / snapshot;
    console.log(`${name}: snapshot ${kb(snapshot)} (page.html + page.mhtml); store after the first capture ${kb(sizes[0]!.total)}`);
    console.log(`  unchanged recaptures added ${added.map(kb).join(' and ')} = ${(worst * 100).toFixed(2)}% of the snapshot at most (goal <= 5%) ${worst <= 0.05 ? 'OK' : 'OVER'}`);
    if (shortcut) {
      const pictured = sizes[0]!.snapshot + sizes[0]!.screenshots;
      const share = Math.max(...added) / pictured;
      console.log(`  with its screenshots (${kb(sizes[0]!.screenshots)}), that is ${(share * 100).toFixed(2)}% of everything the capture kept of the page`);
    }
    console.log(`  statuses: ${statuses.join(' | ')}`);
    return worst;
  } finally {
    await browser.close();
  }
}

function outcomeText(reply: Reply<CaptureOutcome>): string {
  return reply.ok ? reply.value.message : `failed: ${reply.error}`;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

async function main(): Promise<void> {
  const contract = readFileSync(CONTRACT, 'utf8');
  const median = medianWeightPage(contract);
  await measure('median-weight contract page (HTML, 78 KB CSS, 18 images, 1,054 KB)', median.page, median.files);
  await measure('bare contract fixture (HTML only)', { body: Buffer.from(contract), contentType: 'text/html; charset=utf-8' }, new Map());
  console.log('  (each capture also records its own time, browser, actions and custody line, about 2 KB whatever the page size)');
  await measure('median-weight contract page, captures from Alt+Shift+E (screenshots too)', median.page, median.files, true);
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
