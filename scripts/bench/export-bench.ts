// Runs inside Chromium (bundled by scripts/bench-export.ts): the dashboard's real export path
// (gather from IndexedDB, build every file, zip, hash, record) on a store of `count` messages,
// beside a baseline in the same page: reading the same rows, one JSON of them, and zipping it.
import { buildBundle, zipBundle } from '../../src/export';
import { gatherEvidence, openEvidenceDb, type EvidenceDb } from '../../src/storage';
import { exportEvidence } from '../../src/ui/dashboard/export/export-evidence';
import { exportRecords } from './export-records';

const SOFTWARE = { name: 'Evidence Locker', version: 'bench' };

async function seed(count: number): Promise<EvidenceDb> {
  const db = openEvidenceDb(`bench-export-${count}-${Date.now()}`);
  await db.open();
  const r = exportRecords(count);
  await db.transaction('rw', [db.captures, db.conversations, db.messages, db.custody, db.tags], async () => {
    await db.captures.bulkAdd(r.captures);
    await db.conversations.bulkAdd(r.conversations);
    await db.messages.bulkAdd(r.messages);
    await db.custody.bulkAdd(r.custody);
  });
  return db;
}

const now = () => performance.now();

/** What any export must do at least: read the rows, write them out once, zip that. */
async function baseline(db: EvidenceDb): Promise<number> {
  const start = now();
  const rows = await db.transaction('r', [db.captures, db.conversations, db.messages, db.custody], async () => ({
    captures: await db.captures.toArray(),
    conversations: await db.conversations.toArray(),
    messages: await db.messages.toArray(),
    custody: await db.custody.toArray(),
  }));
  const json = new TextEncoder().encode(JSON.stringify(rows));
  await zipBundle(new Map([['records.json', json]]));
  return now() - start;
}

export interface ExportBenchResult {
  messages: number;
  baselineMs: number;
  exportMs: number;
  gatherMs: number;
  buildMs: number;
  zipMs: number;
  fileBytes: Record<string, number>;
  bundleBytes: number;
  zipBytes: number;
}

let db: EvidenceDb | null = null;
const store = (): EvidenceDb => {
  if (!db) throw new Error('prepare() first');
  return db;
};

/** Fills a fresh store; apart from the export so the memory watched is the export's alone. */
export async function prepare(count: number): Promise<void> {
  db = await seed(count);
}

/** The baseline: reading the rows, one JSON of them, zipping it. */
export function baselineMs(): Promise<number> {
  return baseline(store());
}

/** The user's path, end to end (the saved zip goes nowhere): the time and the zip's size. */
export async function exportOnce(): Promise<{ ms: number; zipBytes: number }> {
  let zipBytes = 0;
  const start = now();
  await exportEvidence(store(), {}, SOFTWARE, (zip) => void (zipBytes = zip.length));
  return { ms: now() - start, zipBytes };
}

/** Its phases, timed one by one on another export; then the store is deleted. */
export async function phases(): Promise<Pick<ExportBenchResult, 'gatherMs' | 'buildMs' | 'zipMs' | 'fileBytes' | 'bundleBytes' | 'messages'>> {
  let t = now();
  const set = await gatherEvidence(store(), {}, SOFTWARE);
  const gatherMs = now() - t;
  t = now();
  const files = await buildBundle(set);
  const buildMs = now() - t;
  t = now();
  await zipBundle(files);
  const zipMs = now() - t;
  const fileBytes: Record<string, number> = {};
  for (const [path, bytes] of files) fileBytes[path] = bytes.length;
  await store().delete();
  db = null;
  return { messages: set.messages.length, gatherMs, buildMs, zipMs, fileBytes, bundleBytes: Object.values(fileBytes).reduce((a, b) => a + b, 0) };
}
