// The messages a filter narrower than a conversation selects (a tag, key evidence, words): words
// are looked up in the search index; a tag or key evidence alone needs a scan. Either keeps the
// ids in time order, and the list reads the rows it shows by id. The unfiltered list reads by key instead (message-span.ts).
import { matchesFilter } from '../../shared/evidence-filter';
import { queryWords } from '../../shared/search-words';
import { sortHits, type SearchHit } from '../../search/message-index';
import type { EvidenceFilter, IsoUtc, StoredMessage } from '../../shared/model';
import type { EvidenceDb } from '../db';
import { undatedMessages } from './message-span';
import { searchAll } from '../search/search-index';
import { highestKey, lowestKey, timeIndex } from '../store-layout';

export interface MatchingRow {
  id: string;
  sentAt: IsoUtc | null;
}

/** True when the filter has words to search for (markup and pattern characters are not words). */
export function hasWords(filter: EvidenceFilter): boolean {
  return queryWords(filter.text ?? '').length > 0;
}

/** True when the filter narrows more than the conversation. */
export function needsScan(filter: EvidenceFilter): boolean {
  return Boolean(filter.caseId || filter.tagId || filter.keyOnly || hasWords(filter));
}

/** The matching messages' ids in time order (sentAt, then the page's order), undated last; a case narrows to its rooms. */
export async function matchingMessageIds(db: EvidenceDb, filter: EvidenceFilter, caseRooms?: readonly string[]): Promise<MatchingRow[]> {
  const inCase = (m: StoredMessage) => !caseRooms || caseRooms.includes(m.conversationId);
  if (hasWords(filter)) return narrowHits(db, await searchAll(db, filter.text!), filter, caseRooms);
  const rows: MatchingRow[] = [];
  const id = filter.conversationId;
  const dated = id
    ? db.messages.where(timeIndex(id)).between(lowestKey(id), highestKey(id), true, true)
    : db.messages.orderBy(timeIndex(undefined));
  await dated.each((m) => {
    if (inCase(m) && matchesFilter(m, filter)) rows.push({ id: m.id, sentAt: m.sentAt });
  });
  for (const m of await undatedMessages(db, id)) if (inCase(m) && matchesFilter(m, filter)) rows.push({ id: m.id, sentAt: null });
  return rows;
}

/** True when narrowing a search's hits needs their rows (a tag or key evidence), not only their rooms. */
export function readsRows(filter: EvidenceFilter): boolean {
  return Boolean(filter.tagId || filter.keyOnly);
}

/** The search's hits in a conversation or case (each hit carries its room), in time order. */
export function narrowHitsByRoom(hits: readonly SearchHit[], filter: EvidenceFilter, caseRooms?: readonly string[]): MatchingRow[] {
  const kept = hits.filter((h) => (!filter.conversationId || h.room === filter.conversationId) && (!caseRooms || caseRooms.includes(h.room)));
  return sortHits(kept).map((h) => ({ id: h.id, sentAt: h.at }));
}

/** The search's hits narrowed by the whole rest of the filter, in time order; a tag or key evidence reads their rows. */
export async function narrowHits(db: EvidenceDb, hits: readonly SearchHit[], filter: EvidenceFilter, caseRooms?: readonly string[]): Promise<MatchingRow[]> {
  const inRooms = narrowHitsByRoom(hits, filter, caseRooms);
  if (!readsRows(filter)) return inRooms;
  const rest = { tagId: filter.tagId, keyOnly: filter.keyOnly };
  const rows = await db.messages.bulkGet(inRooms.map((r) => r.id));
  return inRooms.filter((_, i) => rows[i] !== undefined && matchesFilter(rows[i]!, rest));
}

export async function messagesById(db: EvidenceDb, ids: readonly string[]): Promise<StoredMessage[]> {
  return (await db.messages.bulkGet([...ids])).filter((m): m is StoredMessage => m !== undefined);
}
