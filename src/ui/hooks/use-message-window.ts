// What the message list reads from: with no filter but the conversation, a span read by key
// (use-message-span.ts); under a tag, key-evidence or word filter, the matching ids, whose rows
// are read by page as the list scrolls. Either way only the rows near the view are read and kept
// live, so a change to one message never re-reads the whole conversation.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EvidenceFilter, IsoUtc, StoredMessage } from '../../shared/model';
import { hasWords, liveQuery, matchingMessageIds, messagesById, narrowHits, narrowHitsByRoom, needsScan, readsRows, type EvidenceDb } from '../../storage';
import { useLiveQuery } from './use-live-query';
import { useMessageSpan } from './use-message-span';
import { useWordSearch } from './use-word-search';

const PAGE = 50;

export interface MessageWindow {
  /** Rows the list holds now; undefined until the first are read. */
  count: number | undefined;
  /** True when count is every matching message (a filtered list); a span grows as it is scrolled. */
  exact: boolean;
  /** Every row of the list is read or known: a short room read whole, or a filtered list's ids. */
  whole: boolean;
  /** The list's last row is the newest message (not a span read from a date that stops short of it). */
  atNewest: boolean;
  /** A search still reading older shards of its index: the count is what was found so far. */
  searching?: boolean;
  /** Some stored messages are not indexed yet (a first build under way), so a search cannot find them yet. */
  indexing?: boolean;
  /** Changes whenever rows may have moved (another filter, a jump): the list re-places itself. */
  version: string;
  rowAt(index: number): StoredMessage | undefined;
  /** A stable key per row (its message id once read), so rows added above keep the view in place. */
  keyAt(index: number): string;
  /** The list tells which rows it shows; what is around them is read. */
  showRange(start: number, end: number): void;
  /** Makes the rows around `at` readable; resolves with where the first sent at or after it will be. */
  jumpTo(at: IsoUtc): Promise<Place>;
  /** Makes the newest rows readable; resolves with where the newest will be. */
  toNewest(): Promise<Place>;
}

/** A row's index in the list as it will be once `version` is rendered. */
export interface Place {
  index: number;
  version: string;
}

export function useMessageWindow(db: EvidenceDb, filter: EvidenceFilter, caseRooms?: readonly string[]): MessageWindow {
  const scan = needsScan(filter);
  const span = useMessageSpan(db, filter.conversationId, !scan);
  const matching = useMatchingWindow(db, filter, scan, caseRooms);
  return scan ? matching : span;
}

function useMatchingWindow(db: EvidenceDb, filter: EvidenceFilter, enabled: boolean, caseRooms: readonly string[] | undefined): MessageWindow {
  const filterKey = JSON.stringify([filter, caseRooms]);
  // Words are looked up in the index, whose hits stream in newest first; the rest of the filter narrows them.
  const search = useWordSearch(db, enabled && hasWords(filter) ? filter.text! : null);
  const read = useLiveQuery(() => {
    if (!enabled) return Promise.resolve(null);
    if (!hasWords(filter)) return matchingMessageIds(db, filter, caseRooms);
    // Only a tag or key-evidence filter needs the hits' rows; words alone are narrowed below, at once.
    if (!search || !readsRows(filter)) return Promise.resolve(undefined);
    return narrowHits(db, search.hits, filter, caseRooms);
    // Off, it answers null at once: begun with that, its answer draws nothing again.
  }, [db, filterKey, enabled, search], enabled ? undefined : null);
  const narrowed = useMemo(() => (search && !readsRows(filter) ? narrowHitsByRoom(search.hits, filter, caseRooms) : undefined), [search, filterKey]);
  const ids = enabled && hasWords(filter) && !readsRows(filter) ? narrowed : read;
  const idsKey = ids ? ids.map((r) => r.id).join(',') : '';
  // Pages near the view, as state only when they change (not on every frame of a scroll).
  const [near, setNear] = useState<[number, number]>([0, 1]);
  const [pages, setPages] = useState<ReadonlyMap<number, StoredMessage[]>>(new Map());
  const subscriptions = useRef(new Map<number, { unsubscribe(): void }>());

  // Other ids let go of every page read for the last ones; a layout effect like the reads below, so
  // this runs before them (an effect would run after the paint, dropping the pages just asked for).
  useLayoutEffect(
    () => () => {
      subscriptions.current.forEach((s) => s.unsubscribe());
      subscriptions.current.clear();
      setPages(new Map());
    },
    [idsKey],
  );

  const [first, last] = near;
  // Read as soon as the ids are in the page, not after the next paint: the rows are what is waited for.
  useLayoutEffect(() => {
    if (!ids) return;
    for (const [page, s] of subscriptions.current) {
      if (page >= first && page <= last) continue;
      s.unsubscribe();
      subscriptions.current.delete(page);
    }
    for (let page = first; page <= last && page * PAGE < ids.length; page++) {
      if (subscriptions.current.has(page)) continue;
      const pageIds = ids.slice(page * PAGE, (page + 1) * PAGE).map((r) => r.id);
      const subscription = liveQuery(() => messagesById(db, pageIds)).subscribe({
        next: (rows) => setPages((now) => new Map(now).set(page, rows)),
        error: (error: unknown) => console.error('Evidence Locker: reading messages failed', error),
      });
      subscriptions.current.set(page, subscription);
    }
    // Pages no longer near the view are let go: memory stays that of a few pages.
    setPages((now) => ([...now.keys()].every((p) => p >= first && p <= last) ? now : new Map([...now].filter(([p]) => p >= first && p <= last))));
  }, [idsKey, first, last]);

  const rowAt = useCallback((index: number) => pages.get(Math.floor(index / PAGE))?.[index % PAGE], [pages]);
  return {
    count: ids?.length,
    exact: true,
    searching: search?.searching,
    indexing: search?.indexing,
    whole: true,
    atNewest: true,
    version: `match:${filterKey}`,
    rowAt,
    keyAt: (index) => ids?.[index]?.id ?? `row-${index}`,
    showRange: useCallback((start: number, end: number) => {
      const pages: [number, number] = [Math.max(0, Math.floor(start / PAGE) - 1), Math.floor(end / PAGE) + 1];
      setNear((now) => (now[0] === pages[0] && now[1] === pages[1] ? now : pages));
    }, []),
    jumpTo: async (at) => {
      const i = ids?.findIndex((r) => r.sentAt !== null && r.sentAt >= at) ?? -1;
      return { index: i === -1 ? Math.max(0, (ids?.length ?? 1) - 1) : i, version: `match:${filterKey}` };
    },
    toNewest: async () => ({ index: Math.max(0, (ids?.length ?? 1) - 1), version: `match:${filterKey}` }),
  };
}
