// Loads a room's whole history: scroll toward the oldest end, let the page fetch older stories,
// harvest them as they render, repeat until the conversation's start. Every wait is bounded
// (SingleFile #935: saves that hang forever), and why it stopped goes into the capture's actions.
import type { ScrollContainer } from './scroll-container';
import type { StoryHarvest } from './story-harvest';

export type HistoryStop = 'start-reached' | 'no-older-stories' | 'limit';

export interface HistoryOutcome {
  stop: HistoryStop;
  /** Scrolls toward the oldest end that brought older stories. */
  pagesLoaded: number;
  /** Plain words for the capture's actions. */
  action: string;
}

export interface HistoryOptions {
  container: ScrollContainer;
  harvest: StoryHarvest;
  signal: AbortSignal;
  progress: (stories: number) => void;
  /** The page's own data says no older stories exist (see page-stories). */
  startReached: () => boolean;
  /** The start is reached and every story the page's data knows is harvested: stop without waiting. */
  complete: () => boolean;
  /** News from the page's data (its response may be read after its stories render). */
  onPageData: (listener: () => void) => () => void;
}

/** How long to wait for older stories after each scroll that brought none, before giving up. */
export const IDLE_WAITS_MS = [700, 1500, 3000] as const;
/** Once the page's data says the start is reached, a short pause lets its last stories render. */
const SETTLE_MS = 250;
const MAX_PAGES = 5000;

export async function loadHistory(options: HistoryOptions): Promise<HistoryOutcome> {
  const { container, harvest, signal, progress, startReached, complete, onPageData } = options;
  let pagesLoaded = 0;
  let idle = 0;
  for (;;) {
    signal.throwIfAborted();
    if (complete()) return { stop: 'start-reached', pagesLoaded, action: startAction(pagesLoaded) };
    await scrollToOldest(container);
    const arrived = await storiesArrive(harvest, onPageData, complete, signal, startReached() ? SETTLE_MS : IDLE_WAITS_MS[idle]!);
    progress(harvest.count);
    if (arrived) {
      pagesLoaded += 1;
      idle = 0;
      if (pagesLoaded >= MAX_PAGES) return { stop: 'limit', pagesLoaded, action: `stopped loading history after ${MAX_PAGES} pages (the limit); older messages may exist` };
      continue;
    }
    if (startReached()) return { stop: 'start-reached', pagesLoaded, action: startAction(pagesLoaded) };
    idle += 1;
    if (idle >= IDLE_WAITS_MS.length) {
      const waited = IDLE_WAITS_MS.reduce((a, b) => a + b, 0) / 1000;
      return {
        stop: 'no-older-stories',
        pagesLoaded,
        action: `loaded ${pagesLoaded} older pages of history; stopped when no older messages arrived after ${IDLE_WAITS_MS.length} tries (${waited} s)`,
      };
    }
  }
}

function startAction(pagesLoaded: number): string {
  return `loaded ${pagesLoaded} older pages of history, up to the start of the conversation`;
}

/** Walks back toward the newest end one screen at a time, so a virtualized list renders every row once. */
export async function sweepToNewest(container: ScrollContainer, harvest: StoryHarvest, signal: AbortSignal): Promise<number> {
  const before = harvest.count;
  container.jumpToOldest();
  while (container.stepTowardNewest(container.el.clientHeight * 0.8)) {
    signal.throwIfAborted();
    await nextFrame();
    harvest.flush();
  }
  return harvest.count - before;
}

/**
 * Pages load older stories on a scroll event near their oldest end; already being there fires
 * none, so step a little away first (and let that scroll be seen) before going back.
 */
async function scrollToOldest(container: ScrollContainer): Promise<void> {
  if (container.atOldest()) {
    container.stepTowardNewest(24);
    await nextFrame();
  }
  container.jumpToOldest();
}

/** True when new stories render; false on timeout, or early once the page's data completes the history. */
function storiesArrive(harvest: StoryHarvest, onPageData: HistoryOptions['onPageData'], complete: () => boolean, signal: AbortSignal, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const unsubscribe = () => {
      offStories();
      offPageData();
    };
    const done = (value: boolean) => {
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onAbort = () => {
      clearTimeout(timer);
      unsubscribe();
      reject(signal.reason);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    const offStories = harvest.onNew(() => done(true));
    const offPageData = onPageData(() => {
      if (complete()) done(false);
    });
    signal.addEventListener('abort', onAbort, { once: true });
    harvest.flush();
  });
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
