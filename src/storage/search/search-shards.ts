// The words index as a page holds it. It is saved in shards of a few thousand records, so a search
// reads and searches the newest shard first and shows its matches while older shards are still
// being read. Shards built from the stored rows are numbered -1, -2, … going back in time; records
// that later writes queue (search-queue.ts) go to shards 0, 1, … A changed record moves to the
// newest shard, and any older copy is dropped from each shard as it is read, before it is searched.
import { MessageIndex, messageRecord, termsRecord, type IndexedRecord, type SearchHit } from '../../search/message-index';
import { TERMS_PREFIX } from '../../shared/search-words';
import type { EvidenceDb, SearchShardRow, SearchStateRow } from '../db';
import { readOlder, spanKey, undatedMessages } from '../review/message-span';

/** Records per shard: reading one (the page waits on it) stays within a frame or two. */
export const SHARD_SIZE = 1000;
/** Records indexed between two breaks while a shard is built, so the page stays responsive. */
const BUILD_SLICE = 250;

/** Another page saved the index since this page read it (or it cannot be read): read it again. */
export class StaleIndex extends Error {}

/** What one shard found, and whether older rows are still waiting to be indexed. */
export interface ShardHits {
  hits: SearchHit[];
  indexing: boolean;
}

const NOWHERE = Number.NaN;

function emptyState(): SearchStateRow {
  return { key: 'words', version: 0, seq: 0, shards: [], build: { before: null } };
}

export class SearchSession {
  private readonly loaded = new Map<number, Promise<MessageIndex>>();
  /** Saved record counts of the shards not loaded; a loaded shard counts itself. */
  private readonly counts = new Map<number, number>();
  /** Records changed since the saved state, by the shard holding their current words (NaN: gone). */
  private readonly moved = new Map<string, number>();
  private readonly dirty = new Set<number>();
  /** The queue entries taken in so far (the saved state holds up to state.seq). */
  private seq: number;
  /** Once searched, shards built here are kept, as the next search reads them anyway. */
  private searched = false;
  /** The saved versions this page knows (its own saves included): any other means another page saved. */
  private readonly known = new Set<number>();
  /** Catch-ups, build steps and saves, one at a time. */
  private busy: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: EvidenceDb,
    private state: SearchStateRow,
    private readonly shardSize: number,
  ) {
    this.seq = state.seq;
    this.known.add(state.version);
    for (const { shard, count } of state.shards) this.counts.set(shard, count);
  }

  static async open(db: EvidenceDb, shardSize = SHARD_SIZE): Promise<SearchSession> {
    return new SearchSession(db, (await db.searchState.get('words')) ?? emptyState(), shardSize);
  }

  get building(): boolean {
    return this.state.build !== null;
  }

  /** Each shard's matches, newest shard first; the caller stops reading when it no longer needs more. */
  async *search(query: string): AsyncGenerator<ShardHits> {
    this.searched = true;
    await this.catchUp();
    // Said at once, so the list can say it is searching (or indexing) before any shard is read.
    yield { hits: [], indexing: this.building };
    for (const shard of this.order()) yield { hits: (await this.shard(shard)).find(query), indexing: this.building };
    if (this.order().every((n) => this.loaded.has(n))) void this.saveInBackground();
  }

  /** Reads the newest shard and what was queued since, so a first search finds them ready. */
  async warm(): Promise<void> {
    await this.catchUp();
    const newest = this.order()[0];
    if (newest !== undefined) await this.shard(newest);
  }

  /** Builds the next shard of older rows from the store; false when every row is indexed. */
  buildStep(): Promise<boolean> {
    return this.serially(async () => {
      const build = this.state.build;
      if (!build) return false;
      const rows = await readOlder(this.db, undefined, build.before, this.shardSize);
      const records = rows.map(messageRecord);
      const done = rows.length < this.shardSize;
      // The oldest dated rows are reached: undated messages and contract terms come last.
      if (done) records.push(...(await undatedMessages(this.db, undefined)).map(messageRecord), ...(await this.db.terms.toArray()).map(termsRecord));
      const made = new Map<number, MessageIndex>();
      let shard = Math.min(0, ...this.counts.keys());
      for (let i = 0; i < records.length; i += this.shardSize) {
        const index = MessageIndex.empty();
        for (let j = i; j < Math.min(i + this.shardSize, records.length); j += BUILD_SLICE) {
          for (const record of records.slice(j, Math.min(j + BUILD_SLICE, i + this.shardSize))) if (!this.moved.has(record.id)) index.put(record);
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        made.set(--shard, index);
      }
      const next = { ...this.state, build: done ? null : { before: [...spanKey(rows[0]!, undefined)] } };
      await this.save(made, next);
      for (const [n, index] of made) {
        this.counts.set(n, index.size);
        if (this.searched) this.loaded.set(n, Promise.resolve(index));
      }
      return !done;
    });
  }

  /** Shard numbers, newest first. */
  private order(): number[] {
    return [...this.counts.keys()].sort((a, b) => b - a);
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.busy.then(work);
    this.busy = run.catch(() => undefined);
    return run;
  }

  /** Takes in the records queued since the last catch-up: each goes to the newest shard, or out. */
  private catchUp(): Promise<void> {
    return this.serially(async () => {
      // One read for both: on a dashboard just opened, each trip to the store is felt.
      const [saved, queued] = await this.db.transaction('r', [this.db.searchState, this.db.searchQueue], () =>
        Promise.all([this.db.searchState.get('words'), this.db.searchQueue.where(':id').above(this.seq).toArray()]),
      );
      this.checkVersion(saved);
      if (queued.length === 0) return;
      const ids = [...new Set(queued.map((q) => q.id))];
      const messageIds = ids.filter((id) => !id.startsWith(TERMS_PREFIX));
      const termsIds = ids.filter((id) => id.startsWith(TERMS_PREFIX)).map((id) => id.slice(TERMS_PREFIX.length));
      const [messages, terms] = await Promise.all([this.db.messages.bulkGet(messageIds), this.db.terms.bulkGet(termsIds)]);
      const records = new Map<string, IndexedRecord | null>();
      messages.forEach((m, i) => records.set(messageIds[i]!, m ? messageRecord(m) : null));
      terms.forEach((t, i) => records.set(TERMS_PREFIX + termsIds[i]!, t ? termsRecord(t) : null));
      const loaded = await this.loadedShards();
      for (const [id, record] of records) {
        for (const [n, index] of loaded) if (index.has(id)) this.drop(n, index, id);
        if (!record) {
          this.moved.set(id, NOWHERE);
          continue;
        }
        const [n, index] = await this.openShard();
        index.put(record);
        this.dirty.add(n);
        this.moved.set(id, n);
      }
      this.seq = queued.at(-1)!.seq!;
    });
  }

  private checkVersion(saved: SearchStateRow | undefined): void {
    if (!this.known.has(saved?.version ?? 0)) throw new StaleIndex('The search index was saved by another page.');
  }

  private drop(n: number, index: MessageIndex, id: string): void {
    index.remove(id);
    this.dirty.add(n);
  }

  private async loadedShards(): Promise<[number, MessageIndex][]> {
    return Promise.all([...this.loaded].map(async ([n, index]) => [n, await index] as [number, MessageIndex]));
  }

  /** The newest shard with room for one more record (a new one when it is full). */
  private async openShard(): Promise<[number, MessageIndex]> {
    const top = Math.max(-1, ...this.counts.keys());
    if (top >= 0) {
      const index = await this.shard(top);
      if (index.size < this.shardSize) return [top, index];
    }
    const index = MessageIndex.empty();
    this.counts.set(top + 1, 0);
    this.loaded.set(top + 1, Promise.resolve(index));
    return [top + 1, index];
  }

  private shard(n: number): Promise<MessageIndex> {
    let index = this.loaded.get(n);
    if (!index) {
      index = this.read(n);
      this.loaded.set(n, index);
      index.catch(() => this.loaded.delete(n));
    }
    return index;
  }

  private async read(n: number): Promise<MessageIndex> {
    const [row, saved] = await this.db.transaction('r', [this.db.searchShards, this.db.searchState], () =>
      Promise.all([this.db.searchShards.get(n), this.db.searchState.get('words')]),
    );
    this.checkVersion(saved);
    let index: MessageIndex;
    try {
      index = row ? MessageIndex.load(row.json) : MessageIndex.empty();
    } catch {
      await resetSearchIndex(this.db);
      throw new StaleIndex('A shard of the search index could not be read; it is built again.');
    }
    // Records changed since the state was saved have their current words elsewhere.
    for (const [id, home] of this.moved) if (home !== n && index.has(id)) this.drop(n, index, id);
    return index;
  }

  /** Once every shard is read and cleaned and the build is done, the changes taken in are saved. */
  private saveInBackground(): Promise<void> {
    return this.serially(async () => {
      if (this.building || (this.dirty.size === 0 && this.seq === this.state.seq)) return;
      const shards = new Map<number, MessageIndex>();
      for (const n of this.dirty) shards.set(n, await this.shard(n));
      this.dirty.clear();
      await this.save(shards, { ...this.state, seq: this.seq });
      this.moved.clear();
    }).catch((error: unknown) => console.warn('Evidence Locker: saving the search index failed; the queued changes are taken in again next time', error));
  }

  /** Writes shards and the state in one go, unless another page saved first; drops the queue they hold. */
  private async save(shards: ReadonlyMap<number, MessageIndex>, next: SearchStateRow): Promise<void> {
    const rows: SearchShardRow[] = [];
    for (const [shard, index] of shards) {
      await index.sweep();
      rows.push({ shard, json: index.toJSON() });
    }
    const counts = new Map(this.counts);
    for (const [n, index] of shards) counts.set(n, index.size);
    for (const [n, index] of await this.loadedShards()) counts.set(n, index.size);
    const state: SearchStateRow = { ...next, version: this.state.version + 1, shards: [...counts].map(([shard, count]) => ({ shard, count })) };
    await this.db.transaction('rw', [this.db.searchShards, this.db.searchState, this.db.searchQueue], async () => {
      const saved = await this.db.searchState.get('words');
      if ((saved?.version ?? 0) !== this.state.version) throw new StaleIndex('The search index was saved by another page.');
      this.known.add(state.version);
      await this.db.searchShards.bulkPut(rows);
      await this.db.searchState.put(state);
      await this.db.searchQueue.where(':id').belowOrEqual(state.seq).delete();
    });
    this.state = state;
  }
}

/** Forgets the saved index (one that cannot be read); it is built again from the stored rows. */
export async function resetSearchIndex(db: EvidenceDb): Promise<void> {
  await db.transaction('rw', [db.searchShards, db.searchState], async () => {
    await db.searchShards.clear();
    await db.searchState.delete('words');
  });
}
