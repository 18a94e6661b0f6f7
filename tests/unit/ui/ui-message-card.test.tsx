// A captured message is hostile input: it must render as text only, whatever it contains.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DISPUTE_TAGS } from '../../../src/shared/model';
import { MessageCard } from '../../../src/ui/components/messages/message-card';
import { button, find, click, labelled, mount, storedMessage, type, unmount } from './ui-fixtures';

const HOSTILE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
let container: HTMLElement | undefined;
afterEach(async () => container && (await unmount(container)));

function handlers() {
  return { onToggleTag: vi.fn(), onKeyChange: vi.fn(), onSaveNote: vi.fn() };
}

describe('MessageCard', () => {
  it('renders hostile text, sender and attachment literally, with no markup and no javascript: link', async () => {
    const message = storedMessage(1, {
      text: HOSTILE,
      sender: '<script>alert(3)</script>',
      attachments: [
        { name: '<img src=x onerror=alert(4)>.pdf', size: '1 KB', url: 'javascript:alert(1)' },
        { name: 'look-alike.pdf', size: null, url: 'https://www.upwork.com.evil.example/file' },
      ],
    });
    container = await mount(<MessageCard message={message} tags={DISPUTE_TAGS} {...handlers()} />);
    expect(container.querySelector('img, script, iframe, object')).toBeNull();
    expect(container.querySelector('.message-text')?.textContent).toBe(HOSTILE);
    expect(container.querySelector('.sender')?.textContent).toBe('<script>alert(3)</script>');
    expect(container.textContent).toContain('<img src=x onerror=alert(4)>.pdf');
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.innerHTML).not.toContain('javascript:');
  });

  it('links only attachments on https://www.upwork.com/, opening safely in a new tab', async () => {
    const url = 'https://www.upwork.com/ab/messages/rooms/x/files/1';
    container = await mount(<MessageCard message={storedMessage(1, { attachments: [{ name: 'brief.pdf', size: '412 KB', url }] })} tags={[]} {...handlers()} />);
    const link = container.querySelector('a')!;
    expect(link.getAttribute('href')).toBe(url);
    expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(container.textContent).toContain('brief.pdf (412 KB)');
  });

  it('labels the article with sender and local time and keeps UTC and the page text as a tooltip', async () => {
    container = await mount(<MessageCard message={storedMessage(1)} tags={[]} {...handlers()} />);
    const article = container.querySelector('article')!;
    expect(article.dataset.messageId).toBe(storedMessage(1).id);
    expect(article.getAttribute('aria-label')).toMatch(/^Message from Dana Whitfield at \w{3}, \w{3} \d{1,2}, 2026, \d{1,2}:\d{2}/);
    expect(container.querySelector('time')?.getAttribute('title')).toBe('UTC 2026-03-02 14:01:00; the page showed: March 2, 2026 at 9:01 AM');
  });

  it('names system events without a sender "Upwork" and says when the time was not shown', async () => {
    container = await mount(<MessageCard message={storedMessage(2, { kind: 'system', sender: null, sentAt: null })} tags={[]} {...handlers()} />);
    expect(container.querySelector('article')?.getAttribute('aria-label')).toBe('Message from Upwork at time not shown');
    expect(container.querySelector('article')?.classList.contains('message--system')).toBe(true);
    expect(container.textContent).toContain('System event');
  });

  it('marks a deleted message and still shows the last text seen', async () => {
    container = await mount(<MessageCard message={storedMessage(3, { deleted: true, text: 'I never agreed to that', deletedSeenAt: '2026-03-21T10:00:00Z' })} tags={[]} {...handlers()} />);
    expect(container.querySelector('.badge--deleted')?.textContent).toBe('Deleted: last text seen below');
    expect(container.querySelector('.message-text')?.textContent).toBe('I never agreed to that');
  });

  it('marks an edited message and lists its earlier versions with when they were seen', async () => {
    const versions = [
      { text: 'First wording', seenAt: '2026-03-03T10:00:00Z', captureId: 'cap_1' },
      { text: 'Second wording', seenAt: '2026-03-04T10:00:00Z', captureId: 'cap_2' },
    ];
    container = await mount(<MessageCard message={storedMessage(4, { edited: true, text: 'Final wording', versions })} tags={[]} {...handlers()} />);
    expect(container.querySelector('.badge--edited')?.textContent).toBe('Edited · 3 versions');
    const details = container.querySelector('details')!;
    expect(details.querySelector('summary')?.textContent).toContain('2 versions');
    const items = [...details.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('.message-text')?.textContent)).toEqual(['First wording', 'Second wording']);
    expect(items[0]?.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-03T10:00:00Z');
  });

  it('reports the key-evidence checkbox and saves the note on the button and on blur', async () => {
    const h = handlers();
    const message = storedMessage(5);
    container = await mount(<MessageCard message={message} tags={[]} {...h} />);
    await click(labelled(container, 'Key evidence'));
    expect(h.onKeyChange).toHaveBeenCalledWith(message.id, true);

    // The note opens on demand, with the cursor in it.
    await click(button(container, 'Add note N'));
    const note = labelled<HTMLTextAreaElement>(container, 'Note');
    await type(note, 'Client asked for this on the call');
    await click(button(container, 'Save note'));
    expect(h.onSaveNote).toHaveBeenCalledWith(message.id, 'Client asked for this on the call');

    await type(note, 'Second thought');
    note.dispatchEvent(new FocusEvent('blur'));
    expect(h.onSaveNote).toHaveBeenLastCalledWith(message.id, 'Second thought');
    expect(h.onSaveNote).toHaveBeenCalledTimes(2);
  });

  it('toggles a tag on the message by its id', async () => {
    const h = handlers();
    const message = storedMessage(6, { tags: ['scope'] });
    container = await mount(<MessageCard message={message} tags={DISPUTE_TAGS} {...h} />);
    expect(find(container, '[aria-label="Tags set"]').textContent).toBe('Scope');
    await click(button(container, 'Tags T'));
    await click(button(container, 'Billing'));
    await click(button(container, 'Scope'));
    expect(h.onToggleTag.mock.calls).toEqual([
      [message.id, 'billing', true],
      [message.id, 'scope', false],
    ]);
  });
});

describe('MessageCard provenance', () => {
  const ALL_DATA = { sender: 'page-data', sentAt: 'page-data', text: 'page-data', kind: 'page-data', edited: 'page-data', deleted: 'page-data', attachments: 'page-data' } as const;

  it('shows no mark for a message read from the page alone', async () => {
    container = await mount(<MessageCard message={storedMessage(1)} tags={[]} {...handlers()} />);
    expect(container.querySelector('.provenance')).toBeNull();
  });

  it('marks a message seen only in the page\'s own data', async () => {
    container = await mount(<MessageCard message={storedMessage(1, { sources: ALL_DATA })} tags={[]} {...handlers()} />);
    const mark = container.querySelector('.provenance .badge')!;
    expect(mark.textContent).toBe('Only in page data');
    expect(mark.getAttribute('title')).toMatch(/^Never shown on the page/);
  });

  it('marks a time that came from the page\'s own data', async () => {
    container = await mount(<MessageCard message={storedMessage(1, { sources: { sentAt: 'both' } })} tags={[]} {...handlers()} />);
    expect(container.querySelector('.provenance .badge')?.textContent).toBe('Time from page data');
  });

  it('shows both values where the page and its data disagree, hostile ones as text', async () => {
    const message = storedMessage(1, { conflicts: [{ field: 'text', dom: 'Shown words', pageData: HOSTILE }, { field: 'deleted', dom: false, pageData: true }] });
    container = await mount(<MessageCard message={message} tags={[]} {...handlers()} />);
    const items = [...container.querySelectorAll('.provenance-conflicts li')].map((li) => li.textContent);
    expect(items).toEqual([`Text: the page showed “Shown words”; the page's data said “${HOSTILE}”`, "Deleted: the page showed no; the page's data said yes"]);
    expect(container.querySelector('img, script')).toBeNull();
  });
});
