// Reading a message's provenance (`sources`, `conflicts`): shared by storage, the dashboard and
// the reports, so each says the same thing about where a message's fields came from.
import type { ExtractedMessage, FieldConflict, SourcedField } from './model';

export const SOURCED_FIELDS: readonly SourcedField[] = ['sender', 'sentAt', 'text', 'kind', 'edited', 'deleted', 'attachments'];

/** The page never showed this message: every field came from the page's own data alone. */
export function seenOnlyInPageData(m: Pick<ExtractedMessage, 'sources'>): boolean {
  return SOURCED_FIELDS.every((f) => m.sources?.[f] === 'page-data');
}

function sameConflict(a: FieldConflict, b: FieldConflict): boolean {
  return a.field === b.field && a.dom === b.dom && a.pageData === b.pageData;
}

/** `known` and then each of `more` not already in it. */
export function withConflicts(known: readonly FieldConflict[] | undefined, more: readonly FieldConflict[]): FieldConflict[] {
  const out = [...(known ?? [])];
  for (const c of more) if (!out.some((k) => sameConflict(k, c))) out.push(c);
  return out;
}
