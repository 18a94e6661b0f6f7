// The history step of a capture: harvest while loading older stories, let the user keep or
// discard what loaded if they cancel, make sure a virtualized list gave up every row, and put
// the user's scroll position back.
import { roomIdFromUrl } from '../../shared/page-kinds';
import { cancelledByUser, type CaptureSession } from '../capture-session';
import { loadHistory, sweepToNewest, type HistoryStop } from './history-loader';
import type { HistoryPort } from './history-port';
import type { PageData } from './page-data';
import { findScrollContainer, type ScrollContainer } from './scroll-container';
import { MESSAGE_LIST } from '../../extractors/selectors';
import { StoryHarvest } from './story-harvest';
import { t } from '../status-words';

export interface CollectedHistory {
  /** Copies of every story seen, in page order. */
  stories: Element[];
  actions: string[];
  partial: boolean;
}

export async function collectHistory(doc: Document, list: Element, session: CaptureSession, port: HistoryPort): Promise<CollectedHistory> {
  const { pageData } = port;
  const first = findScrollContainer(doc, list);
  const harvest = new StoryHarvest(first.el);
  const container = followingRemounts(doc, first, harvest);
  const restore = container.savePosition();
  const urlRoom = roomIdFromUrl(new URL(doc.location.href));
  // A workroom's Messages tab names its room only in the stories it loads.
  const roomId = () => urlRoom ?? pageData.lastRoomId();
  const actions: string[] = [];
  let partial = false;
  try {
    const progress = (n: number) => session.progress(t('capture_progress_loading_history', 'Loading older messages… $1 so far', n));
    progress(harvest.count);
    try {
      const startReached = () => {
        const id = roomId();
        return id !== null && pageData.startReached(id);
      };
      const complete = () => {
        const id = roomId();
        return id !== null && pageData.startReached(id) && !rowsMaybeSkipped(harvest, id, pageData);
      };
      // The newest page loaded with the room, before the capture began: count only what it fetched.
      const startResponses = urlRoom === null ? 0 : pageData.responseCount(urlRoom);
      const responsesBefore = new Map<string, number>();
      const pagesFetched = () => {
        const id = roomId();
        if (id === null || pageData.knownIds(id).size === 0) return null;
        if (!responsesBefore.has(id)) responsesBefore.set(id, id === urlRoom ? startResponses : 0);
        return pageData.responseCount(id) - responsesBefore.get(id)!;
      };
      const outcome = await loadHistory({
        container,
        harvest,
        signal: session.signal,
        progress,
        startReached,
        complete,
        onPageData: pageData.onChange,
        requestsStarted: () => port.requestsStarted(),
        pagesFetched,
      });
      actions.push(outcome.action);
      if (olderHistoryMissing(outcome.stop, roomId(), pageData)) {
        partial = true;
        actions.push("older history did not load: the page's own data shows the conversation goes further back, so this capture is partial");
      }
    } catch (error) {
      if (!cancelledByUser(session.signal)) throw error;
      if (!(await session.keepPartial(harvest.count))) throw error;
      session.resume();
      partial = true;
      actions.push(`history loading cancelled by the user after ${harvest.count} messages; kept what had loaded, so this capture is partial`);
    }
    if (harvest.removedRows && !partial && rowsMaybeSkipped(harvest, roomId(), pageData)) {
      session.progress(t('capture_progress_checking_loaded', 'Checking every loaded message…'));
      const found = await sweepToNewest(container, harvest, session.signal);
      actions.push(`the page drops rows it does not show, so the capture scrolled through the whole conversation once more (${found} more found)`);
    }
    harvest.flush();
    actions.push(`harvested ${harvest.count} messages and events while scrolling`);
    return { stories: harvest.order.copies(), actions, partial };
  } finally {
    harvest.stop();
    restore();
  }
}

/**
 * Loading stopped for want of older stories although the page's data, which has seen this room,
 * never showed its start: the page failed to load them (an error, a hang), not the end.
 */
function olderHistoryMissing(stop: HistoryStop, roomId: string | null, pageData: PageData): boolean {
  return (stop === 'no-older-stories' || stop === 'page-idle') && roomId !== null && pageData.knownIds(roomId).size > 0 && !pageData.startReached(roomId);
}

/** Without the page's data we cannot know; with it, any story it names that we have not seen. */
function rowsMaybeSkipped(harvest: StoryHarvest, roomId: string | null, pageData: PageData): boolean {
  const known = roomId === null ? new Set<string>() : pageData.knownIds(roomId);
  if (known.size === 0) return true;
  for (const id of known) if (!harvest.order.has(id)) return true;
  return false;
}

/**
 * The room's scroll container, followed across the page's re-renders: when the page replaces the
 * list with new nodes mid-capture (a framework remount), loading and harvesting move to the new
 * ones, and the stories already harvested stay.
 */
function followingRemounts(doc: Document, first: ScrollContainer, harvest: StoryHarvest): ScrollContainer {
  let current = first;
  const now = (): ScrollContainer => {
    if (current.el.isConnected) return current;
    const list = MESSAGE_LIST.map((s) => doc.querySelector(s)).find((el) => el !== null);
    if (list) {
      current = findScrollContainer(doc, list);
      harvest.follow(current.el);
    }
    return current;
  };
  return {
    get el() {
      return now().el;
    },
    get oldestEnd() {
      return now().oldestEnd;
    },
    jumpToOldest: () => now().jumpToOldest(),
    atOldest: () => now().atOldest(),
    stepTowardNewest: (px) => now().stepTowardNewest(px),
    savePosition: () => now().savePosition(),
  };
}
