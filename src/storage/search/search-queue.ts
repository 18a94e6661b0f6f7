// Each write that changes what search reads (a message, a note, contract terms) names the records
// in the same transaction, so the saved index (search-index.ts) catches up by exactly those.
import type { EvidenceDb } from '../db';
export { TERMS_PREFIX } from '../../shared/search-words';

export async function queueForSearch(db: EvidenceDb, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.searchQueue.bulkAdd(ids.map((id) => ({ id })));
}
