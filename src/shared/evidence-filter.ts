// One definition of "what the current filter shows", used by the dashboard list and by export.
import type { EvidenceFilter, StoredMessage, StoredTerms } from './model';
import { describeValue, termsRecordFields } from './terms/terms-diff';
import { canonicalJson } from './bytes/hash';
import { queryWords, textsMatchWords } from './search-words';

export function isEmptyFilter(filter: EvidenceFilter): boolean {
  return !filter.conversationId && !filter.caseId && !filter.tagId && !filter.text?.trim() && !filter.keyOnly;
}

export function matchesFilter(message: StoredMessage, filter: EvidenceFilter): boolean {
  if (filter.conversationId && message.conversationId !== filter.conversationId) return false;
  if (filter.tagId && !message.tags.includes(filter.tagId)) return false;
  if (filter.keyOnly && !message.key) return false;
  const words = filterWords(filter);
  if (words.length === 0) return true;
  return textsMatchWords([message.text, message.sender ?? '', message.note, ...message.attachments.map((a) => a.name), ...message.versions.map((v) => v.text)], words);
}

/**
 * A contract's (job post's, offer's…) terms against the filter's tag, key-evidence mark and
 * words (found in its title, its terms as shown, or the user's note). Which conversation terms
 * belong to is the store's to say: see termsInScope in storage/evidence.ts.
 */
export function termsMatchFilter(terms: StoredTerms, filter: EvidenceFilter): boolean {
  if (filter.tagId && !terms.tags.includes(filter.tagId)) return false;
  if (filter.keyOnly && !terms.key) return false;
  const words = filterWords(filter);
  if (words.length === 0) return true;
  return textsMatchWords([terms.title, terms.note, ...Object.values(termsRecordFields(terms.record)).map(describeValue)], words);
}

/** The filter's words as the search index reads them (search-words.ts): each starts a word it matches. */
function filterWords(filter: EvidenceFilter): string[] {
  return queryWords(filter.text ?? '');
}

/** Time order: sentAt, then the page's own order for equal times; undated messages last. */
export function compareMessages(a: StoredMessage, b: StoredMessage): number {
  if (a.sentAt !== b.sentAt) {
    if (a.sentAt === null) return 1;
    if (b.sentAt === null) return -1;
    return Date.parse(a.sentAt) - Date.parse(b.sentAt);
  }
  if (a.conversationId !== b.conversationId) return a.conversationId < b.conversationId ? -1 : 1;
  return a.position - b.position;
}

/**
 * The messages in compareMessages' order, each time parsed once: a sort calls its comparer
 * n·log n times, and parsing there was a large share of sorting 100,000 messages.
 */
export function sortMessages(messages: readonly StoredMessage[]): StoredMessage[] {
  const keyed = messages.map((m) => ({ m, time: m.sentAt === null ? 0 : Date.parse(m.sentAt) }));
  keyed.sort((a, b) => {
    if (a.m.sentAt !== b.m.sentAt) {
      if (a.m.sentAt === null) return 1;
      if (b.m.sentAt === null) return -1;
      return a.time - b.time;
    }
    if (a.m.conversationId !== b.m.conversationId) return a.m.conversationId < b.m.conversationId ? -1 : 1;
    return a.m.position - b.m.position;
  });
  return keyed.map((k) => k.m);
}

export function describeFilter(filter: EvidenceFilter, conversationTitle?: string, caseName?: string): string {

  if (isEmptyFilter(filter)) return 'All evidence';
  const parts: string[] = [];
  if (filter.caseId) {
    const rest = describeFilter({ ...filter, caseId: undefined });
    return `Case: ${caseName ?? filter.caseId}${rest === 'All evidence' ? '' : ` (${rest.replace(/^Evidence in /, '')})`}`;
  }
  if (filter.conversationId) parts.push(`conversation ${conversationTitle ?? filter.conversationId}`);
  if (filter.tagId) parts.push(`tagged ${filter.tagId}`);
  if (filter.keyOnly) parts.push('key evidence only');
  if (filter.text?.trim()) parts.push(`matching "${filter.text.trim()}"`);
  return `Evidence in ${parts.join(', ')}`;
}

/** The filter as canonical JSON, as an `exported` custody event stores it: equal for the same scope. */
export function scopeKey(filter: EvidenceFilter): string {
  return canonicalJson({ caseId: filter.caseId, conversationId: filter.conversationId, tagId: filter.tagId, text: filter.text?.trim() || undefined, keyOnly: filter.keyOnly || undefined });
}

/** The filter's fields that are set, for evidence.json's `scope` beside its description. */
export function scopeFields(filter: EvidenceFilter): Pick<EvidenceFilter, 'caseId' | 'conversationId' | 'tagId' | 'text' | 'keyOnly'> {
  return JSON.parse(scopeKey(filter)) as EvidenceFilter;
}
