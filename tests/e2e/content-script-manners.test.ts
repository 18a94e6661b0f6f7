// The content script's manners on Upwork pages, through load, the button's insertion and a full
// capture: it writes nothing to the page's console, throws nothing into the page, and its button
// moves nothing on the page (no layout shift; its panel is fixed, out of the flow).
// Console and exceptions are read over the DevTools protocol, which reports every world of the
// page, our isolated one included (Playwright's own console event sees only the page's world).
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureThroughButton } from '../../scripts/lib/capture-flow';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveLazyRoom, type LazyRoom } from '../../scripts/lib/lazy-room';
import { makeStories } from '../fixtures/lazy-room/stories';
import { launchForTest } from './launch';

const CONTRACT_URL = 'https://www.upwork.com/nx/wm/workroom/52004417';
const CONTRACT_PAGE = path.resolve(import.meta.dirname, '../fixtures/terms/contract-v1.html');

interface Watched {
  page: Page;
  cdp: CDPSession;
  console: string[];
  exceptions: string[];
  status: string;
}

interface Shift {
  value: number;
  /** Whether our button was among what moved (see layoutShifts). */
  ours: boolean;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface RecordedShift {
  value: number;
  /** What moved: the page's nodes are named, nodes in a shadow root (ours) are not (null). */
  sources: { named: boolean; ours: boolean; before: Box; after: Box }[];
}

/** Opens `url` watched from its first moment (console, exceptions, layout shifts), then captures through the button. */
async function watchedCapture(browser: ExtensionBrowser, url: string): Promise<Watched> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.addInitScript(() => {
    const shifts: RecordedShift[] = [];
    (window as unknown as { __layoutShifts: typeof shifts }).__layoutShifts = shifts;
    const box = (r: DOMRectReadOnly) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] })[]) {
        const sources = (entry.sources ?? []).map((s) => ({
          named: Boolean(s.node),
          ours: s.node instanceof Element && s.node.id === 'evidence-locker-root',
          before: box(s.previousRect),
          after: box(s.currentRect),
        }));
        shifts.push({ value: entry.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await browser.context.newCDPSession(page);
  const watched: Watched = { page, cdp, console: [], exceptions: [], status: '' };
  cdp.on('Runtime.consoleAPICalled', (e) => watched.console.push(`${e.type}: ${e.args.map((a) => a.value ?? a.description ?? '').join(' ')}`));
  cdp.on('Runtime.exceptionThrown', (e) => watched.exceptions.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text));
  page.on('pageerror', (error) => watched.exceptions.push(`pageerror: ${error.message}`));
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await page.getByRole('button', { name: 'Capture evidence' }).waitFor({ timeout: 15_000 });
  watched.status = await captureThroughButton(page);
  return watched;
}

/**
 * Every layout shift seen on the page, and whether it was ours: our host named as a source, or an
 * unnamed source (a node in a shadow root) inside our fixed panel's box.
 */
async function layoutShifts(page: Page): Promise<Shift[]> {
  // Observer callbacks are queued tasks: let any pending one run before reading.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const { shifts, panel } = await page.evaluate(() => {
    const r = document.getElementById('evidence-locker-root')!.shadowRoot!.querySelector('.panel')!.getBoundingClientRect();
    return { shifts: (window as unknown as { __layoutShifts: RecordedShift[] }).__layoutShifts, panel: { x: r.x, y: r.y, width: r.width, height: r.height } };
  });
  const inside = (b: Box) => b.width > 0 && b.x >= panel.x - 1 && b.y >= panel.y - 1 && b.x + b.width <= panel.x + panel.width + 1 && b.y + b.height <= panel.y + panel.height + 1;
  return shifts.map((s) => ({ value: s.value, ours: s.sources.some((src) => src.ours || (!src.named && (inside(src.before) || inside(src.after)))) }));
}

describe("the content script's manners on the page", () => {
  let browser: ExtensionBrowser;
  let room: LazyRoom;
  let inRoom: Watched;
  let onContract: Watched;

  beforeAll(async () => {
    browser = await launchForTest();
    room = await serveLazyRoom(browser.context, { stories: makeStories(60), layout: 'ordinary', pageSize: 20, latencyMs: 20 });
    await browser.context.route(CONTRACT_URL, (r) => r.fulfill({ path: CONTRACT_PAGE, contentType: 'text/html; charset=utf-8' }));
    inRoom = await watchedCapture(browser, room.url);
    onContract = await watchedCapture(browser, CONTRACT_URL);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('captures a whole room and a contract page (the scenarios the checks below watched)', () => {
    expect(inRoom.status).toBe('Captured 60 messages (60 new, 0 edited, 0 deleted)');
    expect(onContract.status).toBe('Captured the contract terms');
  });

  it('writes nothing to the console and throws nothing into the page', async () => {
    // Control: a console call from an isolated world like ours is heard, so silence means silence.
    const { cdp } = onContract;
    const frameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId, worldName: 'probe' });
    await cdp.send('Runtime.evaluate', { contextId: executionContextId, expression: 'console.info("probe from an isolated world")' });
    await expect.poll(() => onContract.console.length).toBe(1);

    expect(inRoom.console).toEqual([]);
    expect(onContract.console).toEqual(['info: probe from an isolated world']);
    expect([...inRoom.exceptions, ...onContract.exceptions]).toEqual([]);
  });

  it('shifts nothing on a page from load through the button and a capture, its panel fixed out of the flow', async () => {
    expect(await layoutShifts(onContract.page)).toEqual([]);
    // The room's own rows move as it loads older pages; none of those shifts is the button's.
    expect((await layoutShifts(inRoom.page)).filter((s) => s.ours)).toEqual([]);
    for (const { page } of [inRoom, onContract]) {
      const placed = await page.evaluate(() => {
        const host = document.getElementById('evidence-locker-root')!;
        const box = host.getBoundingClientRect();
        return { position: getComputedStyle(host.shadowRoot!.querySelector('.panel')!).position, hostSize: [box.width, box.height] };
      });
      expect(placed).toEqual({ position: 'fixed', hostSize: [0, 0] });
    }
  });
});
