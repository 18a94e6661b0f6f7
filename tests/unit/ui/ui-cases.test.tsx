// Cases in the dashboard: New case, Case name, selecting a case shows its evidence and makes
// Export evidence export only it; exhibits and the statement follow the key evidence.
import { describe, expect, it, vi } from 'vitest';
import type { EvidenceSet } from '../../../src/shared/model';
import { DashboardApp } from '../../../src/ui/dashboard/dashboard-app';
import { button, click, find, labelled, ROOM_A, ROOM_B, storedConversation, storedMessage, throwawayStore, type, waitFor } from './ui-fixtures';

const built = vi.hoisted(() => ({ sets: [] as EvidenceSet[] }));
vi.mock('../../../src/export', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/export')>()),
  buildBundle: async (set: EvidenceSet) => {
    built.sets.push(set);
    return new Map([['datapackage.json', new TextEncoder().encode(JSON.stringify({ name: 'upwork-evidence-case' }))]]);
  },
  signBundleFiles: async (files: Map<string, Uint8Array>) => files,
  zipBundle: async () => new Uint8Array([80, 75, 5, 6]),
  exhibitCards: () => [],
}));

const store = throwawayStore();

describe('cases in the dashboard', () => {
  it('creates a case, adds a room, numbers its key evidence and exports only the case', async () => {
    await store.db.conversations.bulkPut([storedConversation(ROOM_A, 'Dana Whitfield'), storedConversation(ROOM_B, 'Sam Ortiz')]);
    await store.db.messages.bulkPut([storedMessage(1, { text: 'Scope agreed', key: true }), storedMessage(2), storedMessage(3, { conversationId: ROOM_B, text: 'Other room' })]);
    const root = await store.mount(<DashboardApp software={{ name: 'Evidence Locker', version: '0.1.0' }} saveFile={vi.fn()} />);
    await waitFor(() => expect(root.querySelectorAll('article')).toHaveLength(3));

    await click(button(root, 'New case'));
    await type(labelled<HTMLInputElement>(root, 'Case name'), 'Milestone 2 not released');
    await click(button(root, 'Create case'));
    const cases = find(root, 'nav[aria-label="Cases"]');
    await waitFor(() => expect(cases.textContent).toContain('Milestone 2 not released'));
    await waitFor(() => expect(find(root, 'section[aria-label="What the case covers"]').textContent).toContain('Dana Whitfield'));

    const roomBox = [...root.querySelectorAll<HTMLInputElement>('section[aria-label="What the case covers"] input[type=checkbox]')].find((b) => b.parentElement?.textContent?.includes('Dana Whitfield'))!;
    await click(roomBox);
    await waitFor(() => expect(root.querySelectorAll('article')).toHaveLength(2));
    await waitFor(() => expect(find(root, 'section[aria-label="Exhibits"] li').textContent).toContain('Scope agreed'));
    expect(find(root, '.exhibit-number').textContent).toBe('E-1');
    expect(labelled<HTMLTextAreaElement>(root, 'Statement (draft generated from the case)').value).toContain('E-1');
    expect(find(root, 'section[aria-label="Deadlines"]').textContent).toContain('Add the contract to the case');

    await click(button(root, 'Export evidence'));
    await waitFor(() => expect(built.sets).toHaveLength(1));
    const set = built.sets[0]!;
    expect(set.scope.description).toBe('Case: Milestone 2 not released');
    expect(set.messages.map((m) => m.conversationId)).toEqual([ROOM_A, ROOM_A]);
    expect(set.cases?.map((c) => c.exhibits.map((e) => e.number))).toEqual([['E-1']]);
  });
});
