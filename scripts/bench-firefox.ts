// npm run bench:firefox: the whole-history capture of the 1,000-message lazy room (pages of 20,
// 100 ms per page, virtualized; scripts/lib/lazy-room.ts) in Debian's firefox-esr with
// dist-firefox/, against the same capture in Chromium with dist/ in the same run. Each browser
// captures the room RUNS times, alternating; the figure is the median, click to "Captured".
// Assumes both builds exist (npm run build, npm run build:firefox). Writes out/bench-firefox.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle } from 'puppeteer-core';
import { ensureChromium } from './lib/chromium';
import { ensureFirefox } from './lib/firefox';
import { DIST, launchWithExtension, type ExtensionBrowser } from './lib/extension-browser';
import { lazyRoomSite, openLazyRoom, serveLazyRoom, type LazyRoomOptions } from './lib/lazy-room';
import { hex, makeStories } from '../tests/fixtures/lazy-room/stories';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST_FIREFOX = path.join(ROOT, 'dist-firefox');
const MESSAGES = 1000;
const RUNS = 3;
const ENDED = /^(Captured|Capture failed:|Capture cancelled)/;

interface Run {
  ms: number;
  status: string;
}

function roomOptions(run: number, browserName: string): LazyRoomOptions {
  // A room of its own per run: each capture is a first capture, as in bench-history.
  const roomId = `room_${hex(`bench:firefox:${browserName}:${run}`, 32)}`;
  return { roomId, stories: makeStories(MESSAGES, { roomId }), pageSize: 20, latencyMs: 100, virtualize: true };
}

async function chromiumRun(browser: ExtensionBrowser, run: number): Promise<Run> {
  const room = await serveLazyRoom(browser.context, roomOptions(run, 'chromium'));
  const page = await openLazyRoom(browser, room);
  try {
    const started = Date.now();
    await page.getByRole('button', { name: 'Capture evidence' }).click();
    const status = page.getByRole('status');
    await status.filter({ hasText: ENDED }).waitFor({ timeout: 300_000 });
    const ms = Date.now() - started;
    return { ms, status: (await status.textContent()) ?? '' };
  } finally {
    await page.close();
  }
}

async function firefoxRun(browser: Browser, run: number): Promise<Run> {
  const site = lazyRoomSite(roomOptions(run, 'firefox'));
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 800 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      void (async () => {
        const url = new URL(request.url());
        const answer = await site.answer(url);
        if (answer === 'hang') return;
        if (answer) await request.respond(answer).catch(() => undefined);
        else if (url.origin === 'https://www.upwork.com') await request.respond({ status: 404, contentType: 'text/plain', body: 'Not served here' }).catch(() => undefined);
        else await request.continue().catch(() => undefined);
      })();
    });
    await page.goto(site.url);
    await page.waitForSelector('#story-viewport .up-d-story-item', { timeout: 30_000 });
    await page.waitForSelector('#evidence-locker-root >>> button', { timeout: 30_000 });
    const button = await page.evaluateHandle(() => [...(document.getElementById('evidence-locker-root')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Capture evidence'));
    const started = Date.now();
    await (button.asElement() as ElementHandle<Element>).click(); // a trusted click, as the button requires
    const handle = await page.waitForFunction(
      (ended: string) => {
        const text = document.getElementById('evidence-locker-root')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '';
        return new RegExp(ended).test(text) ? text : false;
      },
      { timeout: 300_000, polling: 50 },
      ENDED.source,
    );
    const ms = Date.now() - started;
    return { ms, status: String(await handle.jsonValue()) };
  } finally {
    await page.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  for (const dist of [DIST, DIST_FIREFOX]) {
    if (!existsSync(path.join(dist, 'manifest.json'))) {
      console.error(`${path.relative(ROOT, dist)}/ is missing: run npm run build and npm run build:firefox first.`);
      process.exit(1);
    }
  }
  const chromium = await launchWithExtension({ executablePath: ensureChromium(), timeZone: 'America/New_York' });
  const firefox = await puppeteer.launch({ browser: 'firefox', executablePath: ensureFirefox(), headless: true, env: { ...process.env, TZ: 'America/New_York' } });
  const runs: { chromium: Run[]; firefox: Run[] } = { chromium: [], firefox: [] };
  try {
    await firefox.installExtension(DIST_FIREFOX);
    const chromiumAgent = await chromium.worker.evaluate(() => navigator.userAgent);
    const firefoxAgent = await firefox.version();
    for (let run = 0; run < RUNS; run++) {
      runs.chromium.push(await chromiumRun(chromium, run));
      runs.firefox.push(await firefoxRun(firefox, run));
    }
    report(runs, chromiumAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium', firefoxAgent);
  } finally {
    await chromium.close();
    await firefox.close();
  }
}

function report(runs: { chromium: Run[]; firefox: Run[] }, chromiumName: string, firefoxName: string): void {
  const whole = (r: Run) => r.status.startsWith(`Captured ${MESSAGES} messages`);
  const c = median(runs.chromium.map((r) => r.ms));
  const f = median(runs.firefox.map((r) => r.ms));
  const incomplete = [...runs.chromium.map((r) => ['Chromium', r] as const), ...runs.firefox.map((r) => ['Firefox', r] as const)].filter(([, r]) => !whole(r));
  const lines = [
    `Whole-history capture of a ${MESSAGES}-message lazy room (pages of 20, 100 ms each, virtualized), click to "Captured", median of ${RUNS}`,
    `  Chromium (${chromiumName}): ${c} ms   [${runs.chromium.map((r) => r.ms).join(', ')}]`,
    `  Firefox (${firefoxName}): ${f} ms   [${runs.firefox.map((r) => r.ms).join(', ')}]`,
    `  Firefox vs Chromium: ${(f / c).toFixed(2)}x`,
    ...incomplete.map(([name, r]) => `  INCOMPLETE in ${name}: ${r.status}`),
  ];
  console.log(lines.join('\n'));
  mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  const json = { measuredAt: new Date().toISOString(), messages: MESSAGES, runs, chromium: { name: chromiumName, medianMs: c }, firefox: { name: firefoxName, medianMs: f }, ratio: f / c };
  writeFileSync(path.join(ROOT, 'out/bench-firefox.json'), `${JSON.stringify(json, null, 2)}\n`);
  if (incomplete.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`Firefox benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
