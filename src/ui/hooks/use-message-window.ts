// The rows a review list shows, read by page as the list scrolls: only the pages in view (and one
// on each side) are read and kept live, so a change to one message re-reads one page, never the
// whole conversation. The list's length comes from index counts, also kept live.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { EvidenceFilter, IsoUtc, StoredMessage } from '../../shared/model';
import { indexAtTime, liveQuery, messageWindowSource, readMessageWindow, sourceLength, type EvidenceDb, type MessageWindowSource } from '../../storage';
import { useLiveQuery } from './use-live-query';

export const WINDOW_PAGE = 50;

export interface MessageWindow {
  /** undefined until the first count is read. */
  count: number | undefined;
  /** Changes whenever the list's rows may have moved (a new filter, rows added or removed). */
  version: string;
  rowAt(index: number): StoredMessage | undefined;
  /** The list tells which rows it shows; the pages around them are read. */
  showRange(start: number, end: number): void;
  /** Where the first row sent on or after `at` is. */
  indexAt(at: IsoUtc): Promise<number>;
}

export function useMessageWindow(db: EvidenceDb, filter: EvidenceFilter): MessageWindow {
  const filterKey = JSON.stringify(filter);
  const source = useLiveQuery(() => messageWindowSource(db, filter), [db, filterKey]);
  const version = source ? `${filterKey}|${sourceKey(source)}` : filterKey;
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const [pages, setPages] = useState<ReadonlyMap<number, StoredMessage[]>>(new Map());
  const subscriptions = useRef(new Map<number, { unsubscribe(): void }>());

  useEffect(
    () => () => {
      for (const s of subscriptions.current.values()) s.unsubscribe();
      subscriptions.current.clear();
      setPages(new Map());
    },
    [version],
  );

  const first = Math.max(0, Math.floor(range[0] / WINDOW_PAGE) - 1);
  const last = Math.floor(range[1] / WINDOW_PAGE) + 1;
  useEffect(() => {
    if (!source) return;
    const total = sourceLength(source);
    for (const [page, s] of subscriptions.current) {
      if (page >= first && page <= last) continue;
      s.unsubscribe();
      subscriptions.current.delete(page);
    }
    for (let page = first; page <= last && page * WINDOW_PAGE < total; page++) {
      if (subscriptions.current.has(page)) continue;
      const query = () => readMessageWindow(db, source, page * WINDOW_PAGE, WINDOW_PAGE);
      const subscription = liveQuery(query).subscribe({
        next: (rows) => setPages((now) => new Map(now).set(page, rows)),
        error: (error: unknown) => console.error('Evidence Locker: reading messages failed', error),
      });
      subscriptions.current.set(page, subscription);
    }
    // Pages no longer read are let go, so memory stays that of a few pages however far one scrolls.
    setPages((now) => (hasOnly(now, first, last) ? now : new Map([...now].filter(([page]) => page >= first && page <= last))));
  }, [version, first, last]);

  const rowAt = useCallback((index: number) => pages.get(Math.floor(index / WINDOW_PAGE))?.[index % WINDOW_PAGE], [pages]);
  const showRange = useCallback((start: number, end: number) => setRange((now) => (now[0] === start && now[1] === end ? now : [start, end])), []);
  const indexAt = useCallback((at: IsoUtc) => (source ? indexAtTime(db, source, at) : Promise.resolve(0)), [db, source]);
  return { count: source ? sourceLength(source) : undefined, version, rowAt, showRange, indexAt };
}

/** Equal keys mean the same rows at the same indexes, so pages already read stay valid. */
function sourceKey(source: MessageWindowSource): string {
  return source.kind === 'indexed' ? `${source.dated}+${source.undated}` : source.rows.map((r) => r.id).join(',');
}

function hasOnly(pages: ReadonlyMap<number, unknown>, first: number, last: number): boolean {
  for (const page of pages.keys()) if (page < first || page > last) return false;
  return true;
}
