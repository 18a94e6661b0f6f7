// Search as the pages use it: one index session per open store (search-shards.ts), searched shard
// by shard with the newest first, re-run when a write queues a change or the index is saved; and
// the first build of an index for a store that has none (an upgrade), in slices between pauses.
import { liveQuery } from 'dexie';
import type { SearchHit } from '../../search/message-index';
import type { EvidenceDb } from '../db';
import { SearchSession, StaleIndex, type ShardHits } from './search-shards';

/** What a search has found so far. */
export interface WordSearch {
  hits: SearchHit[];
  /** Older shards are still being searched: more hits may come. */
  searching: boolean;
  /** Some stored messages are not indexed yet (a first build under way): they are not searched. */
  indexing: boolean;
}

const sessions = new WeakMap<EvidenceDb, Promise<SearchSession>>();

function session(db: EvidenceDb): Promise<SearchSession> {
  let open = sessions.get(db);
  if (!open) {
    open = SearchSession.open(db);
    sessions.set(db, open);
  }
  return open;
}

/** Runs `work` on this page's session; when another page saved the index meanwhile, on a fresh one. */
async function withSession<T>(db: EvidenceDb, work: (s: SearchSession) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const current = session(db);
    try {
      return await work(await current);
    } catch (error) {
      if (!(error instanceof StaleIndex) || attempt >= 3) throw error;
      if (sessions.get(db) === current) sessions.delete(db);
    }
  }
}

/** Each shard's matches as they are found, newest shard first. */
export async function* searchShards(db: EvidenceDb, query: string): AsyncGenerator<ShardHits> {
  for (let attempt = 0; ; attempt++) {
    const current = session(db);
    try {
      for await (const batch of (await current).search(query)) {
        // Rows not indexed yet (an upgrade, or an index that had to be dropped) are indexed meanwhile.
        if (batch.indexing) void buildInBackground(db, nextTask);
        yield batch;
      }
      return;
    } catch (error) {
      if (!(error instanceof StaleIndex) || attempt >= 3) throw error;
      if (sessions.get(db) === current) sessions.delete(db);
    }
  }
}

/** Every match of a query, once every stored row is indexed (and indexed again, should the index have to be dropped). */
export async function searchAll(db: EvidenceDb, query: string): Promise<SearchHit[]> {
  for (let attempt = 0; ; attempt++) {
    await buildInBackground(db, async () => true);
    const found = new Map<string, SearchHit>();
    let indexing = false;
    for await (const batch of searchShards(db, query)) {
      indexing = batch.indexing;
      for (const hit of batch.hits) found.set(hit.id, hit);
    }
    if (!indexing || attempt >= 2) return [...found.values()];
  }
}

/** Resolves once the page is idle (its list has read and drawn what it was given), or after a short wait. */
function settle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in globalThis) requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 0);
  });
}

/** The longest a search holds the page before it lets other work run. */
const YIELD_EVERY_MS = 20;

/** How often a search still under way shows what it has: often enough to feel live, seldom enough to stay cheap. */
const SHOW_EVERY_MS = 150;

/**
 * Searches `query` and tells `onChange` what it found, first as soon as the newest shard has
 * matches, then as older shards are read, and again whenever the store changes what search reads.
 * Returns a function that stops it.
 */
export function watchWordSearch(db: EvidenceDb, query: string, onChange: (search: WordSearch) => void): () => void {
  let stopped = false;
  let running = false;
  let again = false;
  // A search run again because the store changed shows what it found once it is done, so the
  // matches on screen do not blink away meanwhile.
  const go = async (quiet: boolean) => {
    const found = new Map<string, SearchHit>();
    let shownAt = -Infinity;
    let shownAny = false;
    let indexing = false;
    let yieldedAt = performance.now();
    try {
      for await (const batch of searchShards(db, query)) {
        if (stopped) return;
        // Shards already read are searched without waiting on the store: the page gets its turn now and then.
        if (performance.now() - yieldedAt > YIELD_EVERY_MS) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          yieldedAt = performance.now();
        }
        indexing = batch.indexing;
        for (const hit of batch.hits) found.set(hit.id, hit);
        const now = performance.now();
        // The first matches are shown at once; after them, at most every SHOW_EVERY_MS.
        if (!quiet && ((!shownAny && found.size > 0) || now - shownAt > SHOW_EVERY_MS)) {
          shownAt = now;
          shownAny = found.size > 0;
          onChange({ hits: [...found.values()], searching: true, indexing });
          // Reading the next shard holds the page for a moment: the list first reads and shows these.
          if (found.size > 0) await settle();
        }
      }
    } catch (error) {
      // A search no one watches any more (its page closed the store) failed for no one.
      if (!stopped) console.error('Evidence Locker: searching failed', error);
    }
    if (!stopped) onChange({ hits: [...found.values()], searching: false, indexing });
  };
  // One run at a time: a change seen meanwhile runs the search again once the current run is done.
  const run = (quiet: boolean) => {
    running = true;
    void go(quiet).finally(() => {
      running = false;
      if (again && !stopped) {
        again = false;
        run(true);
      }
    });
  };
  // The search starts at once; the watch (a capture, import, note or deletion queues the records it
  // changed; a save or build step changes the state) runs it again on changes.
  run(false);
  const changes = liveQuery(() => Promise.all([db.searchQueue.orderBy(':id').lastKey(), db.searchState.get('words')]));
  const subscription = changes.subscribe({
    next: () => {
      if (running) again = true;
      else run(true);
    },
    error: (error: unknown) => console.error('Evidence Locker: watching the search index failed', error),
  });
  return () => {
    stopped = true;
    subscription.unsubscribe();
  };
}

const builds = new WeakMap<EvidenceDb, Promise<void>>();

const nextTask = () => new Promise<boolean>((resolve) => setTimeout(() => resolve(true), 0));

/** Indexes the rows not indexed yet, a shard after each `pause`; one build at a time per page and store. */
function buildInBackground(db: EvidenceDb, pause: () => Promise<boolean>): Promise<void> {
  let build = builds.get(db);
  if (!build) {
    build = (async () => {
      while (await pause()) if (!(await withSession(db, (s) => s.buildStep()))) return;
    })()
      .catch((error: unknown) => {
        // A page closing its store mid-build is no failure: the next page builds on from the saved state.
        if ((error as Error | null)?.name !== 'DatabaseClosedError') console.warn('Evidence Locker: building the search index failed; search says what is not indexed yet', error);
      })
      .finally(() => builds.delete(db));
    builds.set(db, build);
  }
  return build;
}

/** For a page about to search: reads the session, what was queued since and the newest shard ahead of time. Never throws. */
export async function warmSearch(db: EvidenceDb): Promise<void> {
  try {
    await withSession(db, (s) => s.warm());
  } catch (error) {
    // A page closing its store meanwhile is no failure (as for the build below).
    if ((error as Error | null)?.name !== 'DatabaseClosedError') console.warn('Evidence Locker: reading the search index ahead failed; the first search reads it', error);
  }
}

/**
 * When the store has no complete index yet (an upgrade), builds it a shard at a time, awaiting
 * `pause` between shards so the page stays responsive (it resolves false when the page no longer
 * wants it). Never throws.
 */
export function buildSearchIndex(db: EvidenceDb, pause: () => Promise<boolean>): Promise<void> {
  return buildInBackground(db, pause);
}
