// Deleting a conversation from the dashboard: it asks first (naming what goes, offering an
// export), cancel leaves everything, confirm deletes and the status line says what went.
import { describe, expect, it } from 'vitest';
import { DashboardApp } from '../../../src/ui/dashboard/dashboard-app';
import { button, buttons, click, find, ROOM_A, ROOM_B, storedCapture, storedConversation, storedMessage, throwawayStore, waitFor } from './ui-fixtures';

const store = throwawayStore();

async function open(): Promise<HTMLElement> {
  await store.db.captures.bulkPut([storedCapture('cap_1', ROOM_A, '2026-03-20T15:00:00Z', { messageIds: [storedMessage(1).id, storedMessage(2).id] }), storedCapture('cap_2', ROOM_B, '2026-03-19T15:00:00Z')]);
  await store.db.conversations.bulkPut([storedConversation(ROOM_A, 'Dana Whitfield'), storedConversation(ROOM_B, 'Sam Ortiz', { captureIds: ['cap_2'] })]);
  await store.db.messages.bulkPut([storedMessage(1), storedMessage(2), storedMessage(3, { conversationId: ROOM_B })]);
  const root = await store.mount(<DashboardApp software={{ name: 'Evidence Locker', version: '0.1.0' }} saveFile={async () => undefined} />);
  const room = await waitFor(() => {
    const found = [...find(root, 'nav[aria-label="Conversations"]').querySelectorAll('button')].find((b) => (b.textContent ?? '').startsWith('Dana Whitfield'));
    expect(found).toBeDefined();
    return found!;
  });
  await click(room);
  await click(await waitFor(() => button(find(root, '.conversation-header'), 'Delete')));
  return root;
}

const question = (root: HTMLElement) => root.querySelector('[role="alertdialog"]');

describe('deleting a conversation', () => {
  it('asks first, naming the messages and captures, and cancel deletes nothing', async () => {
    const root = await open();
    const asked = await waitFor(() => {
      expect(question(root)?.textContent).toContain('2 messages and 1 capture');
      return question(root)!;
    });
    expect(asked.textContent).toContain('Dana Whitfield');
    expect(buttons(asked, 'Export evidence')).toHaveLength(1);
    await click(button(asked, 'Cancel'));
    expect(question(root)).toBeNull();
    expect(await store.db.messages.count()).toBe(3);
    expect(await store.db.conversations.count()).toBe(2);
    expect((await store.db.custody.toArray()).filter((e) => e.event === 'deleted')).toEqual([]);
  });

  it('deletes on confirm, leaves the other conversation, and says what went', async () => {
    const root = await open();
    await click(await waitFor(() => button(question(root)!, 'Delete conversation')));
    await waitFor(() => expect(find(root, '[role="status"]').textContent).toBe('Deleted “Dana Whitfield”: 2 messages, 1 capture, 0 stored files'));
    expect(await store.db.conversations.toCollection().primaryKeys()).toEqual([ROOM_B]);
    expect((await store.db.messages.toArray()).map((m) => m.conversationId)).toEqual([ROOM_B]);
    expect((await store.db.custody.toArray()).filter((e) => e.event === 'deleted').map((e) => e.subject)).toEqual([ROOM_A]);
  });
});

describe('deleting one capture of a conversation', () => {
  async function openCaptures(): Promise<HTMLElement> {
    const [one, two] = [storedMessage(1).id, storedMessage(2).id];
    await store.db.captures.bulkPut([
      storedCapture('cap_1', ROOM_A, '2026-03-20T15:00:00Z', { messageIds: [one, two] }),
      storedCapture('cap_3', ROOM_A, '2026-03-21T15:00:00Z', { messageIds: [two] }),
      storedCapture('cap_2', ROOM_B, '2026-03-19T15:00:00Z'),
    ]);
    await store.db.conversations.bulkPut([
      storedConversation(ROOM_A, 'Dana Whitfield', { captureIds: ['cap_1', 'cap_3'], lastCapturedAt: '2026-03-21T15:00:00Z' }),
      storedConversation(ROOM_B, 'Sam Ortiz', { captureIds: ['cap_2'] }),
    ]);
    await store.db.messages.bulkPut([storedMessage(1), storedMessage(2, { captureIds: ['cap_1', 'cap_3'] }), storedMessage(3, { conversationId: ROOM_B, captureIds: ['cap_2'] })]);
    const root = await store.mount(<DashboardApp software={{ name: 'Evidence Locker', version: '0.1.0' }} saveFile={async () => undefined} />);
    const room = await waitFor(() => {
      const found = [...find(root, 'nav[aria-label="Conversations"]').querySelectorAll('button')].find((b) => (b.textContent ?? '').startsWith('Dana Whitfield'));
      expect(found).toBeDefined();
      return found!;
    });
    await click(room);
    await waitFor(() => expect(find(root, '.record-captures summary').textContent).toBe('Captures (2)'));
    return root;
  }
  const deleteButtons = (root: HTMLElement) => [...root.querySelectorAll<HTMLButtonElement>('.record-captures button')].filter((b) => b.textContent === 'Delete');

  it('lists the captures newest first and asks first, naming the messages only that capture saw; cancel deletes nothing', async () => {
    const root = await openCaptures();
    const items = [...root.querySelectorAll('.record-capture')];
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime'))).toEqual(['2026-03-21T15:00:00Z', '2026-03-20T15:00:00Z']);
    expect(deleteButtons(root)[1]!.getAttribute('aria-label')).toMatch(/^Delete the capture of /);
    await click(deleteButtons(root)[1]!);
    const asked = await waitFor(() => {
      expect(question(root)?.textContent).toContain('1 message that no other capture saw');
      return question(root)!;
    });
    expect(buttons(asked, 'Export its conversation')).toHaveLength(1);
    await click(button(asked, 'Cancel'));
    expect(await store.db.captures.count()).toBe(3);
    expect(await store.db.messages.count()).toBe(3);
    expect((await store.db.custody.toArray()).filter((e) => e.event === 'deleted')).toEqual([]);
  });

  it('deletes on confirm: only what that capture alone held goes, the conversation stays, custody says so', async () => {
    const root = await openCaptures();
    await click(deleteButtons(root)[1]!);
    await click(await waitFor(() => button(question(root)!, 'Delete capture')));
    await waitFor(() => expect(find(root, '[role="status"]').textContent).toMatch(/^Deleted “capture of .+”: 1 message, 1 capture, 0 stored files$/));
    expect((await store.db.captures.toCollection().primaryKeys()).sort()).toEqual(['cap_2', 'cap_3']);
    expect((await store.db.messages.toCollection().primaryKeys()).sort()).toEqual([storedMessage(2).id, storedMessage(3).id].sort());
    expect(await store.db.conversations.get(ROOM_A)).toMatchObject({ captureIds: ['cap_3'] });
    expect((await store.db.custody.toArray()).filter((e) => e.event === 'deleted').map((e) => e.subject)).toEqual(['cap_1']);
    // The conversation is still shown, now with one capture.
    await waitFor(() => expect(find(root, '.record-captures summary').textContent).toBe('Captures (1)'));
    expect(find(root, '.conversation-header h2').textContent).toBe('Dana Whitfield');
  });
});
