// Which records a write changed for search: those whose searched words (or where a hit is listed)
// differ before and after. The write upkeep (../write-upkeep.ts) queues them in the write's own
// transaction, so the saved index (search-index.ts) catches up by exactly those.
import type { StoredMessage, StoredTerms } from '../../shared/model';
import { messageRecord, termsRecord, type IndexedRecord } from '../../search/message-index';
import type { RowChange } from '../written-rows';

/** The search ids of the rows whose indexed record a write changed, added or removed; a tag or a capture id alone changes none. */
export function searchIdsChanged(table: 'messages', changes: readonly RowChange<StoredMessage>[]): string[];
export function searchIdsChanged(table: 'terms', changes: readonly RowChange<StoredTerms>[]): string[];
export function searchIdsChanged(table: 'messages' | 'terms', changes: readonly RowChange<StoredMessage | StoredTerms>[]): string[] {
  const record = (row: StoredMessage | StoredTerms | undefined): IndexedRecord | undefined =>
    row === undefined ? undefined : table === 'messages' ? messageRecord(row as StoredMessage) : termsRecord(row as StoredTerms);
  const ids: string[] = [];
  for (const { prior, next } of changes) {
    const before = record(prior);
    const after = record(next);
    if (!before && !after) continue;
    if (before && after && JSON.stringify(before) === JSON.stringify(after)) continue;
    ids.push((after ?? before)!.id);
  }
  return ids;
}
