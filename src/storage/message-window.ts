// The messages a filter narrower than a conversation selects (a tag, key evidence, words): only a
// scan can say which match, so the scan keeps their ids in time order, and the list reads the rows
// it shows by id. The unfiltered list reads by key instead (message-span.ts).
import { matchesFilter } from '../shared/evidence-filter';
import type { EvidenceFilter, IsoUtc, StoredMessage } from '../shared/model';
import type { EvidenceDb } from './db';
import { undatedMessages } from './message-span';

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

export async function messagesById(db: EvidenceDb, ids: readonly string[]): Promise<StoredMessage[]> {
  return (await db.messages.bulkGet([...ids])).filter((m): m is StoredMessage => m !== undefined);
}
