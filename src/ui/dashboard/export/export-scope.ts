// What `Export evidence` will export under the current filter, in counts the button can say. The
// terms follow the same rule as the store's export (storage/evidence.ts termsInScope): a
// conversation takes the contracts it names, other filters take the terms that match them.
import { isEmptyFilter, termsMatchFilter } from '../../../shared/evidence-filter';
import type { EvidenceFilter, StoredConversation, StoredTerms } from '../../../shared/model';
import { t, tn } from '../../components/translate';

export interface ExportScope {
  /** undefined while the store is still counting. */
  messages: number | undefined;
  terms: number;
  /** Captures whose page yielded no record still go in an export of everything. */
  captures: number;
}

/** `rooms`: the conversation selected, or a case's conversations; undefined when neither is. */
export function termsInExport(terms: readonly StoredTerms[], filter: EvidenceFilter, rooms: readonly StoredConversation[] | undefined): number {
  if (isEmptyFilter(filter)) return terms.length;
  if (!rooms) return terms.filter((t) => termsMatchFilter(t, filter)).length;
  const contractIds = new Set(rooms.flatMap((c) => c.contractIds));
  return terms.filter((t) => (t.record.kind === 'contract' && contractIds.has(t.record.contract.id)) || (t.record.kind === 'timesheet' && contractIds.has(t.record.timesheet.contractId))).length;
}

export function exportIsEmpty(scope: ExportScope, filter: EvidenceFilter): boolean {
  return scope.messages === 0 && scope.terms === 0 && (!isEmptyFilter(filter) || scope.captures === 0);
}

/** "Exports 16 messages and 1 contract or other terms page", or why there is nothing to export. */
export function describeExport(scope: ExportScope, filter: EvidenceFilter): string {
  if (exportIsEmpty(scope, filter)) return isEmptyFilter(filter) ? t('export_scope_nothing_stored', 'Nothing stored to export yet') : t('export_scope_nothing_matches', 'Nothing matches this filter to export');
  const messages = scope.messages === undefined ? t('export_scope_counting', 'the messages shown (counting…)') : tn('count_messages', scope.messages, '$1 message', '$1 messages');
  if (scope.terms === 0) return t('export_scope_messages', 'Exports $1', messages);
  const terms = tn('export_scope_terms', scope.terms, '$1 contract or terms page', '$1 contracts or terms pages');
  return t('export_scope_messages_and_terms', 'Exports $1 and $2', messages, terms);
}
