// npm run bench (short rooms): a room whose history is all there when the page opens is captured
// at once, not after waiting for older pages that never come. Measured against the page's own
// load of the same room in the same run (open → its stories shown). Goal: 40 messages ≤ 1 s.
// Assumes dist/ is built. Writes out/bench-short-room.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './lib/chromium';
import { launchWithExtension, serveUpwork, type ExtensionBrowser } from './lib/extension-browser';
import { openLazyRoom, serveLazyRoom } from './lib/lazy-room';
import { hex, makeStories } from '../tests/fixtures/lazy-room/stories';

const ROOT = path.resolve(import.meta.dirname, '..');
const GOAL_MS = 1000;
const STATIC_ROOM = path.join(ROOT, 'tests/fixtures/messages-room/shared-room.html');
const STATIC_URL = 'https://www.upwork.com/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';

interface Case {
  name: string;
  messages: number;
  pageLoadMs: number;
  captureMs: number;
  status: string;
}

async function lazyCase(browser: ExtensionBrowser, messages: number, pageSize: number): Promise<Case> {
  const roomId = `room_${hex(`bench:short:${messages}:${pageSize}`, 32)}`;
  const room = await serveLazyRoom(browser.context, { roomId, stories: makeStories(messages, { roomId }), pageSize, latencyMs: 100 });
  const started = Date.now();
  const page = await openLazyRoom(browser, room);
  const pageLoadMs = Date.now() - started;
  try {
    const t = Date.now();
    const status = await capture(page);
    return { name: `lazy room, pages of ${pageSize}`, messages, pageLoadMs, captureMs: Date.now() - t, status };
  } finally {
    await page.close();
  }
}

/** A saved room page with no script and no page data: only the list itself can show its start. */
async function staticCase(browser: ExtensionBrowser): Promise<Case> {
  await serveUpwork(browser.context, { [new URL(STATIC_URL).pathname]: STATIC_ROOM });
  const page = await browser.context.newPage();
  const started = Date.now();
  await page.goto(STATIC_URL);
  await page.getByRole('button', { name: 'Capture evidence' }).waitFor({ timeout: 15_000 });
  const pageLoadMs = Date.now() - started;
  try {
    const t = Date.now();
    const status = await capture(page);
    const messages = Number(/^Captured (\d+)/.exec(status)?.[1] ?? 0);
    return { name: 'saved room page, no page data', messages, pageLoadMs, captureMs: Date.now() - t, status };
  } finally {
    await page.close();
  }
}

async function capture(page: import('playwright-core').Page): Promise<string> {
  await page.getByRole('button', { name: 'Capture evidence' }).click();
  const handle = await page.waitForFunction(
    () => {
      const text = document.getElementById('evidence-locker-root')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '';
      return /^(Captured|Capture failed:|Capture cancelled)/.test(text) ? text : false;
    },
    null,
    { polling: 'raf', timeout: 60_000 },
  );
  return String(await handle.jsonValue());
}

async function main(): Promise<void> {
  const browser = await launchWithExtension({ executablePath: ensureChromium(), timeZone: 'America/New_York' });
  try {
    // A first capture warms the worker and the database, so the figures are the capture's own.
    await lazyCase(browser, 10, 20);
    const cases = [await lazyCase(browser, 40, 20), await lazyCase(browser, 40, 50), await staticCase(browser)];
    const lines = ['Short rooms: capture time against the page\'s own load (same run)'];
    for (const c of cases) lines.push(`  ${c.name}: ${c.messages} messages, page load ${c.pageLoadMs} ms, capture ${c.captureMs} ms (${(c.captureMs / c.pageLoadMs).toFixed(2)}x the load) ${c.captureMs <= GOAL_MS ? 'OK' : 'OVER'} (goal <= ${GOAL_MS} ms)${/^Captured/.test(c.status) ? '' : ` — ${c.status}`}`);
    console.log(lines.join('\n'));
    mkdirSync(path.join(ROOT, 'out'), { recursive: true });
    writeFileSync(path.join(ROOT, 'out/bench-short-room.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), goalMs: GOAL_MS, cases }, null, 2)}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Short-room benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
