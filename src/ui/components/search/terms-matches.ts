// Which contracts and other terms pages a search finds, and where in each. The rule is the one
// the export applies to terms (termsMatchFilter: every word of the query starts a word of the
// title, the note or a field as shown), so the pages listed are the pages `Export evidence`
// counts. The dashboard holds every terms record already; each record's words are cut once and
// kept until the record changes, so a keystroke costs a pass over a few hundred word lists.
import type { EvidenceFilter, StoredTerms } from '../../../shared/model';
import { queryWords } from '../../../shared/search-words';
import { describeValue, termsRecordFields } from '../../../shared/terms/terms-diff';
import { contractIdOf } from '../terms/terms-links';

/** One searchable part of a terms record: its title, its note, or one field as shown. */
export interface TermsPart {
  key: string;
  text: string;
  words: readonly string[];
}

export interface TermsMatch {
  terms: StoredTerms;
  /** The part that shows best why it matched, beyond the title; null when the title says it all. */
  part: TermsPart | null;
}

const cut = new WeakMap<StoredTerms, TermsPart[]>();

/** The record's parts in reading order, as termsMatchFilter reads them; kept per stored object. */
export function termsParts(terms: StoredTerms): TermsPart[] {
  let parts = cut.get(terms);
  if (!parts) {
    const shown = Object.entries(termsRecordFields(terms.record)).map(([key, value]) => ({ key, text: describeValue(value) }));
    parts = [{ key: 'title', text: terms.title }, { key: 'note', text: terms.note }, ...shown.filter((p) => p.key !== 'title' || p.text !== terms.title)].map((p) => ({ ...p, words: queryWords(p.text) }));
    cut.set(terms, parts);
  }
  return parts;
}

const covers = (part: TermsPart, word: string) => part.words.some((w) => w.startsWith(word));

/** The records every word of `query` finds, each with the part to show beside its title. */
export function matchTerms(terms: readonly StoredTerms[], query: string): TermsMatch[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const found: TermsMatch[] = [];
  for (const record of terms) {
    const parts = termsParts(record);
    if (!words.every((word) => parts.some((part) => covers(part, word)))) continue;
    // Beside the title, the part holding most of the words the title lacks (the first, on a tie).
    const missing = words.filter((word) => !covers(parts[0]!, word));
    let best: TermsPart | null = null;
    let most = 0;
    for (const part of parts.slice(1)) {
      const count = missing.filter((word) => covers(part, word)).length;
      if (count > most) [best, most] = [part, count];
    }
    found.push({ terms: record, part: best });
  }
  return found;
}

/**
 * The terms a dashboard search finds under the rest of its filter: a tag or key evidence narrows
 * them as it narrows messages, and a conversation or case (`contractIds`: the contracts they
 * name) to the contract pages and timesheets of its contracts.
 */
export function searchTerms(terms: readonly StoredTerms[], filter: EvidenceFilter, contractIds?: ReadonlySet<string>): TermsMatch[] {
  const inScope = terms.filter((t) => {
    if (filter.tagId && !t.tags.includes(filter.tagId)) return false;
    if (filter.keyOnly && !t.key) return false;
    if (!contractIds) return true;
    const contract = contractIdOf(t);
    return contract !== undefined && contractIds.has(contract);
  });
  return matchTerms(inScope, filter.text ?? '');
}

/** A long text cut to the stretch around its first match, so the line says where the words are. */
export function excerpt(text: string, query: string, room = 90): string {
  if (text.length <= room) return text;
  const words = queryWords(query);
  let at = 0;
  for (const found of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (words.some((w) => found[0].toLowerCase().startsWith(w))) {
      at = found.index!;
      break;
    }
  }
  const start = Math.max(0, Math.min(at - Math.floor(room / 3), text.length - room));
  const end = Math.min(text.length, start + room);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
