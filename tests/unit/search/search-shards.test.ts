// The saved words index in shards: built from the stored rows newest first, caught up by the
// records each write queues, saved without what was deleted, and read again by another page.
import { describe, expect, it } from 'vitest';
import { openEvidenceDb, setNote } from '../../../src/storage';
import type { EvidenceDb } from '../../../src/storage';
import { searchAll, watchWordSearch, type WordSearch } from '../../../src/storage/search/search-index';
import { SearchSession, type ShardHits } from '../../../src/storage/search/search-shards';
import { storedMessage, throwawayStore } from '../ui/ui-fixtures';

const store = throwawayStore();
const id = (n: number) => storedMessage(n).id;

/** What each shard found, in the order the session searched them. */
async function perShard(session: SearchSession, query: string): Promise<string[][]> {
  const batches: ShardHits[] = [];
  for await (const batch of session.search(query)) batches.push(batch);
  return batches.slice(1).map((b) => b.hits.map((h) => h.id).sort());
}

async function builtSession(db: EvidenceDb, shardSize: number): Promise<SearchSession> {
  const session = await SearchSession.open(db, shardSize);
  while (await session.buildStep());
  return session;
}

const ids = async (db: EvidenceDb, query: string) => new Set((await searchAll(db, query)).map((h) => h.id));

/** Rows stored before the store had a words index (an upgrade): nothing is queued for them, the build reads them. */
async function storedBeforeIndex(db: EvidenceDb, rows: ReturnType<typeof storedMessage>[]): Promise<void> {
  await db.messages.bulkPut(rows);
  await db.searchQueue.clear();
}

describe('the words index in shards', () => {
  it('is built from the stored rows in shards, the newest first, and searched in that order', async () => {
    const db = store.db;
    await storedBeforeIndex(db, [...[1, 2, 3, 4, 5, 6, 7].map((n) => storedMessage(n, { text: `Milestone ${n} approved` })), storedMessage(8, { text: 'Milestone undated', sentAt: null })]);
    const session = await SearchSession.open(db, 3);
    expect(session.building).toBe(true);
    expect(await session.buildStep()).toBe(true);
    // One shard built: the three newest messages are searchable, older ones not yet.
    expect(await perShard(session, 'milestone')).toEqual([[id(5), id(6), id(7)]]);
    while (await session.buildStep());
    expect(session.building).toBe(false);
    // Undated messages come last, with the oldest.
    expect(await perShard(session, 'milestone')).toEqual([[id(5), id(6), id(7)], [id(2), id(3), id(4)], [id(1), id(8)]]);
    expect((await db.searchState.get('words'))?.shards.map((s) => s.shard)).toEqual([-1, -2, -3]);
  });

  it('takes in queued changes: an edit or note moves a record to the newest shard, a deletion takes it out', async () => {
    const db = store.db;
    await storedBeforeIndex(db, [1, 2, 3, 4, 5].map((n) => storedMessage(n, { text: `Invoice ${n}` })));
    const session = await builtSession(db, 2);
    // Each write queues what it changed, whoever writes it.
    await db.messages.put(storedMessage(1, { text: 'Refund requested' }));
    await db.messages.put(storedMessage(9, { text: 'Invoice late' }));
    await db.messages.delete(id(4));
    await setNote(db, { type: 'message', id: id(2) }, 'client changed scope');
    // Queued records fill shards 0, 1, … searched first; their old words are gone from the older shards.
    expect(await perShard(session, 'invoice')).toEqual([[id(2)], [id(9)], [id(5)], [id(3)], []]);
    expect(await perShard(session, 'refund')).toEqual([[], [id(1)], [], [], []]);
    expect(await perShard(session, 'scope')).toEqual([[id(2)], [], [], [], []]);
  });

  it('saves what it took in once every shard is read, so another page reads it without the rows', async () => {
    const db = store.db;
    await storedBeforeIndex(db, [1, 2, 3].map((n) => storedMessage(n, { text: `Contract ${n}` })));
    await builtSession(db, 2);
    await db.messages.put(storedMessage(2, { text: 'Contract withdrawn' }));
    await db.messages.delete(id(3));
    const session = await SearchSession.open(db, 2);
    await perShard(session, 'contract');
    await waitUntil(async () => (await db.searchQueue.count()) === 0);
    // Deleted words leave the saved index, not only the list.
    const saved = await db.searchShards.toArray();
    expect(saved.some((row) => row.json.includes('"3"'))).toBe(false);
    const other = openEvidenceDb(db.name);
    // The rows go behind the index's back (nothing queued): what is found comes from the saved shards alone.
    await other.messages.clear();
    await other.searchQueue.clear();
    const again = await SearchSession.open(other, 2);
    expect((await perShard(again, 'contract')).flat().sort()).toEqual([id(1), id(2)]);
    expect((await perShard(again, 'withdrawn')).flat()).toEqual([id(2)]);
    other.close();
  });

  it('reads the index again when another page saved it meanwhile', async () => {
    const db = store.db;
    await db.messages.bulkPut([storedMessage(1, { text: 'Deadline friday' })]);
    expect(await ids(db, 'deadline')).toEqual(new Set([id(1)]));
    // Another page takes in a change and saves, dropping the queue entry this page has not seen.
    const other = openEvidenceDb(db.name);
    await other.messages.put(storedMessage(2, { text: 'Deadline moved' }));
    await perShard(await SearchSession.open(other), 'deadline');
    await waitUntil(async () => (await db.searchQueue.count()) === 0);
    other.close();
    expect(await ids(db, 'deadline moved')).toEqual(new Set([id(2)]));
  });

  it('builds the index again when a saved shard cannot be read', async () => {
    const db = store.db;
    await db.messages.bulkPut([storedMessage(1, { text: 'Payment sent' })]);
    expect(await ids(db, 'payment')).toEqual(new Set([id(1)]));
    await db.searchShards.toCollection().modify({ json: '{not json' });
    const fresh = openEvidenceDb(db.name);
    expect(await ids(fresh, 'payment')).toEqual(new Set([id(1)]));
    fresh.close();
  });

  it('takes markup and pattern characters as plain words, and never throws on them', async () => {
    const db = store.db;
    await db.messages.bulkPut([storedMessage(1, { text: 'Price (fixed) is $500 <b>final</b>' }), storedMessage(2, { text: 'a\\b .* end' })]);
    for (const hostile of ['<script>', '.*', '(', '\\', '[a-z]+', '$^|?']) expect(await ids(db, hostile), hostile).toEqual(new Set());
    expect(await ids(db, '<b>final</b>')).toEqual(new Set([id(1)]));
    expect(await ids(db, '(fixed')).toEqual(new Set([id(1)]));
    expect(await ids(db, 'a\\b')).toEqual(new Set([id(2)]));
  });

  it('tells a watcher its matches, says when it is done, and follows new captures', async () => {
    const db = store.db;
    await db.messages.bulkPut([storedMessage(1, { text: 'Logo drafts' })]);
    const seen: WordSearch[] = [];
    const stop = watchWordSearch(db, 'logo', (search) => seen.push(search));
    await waitUntil(async () => seen.some((s) => !s.searching && !s.indexing && s.hits.length === 1));
    await db.messages.put(storedMessage(2, { text: 'Logo final' }));
    await waitUntil(async () => seen.at(-1)?.hits.length === 2 && !seen.at(-1)!.searching);
    stop();
  });
});

async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The condition never held.');
}
