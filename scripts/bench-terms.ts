// npm run bench:terms: what recapturing an unchanged contract page adds to storage, against the
// size of its page snapshot (goal: at most 5%). Assumes dist/ is built (npm run build).
import path from 'node:path';
import type { Worker } from 'playwright-core';
import { ensureChromium } from './lib/chromium';
import { launchWithExtension } from './lib/extension-browser';
import { captureThroughButton, openRoom } from './lib/capture-flow';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONTRACT = path.join(ROOT, 'tests/fixtures/terms/contract-fixed.html');
const URL_PATH = '/nx/wm/workroom/38123456';

/** Bytes the store holds: every row as JSON, blobs by their stored bytes. */
function storedBytes(worker: Worker): Promise<{ total: number; blobs: number; snapshot: number }> {
  return worker.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('evidence-locker');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    let total = 0;
    let blobs = 0;
    let snapshot = 0;
    for (const name of [...db.objectStoreNames]) {
      const rows: unknown[] = await new Promise((resolve) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result as unknown[]);
      });
      for (const row of rows) {
        if (name === 'blobs') {
          const b = row as { data: Uint8Array; bytes: number; mediaType: string };
          blobs += b.data.byteLength;
          total += b.data.byteLength + 200;
          if (b.mediaType === 'text/html') snapshot = Math.max(snapshot, b.bytes);
        } else total += JSON.stringify(row).length;
      }
    }
    db.close();
    return { total, blobs, snapshot };
  });
}

async function main(): Promise<void> {
  const browser = await launchWithExtension({ executablePath: ensureChromium(), timeZone: 'America/New_York' });
  try {
    await browser.context.route('https://www.upwork.com/**', (r) => r.fulfill({ path: CONTRACT, contentType: 'text/html; charset=utf-8' }));
    const sizes = [];
    for (let i = 0; i < 3; i++) {
      const page = await openRoom(browser, `https://www.upwork.com${URL_PATH}`);
      const status = await captureThroughButton(page);
      await page.close();
      sizes.push({ status, ...(await storedBytes(browser.worker)) });
    }
    const [first, second, third] = sizes as [(typeof sizes)[0], (typeof sizes)[0], (typeof sizes)[0]];
    const added = [second.total - first.total, third.total - second.total];
    const worst = Math.max(...added) / first.snapshot;
    console.log(`contract page snapshot: ${first.snapshot} bytes; store after the first capture: ${first.total} bytes (${first.blobs} in files)`);
    console.log(`unchanged recaptures added ${added.join(' and ')} bytes = ${(worst * 100).toFixed(1)}% of the snapshot at most (goal <= 5%) ${worst <= 0.05 ? 'OK' : 'OVER'}`);
    console.log(`statuses: ${sizes.map((s) => s.status).join(' | ')}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
