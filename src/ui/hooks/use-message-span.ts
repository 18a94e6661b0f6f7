// The unfiltered list of a room (or of every room): a span of rows read by key, opened at the
// newest (or at a date) and grown a chunk at a time as the reader scrolls towards either end.
// Each chunk owns a key range, so every stored row belongs to exactly one; only the chunks in view
// are kept live, so a change to one message re-reads its chunk of a few dozen rows, nothing more.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { IsoUtc, StoredMessage } from '../../shared/model';
import { liveQuery, SPAN_CHUNK as CHUNK, readNewer, undatedIfAny, readOlder, readSpan, spanKey, spanKeyAt, type EvidenceDb, type SpanKey } from '../../storage';
import type { MessageWindow, Place } from './use-message-window';
import { takeFirstView, useLiveReadsReady } from './page-opening/first-view';
import { useLiveQuery } from './use-live-query';

/** Rows from an end of the span at which the next chunk is read. */
const MARGIN = 20;

interface Chunk {
  /** First key this chunk covers; null when nothing is older. It covers up to the next chunk's lower. */
  lower: SpanKey | null;
  rows: StoredMessage[];
}

interface Span {
  chunks: Chunk[];
  /** Key the last chunk stops before; null when nothing is newer (the list is at its newest). */
  upper: SpanKey | null;
  /** A new span (another room, a jump): rows moved, and the list re-places itself. */
  generation: number;
}

const keyText = (key: SpanKey | null) => (key ? JSON.stringify(key) : 'start');

export function useMessageSpan(db: EvidenceDb, conversationId: string | undefined, enabled: boolean): MessageWindow {
  // The page's first list begins from the newest rows its script read as it started (first-view.ts).
  const [span, setSpan] = useState<Span | null>(() => {
    const rows = enabled ? takeFirstView(db, 'newest', conversationId) : undefined;
    return rows ? { chunks: [newestChunk(rows, conversationId)], upper: null, generation: 1 } : null;
  });
  const begunWithRows = useRef(span !== null);
  const spanRef = useRef(span);
  spanRef.current = span;
  const loading = useRef(false);
  // The rows shown change on every frame of a scroll; what the span does about them (grow, keep
  // which chunks live) changes far less often. Only that is state, so the dashboard holding this
  // hook is not drawn again on each frame.
  // A list begun from the page's first rows opens at its newest: that is the range it will say it
  // shows, so saying it draws nothing again before the first frame.
  const rangeRef = useRef<[number, number]>(span ? newestRange(span) : [0, 0]);
  const [rangeKey, setRangeKey] = useState(() => (span ? rangeEffects(span, ...rangeRef.current) : ''));
  const range = rangeRef.current;
  const generation = useRef(span?.generation ?? 0);

  const versionOf = (g: number) => `span:${conversationId ?? 'all'}:${g}`;
  /** Puts a new span in place and says the version the list will have once it renders. */
  const replace = useCallback((chunks: Chunk[], upper: SpanKey | null) => {
    const next = ++generation.current;
    setSpan({ chunks, upper, generation: next });
    // Nothing is grown until the list, placed on the new rows, says which it shows.
    rangeRef.current = [0, 0];
    setRangeKey('');
    return versionOf(next);
  }, [conversationId]);

  const openNewest = useCallback(async (): Promise<Place> => {
    const rows = await readOlder(db, conversationId, null, CHUNK);
    const version = replace([newestChunk(rows, conversationId)], null);
    return { index: rows.length - 1, version };
  }, [db, conversationId]);

  // Read as soon as the list is in the page (not after a paint): the first rows are the first content.
  useLayoutEffect(() => {
    // Begun with the newest rows already: nothing to read.
    if (begunWithRows.current) {
      begunWithRows.current = false;
      return;
    }
    setSpan(null);
    if (enabled) void openNewest();
  }, [openNewest, enabled]);

  // Undated messages follow the newest, once the newest rows are read (they are rare, and looked for after).
  // Begun as none, as they nearly always are: finding none draws nothing again.
  const undated = useLiveQuery(() => (enabled && span ? undatedIfAny(db, conversationId) : Promise.resolve([])), [db, conversationId, enabled, span !== null], []) ?? [];
  const tail = span && span.upper === null ? undated : [];
  const dated = span ? span.chunks.reduce((n, c) => n + c.rows.length, 0) : undefined;
  // Grow towards an end when the view comes near it.
  const count = dated === undefined ? undefined : dated + tail.length;
  useEffect(() => {
    const now = spanRef.current;
    if (!now || !rangeKey || count === undefined || loading.current) return;
    const first = now.chunks[0]!;
    const older = range[0] < MARGIN && first.lower !== null;
    const newer = range[1] > dated! - MARGIN && now.upper !== null;
    if (!older && !newer) return;
    loading.current = true;
    const grow = older ? growOlder(db, conversationId, first.lower!) : growNewer(db, conversationId, now.upper!);
    void grow
      .then((change) =>
        setSpan((current) => {
          if (!current || current.generation !== now.generation) return current;
          return older ? { ...current, chunks: [change.chunk, ...current.chunks] } : { ...current, chunks: [...current.chunks, change.chunk], upper: change.upper ?? null };
        }),
      )
      .finally(() => {
        loading.current = false;
      });
  }, [rangeKey, count, span?.generation]);

  // Keep the chunks in view live.
  const subscriptions = useRef(new Map<string, { unsubscribe(): void }>());
  // Not before the page's first frame, when that is drawn from its first read (first-view.ts).
  const liveReady = useLiveReadsReady();
  // Before the list has said what it shows (an empty list says nothing), the newest chunk is kept
  // live, so a first capture shows up in an open dashboard.
  useEffect(() => {
    if (!span || !liveReady) return;
    const wanted = new Set<string>();
    let offset = 0;
    span.chunks.forEach((chunk, i) => {
      const start = offset;
      offset += chunk.rows.length;
      if (offset < range[0] - MARGIN || start > range[1] + MARGIN) return;
      const upper = span.chunks[i + 1]?.lower ?? span.upper;
      const id = `${span.generation}:${keyText(chunk.lower)}`;
      wanted.add(id);
      if (subscriptions.current.has(id)) return;
      const subscription = liveQuery(() => readSpan(db, conversationId, chunk.lower, upper)).subscribe({
        next: (rows) =>
          setSpan((current) => {
            if (!current || current.generation !== span.generation) return current;
            const now = current.chunks.find((c) => keyText(c.lower) === keyText(chunk.lower));
            // The first reading is usually the rows just read: keeping them keeps every card as it is.
            if (!now || sameRows(now.rows, rows)) return current;
            return { ...current, chunks: current.chunks.map((c) => (c === now ? { ...c, rows } : c)) };
          }),
        error: (error: unknown) => console.error('Evidence Locker: reading messages failed', error),
      });
      subscriptions.current.set(id, subscription);
    });
    for (const [id, s] of subscriptions.current) {
      if (wanted.has(id)) continue;
      s.unsubscribe();
      subscriptions.current.delete(id);
    }
  }, [span?.generation, span?.chunks.length, rangeKey, liveReady]);
  useEffect(() => () => subscriptions.current.forEach((s) => s.unsubscribe()), []);

  // The list asks for every row's key whenever it measures (a thousand rows after a long scroll):
  // one flat array per span change keeps each ask a lookup.
  const flat = useMemo(() => (span ? span.chunks.flatMap((c) => c.rows) : []), [span]);
  const rowAt = useCallback((index: number) => (index < flat.length ? flat[index] : tail[index - flat.length]), [flat, tail]);

  const jumpTo = useCallback(
    async (at: IsoUtc) => {
      const key = spanKeyAt(at, conversationId);
      const [older, newer] = await Promise.all([readOlder(db, conversationId, key, CHUNK / 2), readNewer(db, conversationId, key, CHUNK + 1)]);
      const rows = [...older, ...newer.slice(0, CHUNK)];
      const version = replace([{ lower: older.length < CHUNK / 2 ? null : spanKey(older[0]!, conversationId), rows }], newer.length > CHUNK ? spanKey(newer[CHUNK]!, conversationId) : null);
      return { index: Math.min(older.length, rows.length - 1), version };
    },
    [db, conversationId],
  );

  return {
    count,
    version: versionOf(span?.generation ?? 0),
    // Until the first rows are read the list is opening at the newest.
    atNewest: !span || span.upper === null,
    rowAt,
    keyAt: (index) => rowAt(index)?.id ?? `row-${index}`,
    showRange: useCallback((start: number, end: number) => {
      rangeRef.current = [start, end];
      setRangeKey(rangeEffects(spanRef.current, start, end));
    }, []),
    jumpTo,
    toNewest: async () => (span && span.upper === null && count ? { index: count - 1, version: versionOf(span.generation) } : openNewest()),
    exact: false,
    whole: span !== null && span.upper === null && span.chunks[0]!.lower === null,
  };
}

/** What a range means for the span: whether it is near either end, and which chunks it shows. */
function rangeEffects(span: Span | null, start: number, end: number): string {
  if (!span) return '';
  const shown: number[] = [];
  let offset = 0;
  span.chunks.forEach((chunk, i) => {
    const from = offset;
    offset += chunk.rows.length;
    if (offset >= start - MARGIN && from <= end + MARGIN) shown.push(i);
  });
  return `${start < MARGIN}:${end > offset - MARGIN}:${shown[0]}-${shown.at(-1)}`;
}

/** The rows a list opened at the newest of `span` shows: its last (the rest of the view is within MARGIN of it). */
function newestRange(span: Span): [number, number] {
  const last = span.chunks.reduce((n, c) => n + c.rows.length, 0) - 1;
  return [last, last];
}

/** The newest rows as a span's one chunk: it covers back to the oldest row, or to the start when they are all there are. */
function newestChunk(rows: StoredMessage[], conversationId: string | undefined): Chunk {
  return { lower: rows.length < CHUNK ? null : spanKey(rows[0]!, conversationId), rows };
}

function sameRows(a: readonly StoredMessage[], b: readonly StoredMessage[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

async function growOlder(db: EvidenceDb, conversationId: string | undefined, before: SpanKey) {
  const rows = await readOlder(db, conversationId, before, CHUNK);
  return { chunk: { lower: rows.length < CHUNK ? null : spanKey(rows[0]!, conversationId), rows }, upper: undefined };
}

async function growNewer(db: EvidenceDb, conversationId: string | undefined, from: SpanKey) {
  const rows = await readNewer(db, conversationId, from, CHUNK + 1);
  return { chunk: { lower: from, rows: rows.slice(0, CHUNK) }, upper: rows.length > CHUNK ? spanKey(rows[CHUNK]!, conversationId) : null };
}
