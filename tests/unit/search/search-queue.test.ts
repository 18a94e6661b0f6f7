// The search queue is kept under every writer (storage/write-upkeep.ts): a write that changes what
// search reads of a message or terms record queues it in the same transaction, whoever wrote it,
// and a write that fails leaves no entry behind.
import { describe, expect, it } from 'vitest';
import { setKey, setNote, setTag } from '../../../src/storage';
import { TERMS_PREFIX } from '../../../src/shared/search-words';
import { storedMessage, throwawayStore } from '../ui/ui-fixtures';
import { fixtureRecord, storedTerms } from '../ui/ui-terms-fixtures';
import { failWrite } from '../faults/failing-writes';

const store = throwawayStore();
const id = (n: number) => storedMessage(n).id;
const queued = async () => (await store.db.searchQueue.toArray()).map((q) => q.id);

describe('the search queue, kept under every writer', () => {
  it('names what a writer of its own adds, edits or deletes, even in a transaction that named only messages', async () => {
    const db = store.db;
    await db.transaction('rw', [db.messages], async () => {
      await db.messages.bulkPut([storedMessage(1), storedMessage(2), storedMessage(3)]);
      await db.messages.put(storedMessage(2, { text: 'Scope changed' }));
    });
    expect(await queued()).toEqual([id(1), id(2), id(3), id(2)]);
    await db.searchQueue.clear();
    // Only what search reads moves it: a capture id or a tag does not, a note or a deletion does.
    await db.messages.put(storedMessage(1, { captureIds: ['cap_1', 'cap_2'] }));
    await setTag(db, { type: 'message', id: id(1) }, 'scope', true);
    await setKey(db, { type: 'message', id: id(1) }, true);
    expect(await queued()).toEqual([]);
    await setNote(db, { type: 'message', id: id(3) }, 'asked twice');
    await db.messages.bulkDelete([id(2), 'story_never_stored']);
    await db.messages.where('id').equals(id(1)).delete();
    expect(await queued()).toEqual([id(3), id(2), id(1)]);
  });

  it('names contract terms with their prefix when they are written, noted or deleted', async () => {
    const db = store.db;
    const terms = storedTerms(fixtureRecord('contract-fixed'));
    await db.terms.put(terms);
    await db.terms.put({ ...terms, captureIds: ['cap_1', 'cap_2'] });
    await setNote(db, { type: 'terms', id: terms.id }, 'milestone 2 disputed');
    await db.terms.delete(terms.id);
    expect(await queued()).toEqual([TERMS_PREFIX + terms.id, TERMS_PREFIX + terms.id, TERMS_PREFIX + terms.id]);
  });

  it('leaves no entry when the write is undone: an error in the transaction, or a bulk add refused', async () => {
    const db = store.db;
    await expect(
      db.transaction('rw', [db.messages], async () => {
        await db.messages.put(storedMessage(1));
        throw new Error('the writer changed its mind');
      }),
    ).rejects.toThrow('changed its mind');
    expect(await db.messages.count()).toBe(0);
    expect(await queued()).toEqual([]);
    // A bulk add whose failures the writer catches: only the rows that went in are named.
    await db.messages.put(storedMessage(1));
    await db.searchQueue.clear();
    await db.transaction('rw', [db.messages], async () => {
      await db.messages.bulkAdd([storedMessage(1, { text: 'again' }), storedMessage(2)]).catch(() => undefined);
    });
    expect(await queued()).toEqual([id(2)]);
    // A full disk under the queue entry undoes the whole transaction, even for a writer that catches the error.
    const full = failWrite('searchQueue', 1, 'quota');
    try {
      await expect(
        db.transaction('rw', [db.messages], async () => {
          await db.messages.put(storedMessage(3)).catch(() => undefined);
          await db.messages.put(storedMessage(4));
        }),
      ).rejects.toThrow();
    } finally {
      full.restore();
    }
    expect((await db.messages.toCollection().primaryKeys()).sort()).toEqual([id(1), id(2)]);
    expect(await queued()).toEqual([id(2)]);
  });

  it('refuses, in plain words, a write in a transaction that does not hold the queue', async () => {
    const db = store.db;
    const narrow = db.backendDB().transaction(['messages'], 'readwrite');
    expect(() => db.messages.core.mutate({ type: 'put', trans: narrow, values: [storedMessage(1)] })).toThrow(/without searchQueue, conversations/);
    narrow.abort();
  });
});
