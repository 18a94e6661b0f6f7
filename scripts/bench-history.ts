// npm run bench:history: how long a whole-history capture takes against the time the room itself
// needs to load, on lazy rooms served by the fixture (pages of 20, 100 ms per page, virtualized).
// Assumes dist/ is built (npm run build). Prints a table and writes out/bench-history.json.
//
//  * 1,000 messages: capture time vs the fixture's loading time (older pages × latency); goal ≤ 1.2×.
//  * 250 and 4,000 messages: the ms each page costs beyond its latency should stay flat as the
//    room grows (work per scroll step proportional to the new stories, not to all seen so far).
//  * 2,000 messages captured twice, unchanged: the recapture vs the first capture; goal ≤ 0.3×.
// "scripted scroll" is the floor: this script scrolling the same room to its start by itself;
// "fixture DOM" is the part of the capture time the fixture page spent rendering its rows.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './lib/chromium';
import { DIST, launchWithExtension, type ExtensionBrowser } from './lib/extension-browser';
import { openLazyRoom, serveLazyRoom, type LazyRoom, type RoomLayout } from './lib/lazy-room';
import { hex, makeStories } from '../tests/fixtures/lazy-room/stories';

const ROOT = path.resolve(import.meta.dirname, '..');
const PAGE_SIZE = 20;
const LATENCY_MS = 100;
const LAYOUT: RoomLayout = process.argv.includes('--ordinary') ? 'ordinary' : 'column-reverse';
const SIZES = [250, 1000, 4000];
const RECAPTURE_SIZE = 2000;
const GOAL_VS_FIXTURE = 1.2;
const GOAL_RECAPTURE = 0.3;

interface CaptureTiming {
  ms: number;
  /** Click until the history is harvested (the status moves on from "Loading older messages…"). */
  harvestMs: number;
  status: string;
  /** N from "Captured N messages", null when the capture did not succeed. */
  captured: number | null;
  /** Time the fixture page spent on its own DOM work (rendering, virtualizing) meanwhile. */
  fixtureRenderMs: number;
}

interface SizeResult {
  messages: number;
  pages: number;
  /** The fixture's own loading time during a capture: older pages × latency. */
  fixtureMs: number;
  scriptedScrollMs: number;
  capture: CaptureTiming;
  vsFixture: number;
  vsScriptedScroll: number;
  /** (capture − fixture load) / older pages: fixed costs (saving, the page copy) included. */
  msPerPageBeyondLatency: number;
  /**
   * Against the next smaller room: extra capture time per extra page, minus latency. Fixed costs
   * cancel out, so this stays flat when each scroll step costs the same however long the room.
   */
  marginalMsPerPageBeyondLatency: number | null;
}

async function main(): Promise<void> {
  if (!existsSync(path.join(DIST, 'manifest.json'))) {
    console.error('dist/ is missing: run npm run build first.');
    process.exit(1);
  }
  const browser = await launchWithExtension({ executablePath: ensureChromium(), timeZone: 'America/New_York' });
  try {
    const sizes: SizeResult[] = [];
    for (const n of SIZES) sizes.push(await benchSize(browser, n, sizes.at(-1)));
    const recapture = await benchRecapture(browser, RECAPTURE_SIZE);
    report(sizes, recapture, await userAgent(browser));
  } finally {
    await browser.close();
  }
}

async function benchSize(browser: ExtensionBrowser, n: number, smaller: SizeResult | undefined): Promise<SizeResult> {
  const room = await serve(browser, n, 'size');
  const scriptedScrollMs = await scriptedScroll(browser, room);
  const capture = await timedCapture(browser, room);
  const pages = room.pageCount();
  const olderPages = pages - 1; // the newest page loads with the room, before the click
  const fixtureMs = olderPages * LATENCY_MS;
  const marginal = smaller ? (capture.ms - smaller.capture.ms) / (pages - smaller.pages) - LATENCY_MS : null;
  return {
    messages: n,
    pages,
    fixtureMs,
    scriptedScrollMs,
    capture,
    vsFixture: capture.ms / fixtureMs,
    vsScriptedScroll: capture.ms / scriptedScrollMs,
    msPerPageBeyondLatency: (capture.ms - fixtureMs) / olderPages,
    marginalMsPerPageBeyondLatency: marginal,
  };
}

async function benchRecapture(browser: ExtensionBrowser, n: number) {
  const room = await serve(browser, n, 'recapture');
  const first = await timedCapture(browser, room);
  const again = await timedCapture(browser, room);
  return { messages: n, first, again, ratio: again.ms / first.ms };
}

function serve(browser: ExtensionBrowser, n: number, purpose: string): Promise<LazyRoom> {
  const roomId = `room_${hex(`bench:${purpose}:${n}`, 32)}`;
  const stories = makeStories(n, { roomId });
  return serveLazyRoom(browser.context, { roomId, stories, layout: LAYOUT, virtualize: true, pageSize: PAGE_SIZE, latencyMs: LATENCY_MS });
}

/** Click `Capture evidence` → status starts with Captured (or the capture ends otherwise). */
async function timedCapture(browser: ExtensionBrowser, room: LazyRoom): Promise<CaptureTiming> {
  const page = await openLazyRoom(browser, room);
  try {
    const timeout = Math.max(120_000, room.pageCount() * LATENCY_MS * 10);
    // The harvest ends when the status moves on from loading history to the next step.
    await page.evaluate(`(() => {
      const status = document.getElementById('evidence-locker-root').shadowRoot.querySelector('[role="status"]');
      window.__harvestEnd = null;
      let loading = false;
      new MutationObserver(() => {
        const text = status.textContent;
        if (text.startsWith('Loading older messages')) loading = true;
        else if (loading && window.__harvestEnd === null) window.__harvestEnd = performance.now();
      }).observe(status, { childList: true, characterData: true, subtree: true });
      window.__clicked = performance.now();
    })()`);
    const started = Date.now();
    await page.getByRole('button', { name: 'Capture evidence' }).click();
    const handle = await page.waitForFunction(
      () => {
        const text = document.getElementById('evidence-locker-root')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '';
        return /^(Captured|Capture failed:|Capture cancelled:)/.test(text) ? text : false;
      },
      null,
      { polling: 'raf', timeout },
    );
    const ms = Date.now() - started;
    const status = String(await handle.jsonValue());
    const match = /^Captured (\d+) messages/.exec(status);
    const fixtureRenderMs = Math.round(Number(await page.evaluate('window.__lazyRoom.renderMs')));
    const harvestMs = Math.round(Number(await page.evaluate('window.__harvestEnd - window.__clicked')));
    return { ms, harvestMs, status, captured: match ? Number(match[1]) : null, fixtureRenderMs };
  } finally {
    await page.close();
  }
}

/**
 * The same room scrolled to its start by this script alone, as fast as the page allows: back to
 * the oldest end the moment a page of stories lands. The fixture's own floor (latency, routing,
 * rendering, the frame a scroll event waits for).
 */
async function scriptedScroll(browser: ExtensionBrowser, room: LazyRoom): Promise<number> {
  const page = await openLazyRoom(browser, room);
  try {
    const started = Date.now();
    // A string, not a function: tsx would wrap named helpers in a __name() the page does not have.
    await page.evaluate(`new Promise((resolve) => {
      const viewport = document.getElementById('story-viewport');
      const reversed = getComputedStyle(viewport).flexDirection === 'column-reverse';
      const observer = new MutationObserver(() => step());
      const step = () => {
        if (document.documentElement.dataset.fixtureHistory === 'complete') {
          observer.disconnect();
          resolve();
        } else viewport.scrollTop = reversed ? -viewport.scrollHeight : 0;
      };
      observer.observe(viewport.querySelector('.story-list'), { childList: true });
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-fixture-history'] });
      step();
    })`);
    return Date.now() - started;
  } finally {
    await page.close();
  }
}

async function userAgent(browser: ExtensionBrowser): Promise<string> {
  return browser.worker.evaluate(() => navigator.userAgent);
}

function report(sizes: SizeResult[], recapture: Awaited<ReturnType<typeof benchRecapture>>, agent: string): void {
  const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER');
  const complete = (t: CaptureTiming, n: number, what: string) => (t.captured === n ? [] : [`INCOMPLETE ${what}: ${t.status}`]);
  const header = ['messages', 'pages', 'fixture load', 'scripted scroll', 'harvest', 'harvest vs load', 'capture', 'fixture DOM', 'vs load', 'vs scripted', 'ms/page beyond latency', 'marginal ms/page'];
  const rows = sizes.map((s) => [
    String(s.messages),
    String(s.pages),
    `${s.fixtureMs} ms`,
    `${s.scriptedScrollMs} ms`,
    `${s.capture.harvestMs} ms`,
    `${(s.capture.harvestMs / s.fixtureMs).toFixed(2)}x`,
    `${s.capture.ms} ms`,
    `${s.capture.fixtureRenderMs} ms`,
    `${s.vsFixture.toFixed(2)}x`,
    `${s.vsScriptedScroll.toFixed(2)}x`,
    s.msPerPageBeyondLatency.toFixed(1),
    s.marginalMsPerPageBeyondLatency === null ? '-' : s.marginalMsPerPageBeyondLatency.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padStart(widths[i]!)).join('  ');
  const goal = sizes.find((s) => s.messages === 1000);
  const lines = [
    `Whole-history capture: ${LAYOUT} room, virtualized, pages of ${PAGE_SIZE}, ${LATENCY_MS} ms per page (${agent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'})`,
    line(header),
    ...rows.map(line),
    ...sizes.flatMap((s) => complete(s.capture, s.messages, `${s.messages} messages`)),
    goal ? `1,000 messages: harvest ${(goal.capture.harvestMs / goal.fixtureMs).toFixed(2)}x the fixture's loading time (goal <= ${GOAL_VS_FIXTURE}x) ${verdict(goal.capture.harvestMs / goal.fixtureMs <= GOAL_VS_FIXTURE)}; the whole capture (reading, page copy, MHTML, attachments, saving) ${goal.vsFixture.toFixed(2)}x` : '',
    `recapture of an unchanged ${recapture.messages}-message room: ${recapture.again.ms} ms vs first capture ${recapture.first.ms} ms = ${recapture.ratio.toFixed(2)}x (goal <= ${GOAL_RECAPTURE}x) ${verdict(recapture.ratio <= GOAL_RECAPTURE)}`,
    ...complete(recapture.first, recapture.messages, 'first capture'),
    ...complete(recapture.again, recapture.messages, 'recapture'),
  ];
  console.log(lines.join('\n'));
  mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  const json = { measuredAt: new Date().toISOString(), userAgent: agent, layout: LAYOUT, pageSize: PAGE_SIZE, latencyMs: LATENCY_MS, goals: { vsFixture: GOAL_VS_FIXTURE, recapture: GOAL_RECAPTURE }, sizes, recapture };
  writeFileSync(path.join(ROOT, 'out/bench-history.json'), `${JSON.stringify(json, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(`History benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
