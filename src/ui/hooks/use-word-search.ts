// A search of the words index, kept live: its hits grow as older shards are read and change when
// a capture, import, note or deletion changes what it reads. Null searches nothing.
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { buildSearchIndex, watchWordSearch, type EvidenceDb, type WordSearch } from '../../storage';
import { afterFirstCard, idleMoment } from './page-opening/after-first-card';

export function useWordSearch(db: EvidenceDb, query: string | null): WordSearch | undefined {
  const [state, setState] = useState<{ query: string; search: WordSearch } | undefined>(undefined);
  // Started as the words are put in the page, not after the next paint: a frame sooner.
  useLayoutEffect(() => {
    if (query === null) return;
    return watchWordSearch(db, query, (search) => setState({ query, search }));
  }, [db, query]);
  // What another query found is never shown as this one's.
  return query !== null && state?.query === query ? state.search : undefined;
}

/**
 * Readies search once the page has shown its first messages: a store with no complete index (an
 * upgrade) has it built a shard at a time between idle moments. (The dashboard reads the newest
 * shard ahead as it opens: warmSearch.)
 */
export function usePreparedSearch(db: EvidenceDb): void {
  useEffect(() => {
    let stopped = false;
    const idle = () => idleMoment(() => !stopped, 50);
    void afterFirstCard().then(() => (stopped ? undefined : buildSearchIndex(db, idle)));
    return () => {
      stopped = true;
    };
  }, [db]);
}
