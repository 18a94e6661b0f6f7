// Loads a room's whole history: scroll toward the oldest end, let the page fetch older stories,
// harvest them as they render, repeat until the conversation's start. Every wait is bounded
// (SingleFile #935: saves that hang forever), and why it stopped goes into the capture's actions.
import type { ScrollContainer } from './scroll-container';
import type { StoryHarvest } from './story-harvest';

export type HistoryStop = 'start-reached' | 'page-idle' | 'no-older-stories';

export interface HistoryOutcome {
  stop: HistoryStop;
  /** Older pages fetched: the page's own responses when its data is seen, else scrolls that brought stories. */
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
  /** Requests the page has started so far, or null when unknown (see ../ports/page-activity.ts). */
  requestsStarted: () => Promise<number | null>;
  /** Story pages the page fetched since loading began, or null without its data. */
  pagesFetched: () => number | null;
}

/** How long to wait for older stories after each scroll that brought none, before giving up. */
export const IDLE_WAITS_MS = [700, 1500, 3000] as const;
/** Once the page's data says the start is reached, a short pause lets its last stories render. */
const SETTLE_MS = 250;
/**
 * After the first scroll that brings nothing, how long the page gets to show it is loading (a
 * request started, the list changed). A page that does neither has nothing older to load.
 */
const QUIET_MS = 400;
/** Looks that do not count because the page replaced its list while we waited, at most. */
const MAX_REMOUNTS = 5;

export async function loadHistory(options: HistoryOptions): Promise<HistoryOutcome> {
  const { container, harvest, signal, progress, startReached, complete, onPageData } = options;
  let scrollsWithStories = 0;
  let idle = 0;
  let quietChecked = false;
  let remounts = 0;
  const pages = () => options.pagesFetched() ?? scrollsWithStories;
  const ended = (stop: HistoryStop, why: string): HistoryOutcome => ({ stop, pagesLoaded: pages(), action: `loaded ${pages()} older pages of history; ${why}` });
  for (;;) {
    signal.throwIfAborted();
    if (complete()) return ended('start-reached', 'the page\'s own data shows the start of the conversation');
    const firstLook = !quietChecked && !startReached();
    const requestsBefore = firstLook ? await options.requestsStarted() : null;
    const watched = container.el;
    const changes = watchChanges(watched);
    await scrollToOldest(container);
    const timeout = startReached() ? SETTLE_MS : firstLook && requestsBefore !== null ? QUIET_MS : IDLE_WAITS_MS[idle]!;
    const arrived = await storiesArrive(harvest, onPageData, complete, signal, timeout);
    const changed = changes.stop();
    progress(harvest.count);
    if (arrived) {
      scrollsWithStories += 1;
      idle = 0;
      quietChecked = false;
      continue;
    }
    if (startReached()) return ended('start-reached', 'the page\'s own data shows the start of the conversation');
    // The page put the list in new nodes meanwhile (a framework remount): the scroll may have gone
    // to the old ones and their stillness says nothing, so this look does not count; the next one
    // scrolls the new list. A page that remounts without end is judged as any other after a few.
    if (!watched.isConnected && remounts++ < MAX_REMOUNTS) continue;
    if (firstLook && requestsBefore !== null) {
      quietChecked = true;
      if (!changed && (await options.requestsStarted()) === requestsBefore) {
        return ended('page-idle', 'at the oldest end of the list the page asked for nothing older and changed nothing, so the list shows the start of the conversation');
      }
      continue;
    }
    idle += 1;
    if (idle >= IDLE_WAITS_MS.length) {
      const waited = IDLE_WAITS_MS.reduce((a, b) => a + b, 0) / 1000;
      return ended('no-older-stories', `stopped when no older messages arrived after ${IDLE_WAITS_MS.length} tries (${waited} s)`);
    }
  }
}

/** Whether the page changed the list's content (a spinner, skeletons, rows) while we waited. */
function watchChanges(el: Element): { stop(): boolean } {
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
  });
  observer.observe(el, { childList: true, characterData: true, subtree: true });
  return {
    stop() {
      if (observer.takeRecords().length > 0) changed = true;
      observer.disconnect();
      return changed;
    },
  };
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
    // The page's data may have completed the history while we scrolled.
    if (complete()) done(false);
  });
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
