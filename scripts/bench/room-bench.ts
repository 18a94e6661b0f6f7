// Runs inside Chromium (bundled by scripts/bench.ts): the real extractor and the real store
// code against real IndexedDB, on a room grown from the fixture's own story markup.
import { extractMessagesRoom } from '../../src/extractors/messages-room';
import { mergeMessage } from '../../src/storage/capture/message-merge';
import Dexie from 'dexie';
import { openEvidenceDb, storeCapture } from '../../src/storage';
import type { CommitCaptureInput } from '../../src/shared/messaging/messages';

function growRoom(count: number): void {
  const list = document.querySelector('.story-list');
  if (!list) throw new Error('fixture has no .story-list');
  const templates = [...list.querySelectorAll('.up-d-story-item')];
  const items = Array.from({ length: count }, (_, i) => {
    const item = templates[i % templates.length]!.cloneNode(true) as Element;
    item.id = `story_${i.toString(16).padStart(32, '0')}`;
    return item;
  });
  list.replaceChildren(...items);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function run(count: number, rounds: number) {
  growRoom(count);
  const url = new URL(location.href);
  const extract = () => extractMessagesRoom(document, url, { timeZone: 'America/New_York' });
  extract(); // warm-up
  const extractMs: number[] = [];
  for (let i = 0; i < rounds; i++) extractMs.push(await time(extract));

  const extraction = extract();
  const input = (captureId: string): CommitCaptureInput => ({
    captureId,
    pageKind: 'messages-room',
    url: url.href,
    title: document.title,
    environment: { capturedAt: new Date().toISOString(), timeZone: 'America/New_York', utcOffsetMinutes: -300, browser: 'bench', userAgent: navigator.userAgent },
    actions: [],
    extraction,
    files: [],
    partial: false,
  });
  const ctx = { conversationId: extraction.conversation.id, captureId: 'raw', capturedAt: new Date().toISOString(), previous: null };
  const rows = extraction.messages.map((m, position) => mergeMessage(undefined, m, { ...ctx, position }).record);

  const storeMs: number[] = [];
  const rawMs: number[] = [];
  const upkeptMs: number[] = [];
  for (let i = 0; i < rounds + 1; i++) {
    const real = openEvidenceDb(`bench-store-${i}`);
    await real.open();
    const s = await time(() => storeCapture(real, input(`cap_bench_${i}`), { extensionVersion: 'bench', blobs: [] }));
    await real.delete();
    // The baseline: the same rows and indexes in plain Dexie, without the store's write upkeep.
    const raw = new Dexie(`bench-raw-${i}`);
    raw.version(1).stores({ messages: 'id, conversationId, [conversationId+sentAt+position], [sentAt+conversationId+position]' });
    await raw.open();
    const r = await time(() => raw.table('messages').bulkPut(rows));
    await raw.delete();
    // The same bulkPut in the store: what the write upkeep (search queue, tallies) adds to any writer.
    const upkept = openEvidenceDb(`bench-upkept-${i}`);
    await upkept.open();
    const u = await time(() => upkept.messages.bulkPut(rows));
    await upkept.delete();
    if (i > 0) {
      // round 0 warms up IndexedDB and the JIT
      storeMs.push(s);
      rawMs.push(r);
      upkeptMs.push(u);
    }
  }
  // Recapture of the same, unchanged room: first capture vs the second, in one database.
  const firstMs: number[] = [];
  const againMs: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const db = openEvidenceDb(`bench-recapture-${i}`);
    await db.open();
    firstMs.push(await time(() => storeCapture(db, input(`cap_first_${i}`), { extensionVersion: 'bench', blobs: [] })));
    againMs.push(await time(() => storeCapture(db, input(`cap_again_${i}`), { extensionVersion: 'bench', blobs: [] })));
    await db.delete();
  }
  return {
    messages: extraction.messages.length,
    extractMs: median(extractMs),
    storeMs: median(storeMs),
    rawBulkPutMs: median(rawMs),
    upkeptBulkPutMs: median(upkeptMs),
    firstCaptureStoreMs: median(firstMs),
    unchangedRecaptureStoreMs: median(againMs),
  };
}
