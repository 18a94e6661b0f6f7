// The messages a filter narrower than a conversation selects (a tag, key evidence, words): words
// are looked up in the search index; a tag or key evidence alone needs a scan. Either keeps the ids in time order, and the list reads the rows
// it shows by id. The unfiltered list reads by key instead (message-span.ts).
import { matchesFilter, sortMessages } from '../shared/evidence-filter';
import { queryWords } from '../shared/search-words';
import type { EvidenceFilter, IsoUtc, StoredMessage } from '../shared/model';
import type { EvidenceDb } from './db';
import { undatedMessages } from './message-span';
import { searchMessageIds } from './search-index';

export interface MatchingRow {
  id: string;
  sentAt: IsoUtc | null;
}

/** True when the filter narrows more than the conversation. */
export function needsScan(filter: EvidenceFilter): boolean {
  return Boolean(filter.caseId || filter.tagId || filter.keyOnly || filter.text?.trim());
}

/** The matching messages' ids in time order (sentAt, then the page's order), undated last; a case narrows to its rooms. */
export async function matchingMessageIds(db: EvidenceDb, filter: EvidenceFilter, caseRooms?: readonly string[]): Promise<MatchingRow[]> {
  const inCase = (m: StoredMessage) => !caseRooms || caseRooms.includes(m.conversationId);
  if (queryWords(filter.text ?? '').length > 0) return searchedIds(db, filter, inCase);
  const rows: MatchingRow[] = [];
  const id = filter.conversationId;
  const dated = id
    ? db.messages.where('[conversationId+sentAt+position]').between([id, -Infinity, -Infinity], [id, [], []])
    : db.messages.orderBy('[sentAt+conversationId+position]');
  await dated.each((m) => {
    if (inCase(m) && matchesFilter(m, filter)) rows.push({ id: m.id, sentAt: m.sentAt });
  });
  for (const m of await undatedMessages(db, id)) if (inCase(m) && matchesFilter(m, filter)) rows.push({ id: m.id, sentAt: null });
  return rows;
}

/** Words go to the index; only the messages it names are read, then narrowed by the rest of the filter. */
async function searchedIds(db: EvidenceDb, filter: EvidenceFilter, inCase: (m: StoredMessage) => boolean): Promise<MatchingRow[]> {
  const found = await messagesById(db, [...(await searchMessageIds(db, filter.text!))]);
  const rest = { ...filter, text: undefined };
  return sortMessages(found.filter((m) => inCase(m) && matchesFilter(m, rest))).map((m) => ({ id: m.id, sentAt: m.sentAt }));
}

export async function messagesById(db: EvidenceDb, ids: readonly string[]): Promise<StoredMessage[]> {
  return (await db.messages.bulkGet([...ids])).filter((m): m is StoredMessage => m !== undefined);
}
