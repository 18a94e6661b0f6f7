// npm run bench: speed targets as ratios against a baseline measured in the same run.
// Extraction and storage run in Debian's Chromium on a room grown from the fixture's markup.
import path from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { ensureChromium } from './lib/chromium';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROOM_FIXTURE = path.join(ROOT, 'tests/fixtures/messages-room/shared-room.html');
const ROOM_URL = 'https://www.upwork.com/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const MESSAGES = 2000;
const ROUNDS = 7;

async function bundleBenchCode(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: false, lib: { entry: path.join(ROOT, 'scripts/bench/room-bench.ts'), formats: ['iife'], name: 'roomBench' } },
  });
  const result = Array.isArray(output) ? output[0] : output;
  const chunk = (result as { output: { type: string; code?: string }[] }).output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('bench bundle is empty');
  return chunk.code;
}

async function main(): Promise<void> {
  const code = await bundleBenchCode();
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ timezoneId: 'America/New_York' });
    await page.route('https://www.upwork.com/**', (route) => route.fulfill({ path: ROOM_FIXTURE, contentType: 'text/html' }));
    await page.goto(ROOM_URL);
    await page.addScriptTag({ content: code });
    type Result = { messages: number; extractMs: number; storeMs: number; rawBulkPutMs: number; upkeptBulkPutMs: number; firstCaptureStoreMs: number; unchangedRecaptureStoreMs: number };
    const r = await page.evaluate(([n, rounds]) => (window as unknown as { roomBench: { run(n: number, r: number): Promise<Result> } }).roomBench.run(n, rounds), [MESSAGES, ROUNDS] as const);
    const perThousand = r.extractMs / (r.messages / 1000);
    const ratio = r.storeMs / r.rawBulkPutMs;
    const recapture = r.unchangedRecaptureStoreMs / r.firstCaptureStoreMs;
    const upkeep = r.upkeptBulkPutMs / r.rawBulkPutMs;
    const lines = [
      `Room of ${r.messages} messages, Chromium, median of ${ROUNDS} rounds`,
      `extraction: ${r.extractMs.toFixed(1)} ms total, ${perThousand.toFixed(1)} ms per 1,000 messages (goal <= 25) ${perThousand <= 25 ? 'OK' : 'OVER'}`,
      `storing: storeCapture ${r.storeMs.toFixed(1)} ms vs raw Dexie bulkPut ${r.rawBulkPutMs.toFixed(1)} ms = ${ratio.toFixed(2)}x (goal <= 1.5x) ${ratio <= 1.5 ? 'OK' : 'OVER'}`,
      `write upkeep: the same bulkPut in the store (search queue, tallies) ${r.upkeptBulkPutMs.toFixed(1)} ms = ${upkeep.toFixed(2)}x the raw one`,
      `recapture of the unchanged room (storing): ${r.unchangedRecaptureStoreMs.toFixed(1)} ms vs first capture ${r.firstCaptureStoreMs.toFixed(1)} ms = ${recapture.toFixed(2)}x (goal <= 0.3x) ${recapture <= 0.3 ? 'OK' : 'OVER'}`,
    ];
    console.log(lines.join('\n'));
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    writeFileSync(path.join(ROOT, 'out/bench.json'), JSON.stringify({ ...r, extractMsPer1000: perThousand, storeVsBulkPut: ratio, upkeptVsBulkPut: upkeep, unchangedRecaptureVsFirst: recapture }, null, 2));
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
