// Schema v8 adds the words index: a v7 store opens with every row kept, and search finds its
// messages once the index is built from them (no change was ever queued for it).
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openEvidenceDb } from '../../../src/storage';
import { searchAll } from '../../../src/storage/search/search-index';
import { V7_STORES } from '../helpers/shipped-schemas';
import { storedMessage } from '../ui/ui-fixtures';

describe('upgrading a schema v7 store to v8 (the words index)', () => {
  it('keeps every row, starts with no index, and builds it from the stored messages', async () => {
    const name = `migrate-v8-${Math.random()}`;
    const old = new Dexie(name);
    old.version(7).stores(V7_STORES);
    const rows = [storedMessage(1, { text: 'Milestone approved' }), storedMessage(2, { text: 'Refund <b>requested</b>', note: 'asked twice' })];
    await old.table('messages').bulkPut(rows);
    await old.table('conversations').put({ id: 'room_a', title: 'Ana' });
    old.close();

    const db = openEvidenceDb(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.messages.toArray()).toEqual(rows);
    expect(await db.conversations.toArray()).toEqual([{ id: 'room_a', title: 'Ana' }]);
    expect(await db.searchState.count()).toBe(0);
    expect((await searchAll(db, 'refund twice')).map((h) => h.id)).toEqual([rows[1]!.id]);
    expect((await db.searchState.get('words'))?.build).toBeNull();
    // Building the index changed no stored row.
    expect(await db.messages.toArray()).toEqual(rows);
    await db.delete();
  });
});
