// The popup container against a fake tab and a throwaway database.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureOutcome } from '../../../src/shared/messaging/messages';
import { PopupApp } from '../../../src/ui/popup/popup-app';
import type { ActiveTab, PageInfo } from '../../../src/ui/popup/tab-port';
import { button, buttons, click, find, labelled, ROOM_A, ROOM_B, storedCapture, storedConversation, storedMessage, throwawayStore, type, waitFor } from './ui-fixtures';

const store = throwawayStore();

const SOFTWARE = { name: 'Evidence Locker', version: '0.0.0-test' };
const ROOM_A_URL = `https://www.upwork.com/ab/messages/rooms/${ROOM_A}`;

function fakeTab(info: PageInfo | null, capture: () => Promise<CaptureOutcome> = async () => ({ status: 'failed', message: 'unused' }), url: string | null = null): ActiveTab {
  return { pageInfo: async () => info, capture, url: async () => url };
}

async function mountPopup(tab: ActiveTab, openDashboard = vi.fn(), saveFile = vi.fn()) {
  return store.mount(<PopupApp tab={tab} navigation={{ openDashboard }} software={SOFTWARE} saveFile={saveFile} />);
}

describe('popup: the current tab', () => {
  it('explains that a tab without the content script cannot be captured', async () => {
    const root = await mountPopup(fakeTab(null));
    await waitFor(() => expect(root.textContent).toContain('not an Upwork page'));
    expect(buttons(root, 'Capture this tab')).toHaveLength(0);
  });

  it('asks to reload an Upwork conversation that has no content script yet', async () => {
    const root = await mountPopup(fakeTab(null, undefined, ROOM_A_URL));
    await waitFor(() => expect(root.textContent).toContain('Reload the tab, then capture it.'));
    expect(buttons(root, 'Capture this tab')).toHaveLength(0);
  });

  it('explains that this Upwork page has nothing to capture', async () => {
    const root = await mountPopup(fakeTab({ pageKind: null, capturing: false }));
    await waitFor(() => expect(root.textContent).toContain('Nothing to capture on this Upwork page'));
    expect(buttons(root, 'Capture this tab')).toHaveLength(0);
  });

  it('captures a capturable tab, disabling the button while it runs, and shows the outcome', async () => {
    let finish!: (outcome: CaptureOutcome) => void;
    const capture = vi.fn(() => new Promise<CaptureOutcome>((resolve) => (finish = resolve)));
    const root = await mountPopup(fakeTab({ pageKind: 'messages-room', capturing: false }, capture));
    const captureButton = await waitFor(() => button(root, 'Capture this tab'));
    await click(captureButton);
    expect(capture).toHaveBeenCalledOnce();
    expect(button(root, 'Capture this tab').disabled).toBe(true);

    const message = 'Captured 16 messages (3 new, 0 edited, 0 deleted)';
    finish({ status: 'captured', message, result: { captureId: 'c', conversationId: ROOM_A, conversationTitle: 'Dana', counts: { total: 16, new: 3, edited: 0, deleted: 0 } } });
    await waitFor(() => expect(root.querySelector('[role="status"]')?.textContent).toBe(message));
    expect(button(root, 'Capture this tab').disabled).toBe(false);
  });

  it('opens the dashboard', async () => {
    const openDashboard = vi.fn();
    const root = await mountPopup(fakeTab(null), openDashboard);
    await click(button(root, 'Open dashboard'));
    expect(openDashboard).toHaveBeenCalledOnce();
  });
});

describe('popup: what is kept of this tab', () => {
  const roomTab = () => fakeTab({ pageKind: 'messages-room', capturing: false }, undefined, ROOM_A_URL);

  it('says a conversation was never captured and offers no export', async () => {
    const root = await mountPopup(roomTab());
    await waitFor(() => expect(find(root, '.page-record').textContent).toBe('Not captured yet: nothing of this conversation is stored.'));
    expect(button(root, 'Export evidence').disabled).toBe(true);
    expect(button(root, 'Capture this tab').disabled).toBe(false);
  });

  it('says when the conversation was last captured and how many of its messages are stored', async () => {
    await store.db.conversations.bulkPut([storedConversation(ROOM_A, 'Dana Whitfield', { lastCapturedAt: '2026-03-20T15:00:00Z' }), storedConversation(ROOM_B, 'Sam Ortiz')]);
    await store.db.messages.bulkPut([storedMessage(1), storedMessage(2), storedMessage(3, { conversationId: ROOM_B })]);
    const root = await mountPopup(roomTab());
    const line = await waitFor(() => {
      const found = find(root, '.page-record');
      expect(found.textContent).toContain('2 messages stored');
      return found;
    });
    expect(line.textContent).toMatch(/^Last captured .+ · 2 messages stored$/);
    expect(find(line, 'time, .time').getAttribute('title')).toContain('UTC 2026-03-20 15:00');
  });

  it('exports the tab\'s conversation only, saying first how much', async () => {
    await store.db.conversations.bulkPut([storedConversation(ROOM_A, 'Dana Whitfield'), storedConversation(ROOM_B, 'Sam Ortiz')]);
    await store.db.messages.bulkPut([storedMessage(1), storedMessage(2), storedMessage(3, { conversationId: ROOM_B })]);
    const saveFile = vi.fn();
    const root = await mountPopup(roomTab(), vi.fn(), saveFile);
    await waitFor(() => expect(find(root, '.tab-export').textContent).toContain('Exports this conversation: 2 messages'));
    await click(button(root, 'Export evidence'));
    await waitFor(() => expect(find(root, '.tab-export [role="status"]').textContent).toMatch(/^Saved .+\.zip \(2 messages\)\.$/));
    expect(saveFile).toHaveBeenCalledOnce();
    const custody = await store.db.custody.toArray();
    expect(custody.filter((e) => e.event === 'exported').map((e) => e.detail)).toEqual([expect.objectContaining({ messages: 2, conversations: 1 })]);
  });

  it('says why a tab that is not an Upwork page cannot be captured, with nothing to export', async () => {
    const root = await mountPopup(fakeTab(null, undefined, 'https://example.com/'));
    await waitFor(() => expect(root.textContent).toContain('not an Upwork page'));
    expect(root.querySelector('.page-record')).toBeNull();
    expect(button(root, 'Export evidence').disabled).toBe(true);
  });
});

describe('popup: captured history', () => {
  beforeEach(async () => {
    await store.db.conversations.bulkPut([storedConversation(ROOM_A, 'Dana Whitfield'), storedConversation(ROOM_B, 'Sam Ortiz')]);
    await store.db.captures.bulkPut([
      storedCapture('cap_old', ROOM_B, '2026-03-19T15:00:00Z', { counts: { total: 4, new: 4, edited: 0, deleted: 0 } }),
      storedCapture('cap_new', ROOM_A, '2026-03-20T15:00:00Z', { counts: { total: 16, new: 3, edited: 1, deleted: 0 } }),
    ]);
    await store.db.messages.bulkPut([storedMessage(1), storedMessage(2)]);
  });

  it('lists captures newest first with title, page kind and counts', async () => {
    const root = await mountPopup(fakeTab(null));
    const entries = await waitFor(() => {
      const found = [...root.querySelectorAll('.capture-entry')];
      expect(found).toHaveLength(2);
      return found;
    });
    expect(entries.map((e) => e.querySelector('.capture-title')?.textContent)).toEqual(['Dana Whitfield', 'Sam Ortiz']);
    expect(entries[0]?.textContent).toContain('Messages · 16 messages, 3 new, 1 edited');
  });

  it('filters the recent captures by name', async () => {
    const root = await mountPopup(fakeTab(null));
    await waitFor(() => expect(root.querySelectorAll('.capture-entry')).toHaveLength(2));
    await type(labelled<HTMLInputElement>(root, 'Search history'), 'sam');
    await waitFor(() => expect([...root.querySelectorAll('.capture-title')].map((e) => e.textContent)).toEqual(['Sam Ortiz']));
    await type(labelled<HTMLInputElement>(root, 'Search history'), 'nobody');
    await waitFor(() => expect(root.textContent).toContain('No recent capture matches “nobody”'));
  });

  it('tags the entry\'s conversation in place and reflects it', async () => {
    const root = await mountPopup(fakeTab(null));
    const group = await waitFor(() => find(root, '[aria-label="Dispute type for Dana Whitfield"]'));
    await click(button(group, 'Billing'));
    await waitFor(() => expect(button(group, 'Billing').getAttribute('aria-pressed')).toBe('true'));
    expect((await store.db.conversations.get(ROOM_A))?.tags).toEqual(['billing']);
  });

  it('shows the conversation\'s latest messages, each taggable', async () => {
    const root = await mountPopup(fakeTab(null));
    const entry = await waitFor(() => find(root, '.capture-entry'));
    await click(button(entry, 'Show messages'));
    const first = await waitFor(() => find(entry, `[data-message-id="${storedMessage(1).id}"]`));
    expect(entry.querySelectorAll('.compact-message')).toHaveLength(2);
    await click(button(first, 'Tags T'));
    await click(button(first, 'Quality'));
    await waitFor(() => expect(button(first, 'Quality').getAttribute('aria-pressed')).toBe('true'));
    expect((await store.db.messages.get(storedMessage(1).id))?.tags).toEqual(['quality']);

    await click(find(first, 'input[type="checkbox"]'));
    await waitFor(async () => expect((await store.db.messages.get(storedMessage(1).id))?.key).toBe(true));
    await click(button(first, 'Add note N'));
    await type(find<HTMLTextAreaElement>(first, 'textarea'), 'Client approved this scope');
    await click(button(first, 'Save note'));
    await waitFor(async () => expect((await store.db.messages.get(storedMessage(1).id))?.note).toBe('Client approved this scope'));
    expect(button(entry, 'Hide messages').getAttribute('aria-expanded')).toBe('true');
  });
  it('shows custom tags in the colour the user chose, as the dashboard does, and tags messages with them', async () => {
    const red = /#d93f3f|rgb\(217, 63, 63\)/;
    await store.db.tags.put({ id: 'custom:refund', label: 'Refund', kind: 'custom', color: '#d93f3f' });
    await store.db.conversations.put({ ...storedConversation(ROOM_A, 'Dana Whitfield'), tags: ['custom:refund'] });
    const root = await mountPopup(fakeTab(null));
    const entry = await waitFor(() => find(root, '.capture-entry'));
    // The conversation's own custom tag, as a chip with its colour; the entry's toggles stay the dispute types.
    const chip = await waitFor(() => find<HTMLElement>(entry, '[aria-label="Tags of Dana Whitfield"] .tag-chip'));
    expect(chip.textContent).toBe('Refund');
    expect(chip.style.borderColor).toMatch(red);
    expect(find<HTMLElement>(chip, '.tag-swatch').style.backgroundColor).toMatch(red);
    expect(buttons(find(entry, '[aria-label="Dispute type for Dana Whitfield"]'), 'Refund')).toHaveLength(0);

    await click(button(entry, 'Show messages'));
    const first = await waitFor(() => find(entry, `[data-message-id="${storedMessage(1).id}"]`));
    await click(button(first, 'Tags T'));
    const toggle = find<HTMLButtonElement>(first, 'button.tag-toggle--custom');
    expect(toggle.textContent).toBe('Refund');
    expect(find<HTMLElement>(toggle, '.tag-swatch').style.backgroundColor).toMatch(red);
    await click(toggle);
    await waitFor(async () => expect((await store.db.messages.get(storedMessage(1).id))?.tags).toEqual(['custom:refund']));
    const set = await waitFor(() => find<HTMLElement>(first, '[aria-label="Tags set"] .tag-chip'));
    expect(set.style.borderColor).toMatch(red);
    expect(find<HTMLElement>(set, '.tag-swatch').style.backgroundColor).toMatch(red);
  });
});
