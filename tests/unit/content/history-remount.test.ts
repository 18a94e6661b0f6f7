// The history loader on a page that puts its list in new nodes (a framework remount) just as the
// capture scrolls the old ones to the oldest end: the old nodes never load anything, and their
// stillness must not read as "nothing older". The capture looks again, on the new list, and loads
// the whole room. (Before, it stopped after the first page and called the capture partial.)
import { describe, expect, it } from 'vitest';
import { loadHistory } from '../../../src/content/history/history-loader';
import type { ScrollContainer } from '../../../src/content/history/scroll-container';
import { StoryHarvest } from '../../../src/content/history/story-harvest';
import { STORY_ITEM_CLASS } from '../../../src/extractors/selectors';

const PAGE = 20;
const ALL = 60;

/** A room list of `ALL` stories, newest `PAGE` shown, loading `PAGE` older ones per scroll to its oldest end. */
function remountingRoom() {
  let shown = PAGE;
  let requests = 0;
  let remounted = false;
  const render = () => {
    const list = document.createElement('div');
    list.className = 'story-list';
    for (let i = ALL - shown; i < ALL; i++) {
      const item = document.createElement('div');
      item.className = STORY_ITEM_CLASS;
      item.id = `story_${String(i).padStart(4, '0')}`;
      list.append(item);
    }
    return list;
  };
  let el = render();
  document.body.replaceChildren(el);
  let harvest: StoryHarvest | undefined;
  const current = () => {
    // As collect-history's followingRemounts: the harvest moves to the new nodes.
    if (!el.isConnected) {
      el = document.body.firstElementChild as HTMLDivElement;
      harvest?.follow(el);
    }
    return el;
  };
  const container: ScrollContainer = {
    get el() {
      return current();
    },
    oldestEnd: 'top',
    jumpToOldest() {
      const target = current();
      if (!remounted) {
        // The page re-renders into new nodes before it handles this scroll of the old ones.
        remounted = true;
        document.body.replaceChildren(render());
        return;
      }
      if (shown >= ALL) return;
      requests += 1;
      setTimeout(() => {
        shown += PAGE;
        const next = render();
        target.replaceChildren(...next.children);
      }, 20);
    },
    atOldest: () => false,
    stepTowardNewest: () => false,
    savePosition: () => () => undefined,
  };
  harvest = new StoryHarvest(el);
  return { container, harvest, requests: () => requests, startReached: () => shown >= ALL };
}

describe('loading history on a page that remounts its list mid-capture', () => {
  it('looks again on the new list instead of taking the old one\'s stillness for the start', async () => {
    const room = remountingRoom();
    const outcome = await loadHistory({
      container: room.container,
      harvest: room.harvest,
      signal: new AbortController().signal,
      progress: () => undefined,
      startReached: room.startReached,
      complete: () => room.startReached() && room.harvest.count === ALL,
      onPageData: () => () => undefined,
      requestsStarted: async () => room.requests(),
      pagesFetched: () => null,
    });
    room.harvest.flush();
    expect(room.harvest.count).toBe(ALL);
    expect(outcome.stop).toBe('start-reached');
    room.harvest.stop();
  });
});
