// What the dashboard draws first: the messages, then the panels that can wait. The settings panels
// and their reads (settings, storage estimate, signing key) must not hold up the first messages,
// and the search index and signing code start only once those are drawn (FIRST_MESSAGES).
import { beforeEach, describe, expect, it } from 'vitest';
import { DashboardApp } from '../../../src/ui/dashboard/dashboard-app';
import { afterFirstCard, FIRST_MESSAGES } from '../../../src/ui/hooks/page-opening/after-first-card';
import { ROOM_A, storedConversation, storedMessage, throwawayStore, waitFor } from './ui-fixtures';

const store = throwawayStore();
beforeEach(() => performance.clearMarks(FIRST_MESSAGES));

describe('the first messages', () => {
  it('are drawn before the settings panels, which follow once the first-messages mark is made', async () => {
    await store.db.conversations.put(storedConversation(ROOM_A, 'Dana Whitfield'));
    await store.db.messages.bulkPut([storedMessage(1, { text: 'The invoice is attached' }), storedMessage(2, { text: 'Thanks, paying today' })]);
    // What was in the page when the first message card appeared.
    let panelsWithFirstCard: number | null = null;
    const observer = new MutationObserver(() => {
      if (panelsWithFirstCard === null && document.querySelector('article')) panelsWithFirstCard = document.querySelectorAll('.sidebar .settings').length;
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const root = await store.mount(<DashboardApp software={{ name: 'Evidence Locker for Upwork', version: '0.1.0' }} />);
    await waitFor(() => expect(root.querySelectorAll('.sidebar .settings').length).toBeGreaterThan(0));
    observer.disconnect();
    expect(panelsWithFirstCard).toBe(0);
    expect(performance.getEntriesByName(FIRST_MESSAGES)).toHaveLength(1);
  });

  it('come in a first frame that draws only what it shows: the rest of the rooms and rows follow once marked', async () => {
    const rooms = Array.from({ length: 30 }, (_, i) => storedConversation(`room_${String(i).padStart(32, '0')}`, `Client ${i}`));
    await store.db.conversations.bulkPut([storedConversation(ROOM_A, 'Dana Whitfield'), ...rooms]);
    // 40 messages: a short list, drawn whole once the first frame is on screen.
    await store.db.messages.bulkPut(Array.from({ length: 40 }, (_, i) => storedMessage(i + 1)));
    const roomButtons = () => document.querySelectorAll('nav[aria-label="Conversations"] li').length - 1;
    let firstFrame: { rooms: number; cards: number } | null = null;
    const observer = new MutationObserver(() => {
      if (firstFrame === null && document.querySelector('article')) firstFrame = { rooms: roomButtons(), cards: document.querySelectorAll('article').length };
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const root = await store.mount(<DashboardApp software={{ name: 'Evidence Locker for Upwork', version: '0.1.0' }} />);
    await waitFor(() => expect(root.querySelectorAll('article')).toHaveLength(40));
    observer.disconnect();
    // What the window's height holds, not all of them: rooms of at least 36 px, and (no layout here)
    // the cards a list of 700 px holds at 96 px each.
    expect(firstFrame).toEqual({ rooms: Math.ceil(innerHeight / 36), cards: 8 });
    expect(Math.ceil(innerHeight / 36)).toBeLessThan(31);
    expect(performance.getEntriesByName(FIRST_MESSAGES)).toHaveLength(1);
    expect(roomButtons()).toBe(31);
  });

  it('are marked for an empty store too, so the panels do not wait for a fallback', async () => {
    const root = await store.mount(<DashboardApp software={{ name: 'Evidence Locker for Upwork', version: '0.1.0' }} />);
    await waitFor(() => expect(performance.getEntriesByName(FIRST_MESSAGES)).toHaveLength(1), 1000);
    await waitFor(() => expect(root.querySelectorAll('.sidebar .settings').length).toBeGreaterThan(0), 1000);
  });

  it('release the work that waits on them when marked, not at the fallback', async () => {
    let released = false;
    const waiting = afterFirstCard(60_000).then(() => (released = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(released).toBe(false);
    performance.mark(FIRST_MESSAGES);
    await waiting;
    expect(released).toBe(true);
  });
});
