// The list shows exactly what the filter selects (the same rule the export uses), in time order,
// read from the store a window at a time; it opens at the newest rows however long the list is.
import { describe, expect, it } from 'vitest';
import type { EvidenceFilter, StoredMessage } from '../../src/shared/model';
import { messageWindowSource, readMessageWindow, indexAtTime, sourceLength } from '../../src/storage';
import { MessageList } from '../../src/ui/components/message-list';
import { useDb } from '../../src/ui/hooks/use-db';
import { useMessageWindow } from '../../src/ui/hooks/use-message-window';
import { ROOM_A, ROOM_B, storedMessage, throwawayStore, waitFor } from './ui-fixtures';

const noop = { onToggleTag: () => {}, onKeyChange: () => {}, onSaveNote: () => {} };
const store = throwawayStore();

// Stored out of order on purpose: 3 and 1 share a minute in different rooms; 9 has no time.
const MESSAGES: StoredMessage[] = [
  storedMessage(9, { sentAt: null, text: 'Undated note' }),
  storedMessage(5, { text: 'Invoice attached', tags: ['billing'], key: true }),
  storedMessage(3, { conversationId: ROOM_B, sentAt: '2026-03-02T14:01:00Z', text: 'Other room, same minute' }),
  storedMessage(1, { text: 'Hello there' }),
  storedMessage(2, { text: 'The invoice is wrong', position: 2 }),
];

const short = (m: StoredMessage) => String(Number(m.id.slice('story_'.length)));

async function shownIds(filter: EvidenceFilter): Promise<string[]> {
  await store.db.messages.bulkPut(MESSAGES);
  const source = await messageWindowSource(store.db, filter);
  const all = await readMessageWindow(store.db, source, 0, sourceLength(source));
  // Any window is the matching slice of the whole.
  expect((await readMessageWindow(store.db, source, 1, 2)).map(short)).toEqual(all.slice(1, 3).map(short));
  return all.map(short);
}

function Listed({ filter }: { filter: EvidenceFilter }) {
  const rows = useMessageWindow(useDb(), filter);
  return <MessageList rows={rows} tags={[]} {...noop} />;
}

describe('the message window', () => {
  it.each<[string, EvidenceFilter, string[]]>([
    ['everything, in time order with undated messages last', {}, ['1', '3', '2', '5', '9']],
    ['one conversation', { conversationId: ROOM_B }, ['3']],
    ['one conversation, undated last', { conversationId: ROOM_A }, ['1', '2', '5', '9']],
    ['a tag', { tagId: 'billing' }, ['5']],
    ['key evidence only', { keyOnly: true }, ['5']],
    ['search words, case-insensitive', { text: 'INVOICE' }, ['2', '5']],
    ['search and conversation together', { text: 'invoice', conversationId: ROOM_A, tagId: 'billing' }, ['5']],
  ])('reads %s', async (_, filter, expected) => {
    expect(await shownIds(filter)).toEqual(expected);
  });

  it('finds where a date starts in a room by index', async () => {
    await store.db.messages.bulkPut(MESSAGES);
    const source = await messageWindowSource(store.db, { conversationId: ROOM_A });
    expect(await indexAtTime(store.db, source, '2026-03-02T14:02:00Z')).toBe(1);
    expect(await indexAtTime(store.db, source, '2027-01-01T00:00:00Z')).toBe(3);
  });
});

describe('MessageList', () => {
  it('says so when nothing matches', async () => {
    await store.db.messages.bulkPut(MESSAGES);
    const root = await store.mount(<Listed filter={{ text: 'nothing like this' }} />);
    await waitFor(() => expect(root.textContent).toContain('No messages match this filter.'));
  });

  // Opening at the newest needs a real layout to scroll: tests/e2e/review-at-scale.test.ts checks it in Chromium.
  it('renders only a screenful of a long conversation', async () => {
    const many = Array.from({ length: 600 }, (_, i) => storedMessage(i + 1, { sentAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), text: `Message number ${i + 1}` }));
    await store.db.messages.bulkPut(many);
    const root = await store.mount(<Listed filter={{ conversationId: ROOM_A }} />);
    await waitFor(() => expect(root.querySelectorAll('article').length).toBeGreaterThan(0));
    expect(root.querySelectorAll('article').length).toBeLessThan(40);
    expect(root.textContent).toContain('600 messages');
  });
});
