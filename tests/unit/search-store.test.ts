// The saved words index: built once from the rows, then caught up by the records each write queues.
import { describe, expect, it } from 'vitest';
import { openEvidenceDb, setNote } from '../../src/storage';
import { queueForSearch } from '../../src/storage/search-queue';
import { searchMessageIds } from '../../src/storage/search-index';
import { storedMessage, throwawayStore } from './ui-fixtures';

const store = throwawayStore();

describe('the saved search index', () => {
  it('is built from the stored rows once, then takes in only queued changes', async () => {
    const db = store.db;
    await db.messages.bulkPut([storedMessage(1, { text: 'Milestone approved' }), storedMessage(2, { text: 'Refund requested' })]);
    expect(await searchMessageIds(db, 'milestone')).toEqual(new Set([storedMessage(1).id]));
    const saved = await db.searchIndex.get('words');
    expect(saved?.json).toContain('milestone');

    // A note (written by the review functions) is queued in its own transaction and found next time.
    await setNote(db, { type: 'message', id: storedMessage(2).id }, 'client changed scope');
    expect(await searchMessageIds(db, 'scope')).toEqual(new Set([storedMessage(2).id]));
    expect(await db.searchQueue.count()).toBe(0);

    // A row written without being queued is not seen: the index is not rebuilt on each search.
    await db.messages.put(storedMessage(3, { text: 'Milestone late' }));
    expect(await searchMessageIds(db, 'milestone')).toEqual(new Set([storedMessage(1).id]));
    await queueForSearch(db, [storedMessage(3).id, storedMessage(1).id]);
    await db.messages.delete(storedMessage(1).id);
    expect(await searchMessageIds(db, 'milestone')).toEqual(new Set([storedMessage(3).id]));
  });

  it('is loaded from what another page saved, without reading the rows again', async () => {
    const db = store.db;
    await db.messages.put(storedMessage(1, { text: 'Invoice sent' }));
    expect((await searchMessageIds(db, 'invoice')).size).toBe(1);
    // The first search built the index from the rows and saved it before answering.
    const other = openEvidenceDb(db.name);
    await other.messages.clear();
    expect(await searchMessageIds(other, 'invoice')).toEqual(new Set([storedMessage(1).id]));
    other.close();
  });
});
