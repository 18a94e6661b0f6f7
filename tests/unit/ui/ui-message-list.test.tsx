// The list shows exactly what the filter selects (the same rule the export uses), in time order,
// read from the store a window at a time; it opens at the newest rows however long the list is.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { DISPUTE_TAGS } from '../../../src/shared/model';
import type { EvidenceFilter, StoredMessage } from '../../../src/shared/model';
import { matchingMessageIds, readNewer, readOlder, readSpan, spanKey, spanKeyAt } from '../../../src/storage';
import { MessageList } from '../../../src/ui/components/messages/message-list';
import { useDb } from '../../../src/ui/hooks/use-db';
import { useMessageWindow } from '../../../src/ui/hooks/use-message-window';
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
  return (await matchingMessageIds(store.db, filter)).map((r) => short(r as StoredMessage));
}

function Listed({ filter, handlers = noop }: { filter: EvidenceFilter; handlers?: typeof noop }) {
  const rows = useMessageWindow(useDb(), filter);
  return <MessageList rows={rows} tags={DISPUTE_TAGS} {...handlers} />;
}

async function press(target: HTMLElement, key: string, shiftKey = false) {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
  });
}

describe('the messages a filter selects', () => {
  it.each<[string, EvidenceFilter, string[]]>([
    ['a tag', { tagId: 'billing' }, ['5']],
    ['key evidence only', { keyOnly: true }, ['5']],
    ['search words, case-insensitive, undated last', { text: 'INVOICE note' }, []],
    ['search words, case-insensitive', { text: 'INVOICE' }, ['2', '5']],
    ['search and conversation together', { text: 'invoice', conversationId: ROOM_A, tagId: 'billing' }, ['5']],
    // A word matches the start of a word (as the search index does), not its inside: "o" finds "Other", not "Hello".
    ['word starts in every room', { text: 'o' }, ['3']],
    ['word starts, undated last', { text: 'n' }, ['9']],
    ['word starts in time order, undated last', { text: 'the' }, ['1', '2']],
  ])('are %s', async (_, filter, expected) => {
    expect(await shownIds(filter)).toEqual(expected);
  });
});

describe('a span of a room read by key', () => {
  const many = Array.from({ length: 300 }, (_, i) => storedMessage(i + 1, { sentAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace('.000Z', 'Z'), text: `Message number ${i + 1}` }));
  const texts = (rows: StoredMessage[]) => rows.map((m) => m.text);

  it('reads the newest rows, then older ones before them, and a span between keys, in time order', async () => {
    await store.db.messages.bulkPut([...many, storedMessage(1000, { conversationId: ROOM_B, sentAt: '2027-01-01T00:00:00Z' })]);
    const newest = await readOlder(store.db, ROOM_A, null, 3);
    expect(texts(newest)).toEqual(['Message number 298', 'Message number 299', 'Message number 300']);
    const older = await readOlder(store.db, ROOM_A, spanKey(newest[0]!, ROOM_A), 2);
    expect(texts(older)).toEqual(['Message number 296', 'Message number 297']);
    expect(texts(await readSpan(store.db, ROOM_A, spanKey(older[0]!, ROOM_A), spanKey(newest[0]!, ROOM_A)))).toEqual(texts(older));
    expect(texts(await readSpan(store.db, ROOM_A, spanKey(newest[0]!, ROOM_A), null))).toEqual(texts(newest));
  });

  it('reads from a date on, and across rooms', async () => {
    await store.db.messages.bulkPut([...many, storedMessage(1000, { conversationId: ROOM_B, sentAt: '2026-01-01T00:10:30Z', text: 'Other room' })]);
    expect(texts(await readNewer(store.db, ROOM_A, spanKeyAt('2026-01-01T00:10:00Z', ROOM_A), 2))).toEqual(['Message number 11', 'Message number 12']);
    expect(texts(await readNewer(store.db, undefined, spanKeyAt('2026-01-01T00:10:00Z', undefined), 3))).toEqual(['Message number 11', 'Other room', 'Message number 12']);
  });
});

describe('MessageList', () => {
  it('lists a room in time order with the messages that show no time after the newest', async () => {
    await store.db.messages.bulkPut(MESSAGES);
    const root = await store.mount(<Listed filter={{ conversationId: ROOM_A }} />);
    await waitFor(() => expect([...root.querySelectorAll('article')].map((a) => short({ id: a.dataset.messageId } as StoredMessage))).toEqual(['1', '2', '5', '9']));
  });

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
    // Only rows read near the view (a chunk or two, each rendered whole while short), never all 600.
    expect(root.querySelectorAll('article').length).toBeLessThan(130);
  });

  it('reviews by keyboard: moves, selects a range with Shift and tags it at once, marks key evidence', async () => {
    await store.db.messages.bulkPut(MESSAGES.filter((m) => m.conversationId === ROOM_A && m.sentAt !== null));
    const handlers = { onToggleTag: vi.fn(), onKeyChange: vi.fn(), onSaveNote: vi.fn() };
    const root = await store.mount(<Listed filter={{ conversationId: ROOM_A }} handlers={handlers} />);
    await waitFor(() => expect(root.querySelectorAll('article')).toHaveLength(3));
    const list = root.querySelector<HTMLElement>('.message-scroller')!;
    expect(root.textContent).toContain('1–9 tag the selection');
    await press(list, 'ArrowDown');
    expect(root.querySelector('article[aria-current="true"]')?.textContent).toContain('The invoice is wrong');
    await press(list, 'e');
    expect(handlers.onKeyChange).toHaveBeenCalledWith(storedMessage(2).id, true);
    await press(list, 'ArrowUp');
    await press(list, 'ArrowDown', true);
    await press(list, 'ArrowDown', true);
    expect(root.querySelectorAll('article.message--selected')).toHaveLength(3);
    // Key 1 is the first tag (Billing): message 5 has it already, so it is set on the two others.
    await press(list, '1');
    expect(handlers.onToggleTag.mock.calls).toEqual([
      [storedMessage(1).id, 'billing', true],
      [storedMessage(2).id, 'billing', true],
    ]);
    await press(list, 'n');
    await waitFor(() => expect(root.querySelectorAll('article textarea')).toHaveLength(1));
  });

  it('tags a range selected with Shift+click at once from the selection\'s own tag buttons', async () => {
    await store.db.messages.bulkPut(MESSAGES.filter((m) => m.conversationId === ROOM_A && m.sentAt !== null));
    const handlers = { onToggleTag: vi.fn(), onKeyChange: vi.fn(), onSaveNote: vi.fn() };
    const root = await store.mount(<Listed filter={{ conversationId: ROOM_A }} handlers={handlers} />);
    await waitFor(() => expect(root.querySelectorAll('article')).toHaveLength(3));
    const rows = [...root.querySelectorAll<HTMLElement>('.message-row')];
    const clickText = (row: HTMLElement, shiftKey: boolean) =>
      act(() => {
        row.querySelector('p.message-text')!.dispatchEvent(new MouseEvent('click', { bubbles: true, shiftKey }));
      });
    await clickText(rows[0]!, false);
    expect(root.querySelector('.range-tag-bar')).toBeNull();
    await clickText(rows[2]!, true);
    expect(root.querySelectorAll('article.message--selected')).toHaveLength(3);
    const bar = root.querySelector<HTMLElement>('.range-tag-bar')!;
    expect(bar.querySelector('[role="group"]')?.getAttribute('aria-label')).toBe('Tag the 3 selected');
    const billing = [...bar.querySelectorAll('button')].find((b) => b.textContent === 'Billing')!;
    // Message 5 has Billing already: not pressed for the range, and a press sets it on the two others.
    expect(billing.getAttribute('aria-pressed')).toBe('false');
    await act(() => billing.click());
    expect(handlers.onToggleTag.mock.calls).toEqual([
      [storedMessage(1).id, 'billing', true],
      [storedMessage(2).id, 'billing', true],
    ]);
  });
});
