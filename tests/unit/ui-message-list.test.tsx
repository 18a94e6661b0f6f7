// The list shows exactly what the filter selects (the same rule the export uses), in time order.
import { afterEach, describe, expect, it } from 'vitest';
import type { EvidenceFilter, StoredMessage } from '../../src/shared/model';
import { MessageList } from '../../src/ui/components/message-list';
import { button, buttons, click, mount, ROOM_A, ROOM_B, storedMessage, unmount } from './ui-fixtures';

let container: HTMLElement | undefined;
afterEach(async () => container && (await unmount(container)));

const noop = { onToggleTag: () => {}, onKeyChange: () => {}, onSaveNote: () => {} };

// Stored out of order on purpose: 3 and 1 share a minute in different rooms; 9 has no time.
const MESSAGES: StoredMessage[] = [
  storedMessage(9, { sentAt: null, text: 'Undated note' }),
  storedMessage(5, { text: 'Invoice attached', tags: ['billing'], key: true }),
  storedMessage(3, { conversationId: ROOM_B, sentAt: '2026-03-02T14:01:00Z', text: 'Other room, same minute' }),
  storedMessage(1, { text: 'Hello there' }),
  storedMessage(2, { text: 'The invoice is wrong', position: 2 }),
];

async function shownIds(filter: EvidenceFilter): Promise<string[]> {
  container = await mount(<MessageList messages={MESSAGES} filter={filter} tags={[]} {...noop} />);
  const ids = [...container.querySelectorAll('article')].map((a) => a.dataset.messageId ?? '');
  await unmount(container);
  container = undefined;
  return ids.map((id) => String(Number(id.slice('story_'.length))));
}

describe('MessageList', () => {
  it.each<[string, EvidenceFilter, string[]]>([
    ['everything, in time order with undated messages last', {}, ['1', '3', '2', '5', '9']],
    ['one conversation', { conversationId: ROOM_B }, ['3']],
    ['a tag', { tagId: 'billing' }, ['5']],
    ['key evidence only', { keyOnly: true }, ['5']],
    ['search words, case-insensitive', { text: 'INVOICE' }, ['2', '5']],
    ['search and conversation together', { text: 'invoice', conversationId: ROOM_A, tagId: 'billing' }, ['5']],
  ])('shows %s', async (_, filter, expected) => {
    expect(await shownIds(filter)).toEqual(expected);
  });

  it('says so when nothing matches', async () => {
    container = await mount(<MessageList messages={MESSAGES} filter={{ text: 'nothing like this' }} tags={[]} {...noop} />);
    expect(container.textContent).toContain('No messages match this filter.');
  });

  it('renders a page at a time with "Show more" for the rest', async () => {
    const many = Array.from({ length: 5 }, (_, i) => storedMessage(i + 1));
    container = await mount(<MessageList messages={many} filter={{}} tags={[]} pageSize={2} {...noop} />);
    expect(container.querySelectorAll('article')).toHaveLength(2);
    expect(container.textContent).toContain('Showing 2 of 5 messages');
    await click(button(container, 'Show more'));
    await click(button(container, 'Show more'));
    expect(container.querySelectorAll('article')).toHaveLength(5);
    expect(buttons(container, 'Show more')).toHaveLength(0);
  });

  it('names each message\'s conversation when several are listed together', async () => {
    const titles = new Map([[ROOM_A, 'Dana Whitfield']]);
    container = await mount(<MessageList messages={[storedMessage(1)]} filter={{}} tags={[]} conversationTitles={titles} {...noop} />);
    expect(container.querySelector('.message-conversation')?.textContent).toBe('Dana Whitfield');
  });
});
