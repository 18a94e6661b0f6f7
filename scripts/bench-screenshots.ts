// npm run bench:screenshots: a full-page screenshot of a contract page ten screens tall, against
// the browser's floor of two captureVisibleTab calls a second (ten views cannot take less than
// nine spacings). The cost of the pictures is a capture with them (Alt+Shift+E) minus the same
// capture without them (the in-page button's), median of several rounds. Uses the test-only
// build (dist-test/, <all_urls>): a capture the script starts is no user gesture.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { StoredCapture } from '../src/shared/model';
import { CAPTURE_SPACING_MS } from '../src/shared/pictures/rate-limiter';
import { ensureChromium } from './lib/chromium';
import { DIST_TEST, launchWithExtension, type ExtensionBrowser } from './lib/extension-browser';
import { captureFromWorker, openRoom } from './lib/capture-flow';
import { readStores } from './lib/stored-rows';

const ROOT = path.resolve(import.meta.dirname, '..');
const CONTRACT = path.join(ROOT, 'tests/fixtures/terms/contract-fixed.html');
const PAGE_URL = 'https://www.upwork.com/nx/wm/workroom/38123456';
const SCREENS = 10;
const ROUNDS = 3;

/** The contract page stretched to exactly ten screens, with text on every one of them. */
function tenScreenPage(): string {
  const filler = Array.from({ length: 400 }, (_, i) => `<p>Milestone note ${i + 1}: delivered the agreed storefront section and its tests.</p>`).join('');
  return readFileSync(CONTRACT, 'utf8')
    .replace('</head>', `<style>html,body{margin:0}.tall{height:${SCREENS * 100}vh;overflow:hidden}</style></head>`)
    .replace(/<body([^>]*)>/, `<body$1><div class="tall">`)
    .replace('</body>', `${filler}</div></body>`);
}

async function timedCapture(browser: ExtensionBrowser, trigger: 'shortcut' | 'page-button', page: Page): Promise<{ ms: number; actions: string }> {
  const started = performance.now();
  const reply = await captureFromWorker(browser, trigger, page);
  const ms = performance.now() - started;
  if (!reply.ok || reply.value.status !== 'captured') throw new Error(`the ${trigger} capture did not succeed: ${JSON.stringify(reply).slice(0, 200)}`);
  const { captureId } = reply.value.result;
  const { captures } = await readStores(browser.worker, ['captures']);
  return { ms, actions: (captures as StoredCapture[]).find((c) => c.id === captureId)?.actions.join('\n') ?? '' };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const browser = await launchWithExtension({ executablePath: ensureChromium(), timeZone: 'America/New_York', dist: DIST_TEST });
  try {
    const html = tenScreenPage();
    await browser.context.route('https://www.upwork.com/**', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    const withPictures: number[] = [];
    const without: number[] = [];
    let views = 0;
    let picture = '';
    for (let round = 0; round < ROUNDS; round++) {
      const page = await openRoom(browser, PAGE_URL);
      await page.bringToFront();
      const shot = await timedCapture(browser, 'shortcut', page);
      withPictures.push(shot.ms);
      const taken = /from (\d+) views of the tab: (\d+ × \d+ px)/.exec(shot.actions);
      views = Number(taken?.[1] ?? 0);
      picture = taken?.[2] ?? '(no screenshot)';
      without.push((await timedCapture(browser, 'page-button', page)).ms);
      await page.close();
    }
    const pictures = median(withPictures) - median(without);
    const floor = (views - 1) * CAPTURE_SPACING_MS;
    console.log(`Full-page screenshot of a contract page ${SCREENS} screens tall (${views} views, ${picture}), median of ${ROUNDS} rounds`);
    console.log(`capture with screenshots ${(median(withPictures) / 1000).toFixed(2)} s, without ${(median(without) / 1000).toFixed(2)} s`);
    console.log(`the screenshots cost ${(pictures / 1000).toFixed(2)} s against the floor of ${(floor / 1000).toFixed(2)} s (${views - 1} spacings of ${CAPTURE_SPACING_MS} ms at two captures a second) = ${(pictures / floor).toFixed(2)}x`);
    if (views !== SCREENS) console.log(`  (expected ${SCREENS} views: the page was not the height planned)`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
