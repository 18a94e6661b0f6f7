// The rows a review list shows, read a window at a time in time order (sentAt, then the page's
// order), so opening a room of 20,000 messages costs what opening a room of 20 does. A room (or
// every room) with no other filter is read straight from the v7 indexes by offset; any other
// filter first lists the matching ids (a scan, kept as ids only) and reads windows of those.
import { matchesFilter } from '../shared/evidence-filter';
import type { EvidenceFilter, IsoUtc, StoredMessage } from '../shared/model';
import type { EvidenceDb } from './db';

/** What a list needs to size itself and to read any window of it. */
export type MessageWindowSource =
  | { kind: 'indexed'; conversationId: string | undefined; dated: number; undated: number }
  | { kind: 'ids'; rows: { id: string; sentAt: IsoUtc | null }[] };

// IndexedDB key order: numbers < dates < strings < arrays, so these bound any sentAt or position.
// HIGH is made anew for each key: one array twice in a key is not a valid key.
const LOW = -Infinity;
const HIGH = (): unknown[] => [];

export function sourceLength(source: MessageWindowSource): number {
  return source.kind === 'indexed' ? source.dated + source.undated : source.rows.length;
}

/** True when the filter narrows more than the conversation: then only a scan can say what matches. */
export function needsScan(filter: EvidenceFilter): boolean {
  return Boolean(filter.tagId || filter.keyOnly || filter.text?.trim());
}

export async function messageWindowSource(db: EvidenceDb, filter: EvidenceFilter): Promise<MessageWindowSource> {
  if (!needsScan(filter)) {
    const conversationId = filter.conversationId;
    const all = conversationId ? db.messages.where('conversationId').equals(conversationId).count() : db.messages.count();
    const [dated, total] = await Promise.all([datedRange(db, conversationId).count(), all]);
    return { kind: 'indexed', conversationId, dated, undated: total - dated };
  }
  const rows: { id: string; sentAt: IsoUtc | null }[] = [];
  await datedRange(db, filter.conversationId).each((m) => {
    if (matchesFilter(m, filter)) rows.push({ id: m.id, sentAt: m.sentAt });
  });
  for (const m of await undatedRows(db, filter.conversationId)) if (matchesFilter(m, filter)) rows.push({ id: m.id, sentAt: null });
  return { kind: 'ids', rows };
}

/** Rows [offset, offset + limit) of the source, in time order. */
export async function readMessageWindow(db: EvidenceDb, source: MessageWindowSource, offset: number, limit: number): Promise<StoredMessage[]> {
  if (source.kind === 'ids') {
    const found = await db.messages.bulkGet(source.rows.slice(offset, offset + limit).map((r) => r.id));
    return found.filter((m): m is StoredMessage => m !== undefined);
  }
  const rows: StoredMessage[] = [];
  if (offset < source.dated) rows.push(...(await datedRange(db, source.conversationId).offset(offset).limit(Math.min(limit, source.dated - offset)).toArray()));
  const end = offset + limit;
  if (end > source.dated && source.undated > 0) {
    const undated = await undatedRows(db, source.conversationId);
    rows.push(...undated.slice(Math.max(0, offset - source.dated), end - source.dated));
  }
  return rows;
}

/** The index of the first row sent at or after `at` (the row count when none is). */
export async function indexAtTime(db: EvidenceDb, source: MessageWindowSource, at: IsoUtc): Promise<number> {
  if (source.kind === 'ids') {
    const i = source.rows.findIndex((r) => r.sentAt !== null && r.sentAt >= at);
    return i === -1 ? source.rows.length : i;
  }
  const id = source.conversationId;
  const before = id
    ? db.messages.where('[conversationId+sentAt+position]').between([id, LOW, LOW], [id, at, LOW])
    : db.messages.where('[sentAt+conversationId+position]').below([at, LOW, LOW]);
  return before.count();
}

function datedRange(db: EvidenceDb, conversationId: string | undefined) {
  return conversationId
    ? db.messages.where('[conversationId+sentAt+position]').between([conversationId, LOW, LOW], [conversationId, HIGH(), HIGH()])
    : db.messages.orderBy('[sentAt+conversationId+position]');
}

/** Messages the page showed no time for: few in practice, ordered by room and position like compareMessages. */
async function undatedRows(db: EvidenceDb, conversationId: string | undefined): Promise<StoredMessage[]> {
  const candidates = conversationId ? db.messages.where('conversationId').equals(conversationId) : db.messages.toCollection();
  const rows = await candidates.filter((m) => m.sentAt === null).toArray();
  return rows.sort((a, b) => (a.conversationId === b.conversationId ? a.position - b.position : a.conversationId < b.conversationId ? -1 : 1));
}
