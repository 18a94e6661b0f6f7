// Which contracts and other terms pages a search finds, and where in each. The rule is the one
// the export applies to terms (termsMatchFilter: every word of the query starts a word of the
// title, the note or a field as shown), so the pages listed are the pages `Export evidence`
// counts. The dashboard holds every terms record already; each record's words are cut and sorted
// once and kept until the record changes, so a keystroke costs a lookup per word and record.
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

/** A record's parts, and every word of them sorted once, so a word is looked up rather than scanned for. */
interface CutRecord {
  parts: TermsPart[];
  sorted: string[];
}

const cut = new WeakMap<StoredTerms, CutRecord>();

function cutRecord(terms: StoredTerms): CutRecord {
  let record = cut.get(terms);
  if (!record) {
    const shown = Object.entries(termsRecordFields(terms.record)).map(([key, value]) => ({ key, text: describeValue(value) }));
    const parts = [{ key: 'title', text: terms.title }, { key: 'note', text: terms.note }, ...shown.filter((p) => p.key !== 'title' || p.text !== terms.title)].map((p) => ({ ...p, words: queryWords(p.text) }));
    record = { parts, sorted: [...new Set(parts.flatMap((p) => p.words))].sort() };
    cut.set(terms, record);
  }
  return record;
}

/** The record's parts in reading order, as termsMatchFilter reads them; cut once per stored object. */
export function termsParts(terms: StoredTerms): TermsPart[] {
  return cutRecord(terms).parts;
}

/** True when a word of `sorted` starts with `word`: the first word not before it is the only candidate. */
function holds(sorted: readonly string[], word: string): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < word) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && sorted[low]!.startsWith(word);
}

const covers = (part: TermsPart, word: string) => part.words.some((w) => w.startsWith(word));

/** The records every word of `query` finds. */
export function matchTerms(terms: readonly StoredTerms[], query: string): StoredTerms[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  return terms.filter((record) => {
    const { sorted } = cutRecord(record);
    return words.every((word) => holds(sorted, word));
  });
}

/**
 * The part to show beside a found record's title: the one holding most of the query's words the
 * title lacks (the first, on a tie); null when the title holds them all. Asked only of the
 * records listed, so a word that finds hundreds costs no more than one that finds five.
 */
export function matchedPart(terms: StoredTerms, query: string): TermsPart | null {
  const parts = termsParts(terms);
  const missing = queryWords(query).filter((word) => !covers(parts[0]!, word));
  let best: TermsPart | null = null;
  let most = 0;
  for (const part of parts.slice(1)) {
    const count = missing.filter((word) => covers(part, word)).length;
    if (count > most) [best, most] = [part, count];
  }
  return best;
}

/** Cuts the records' words ahead of the first search, `slice` records between pauses (false: stop). */
export async function cutAhead(terms: readonly StoredTerms[], pause: () => Promise<boolean>, slice = 50): Promise<void> {
  for (let i = 0; i < terms.length; i += slice) {
    if (!(await pause())) return;
    for (const record of terms.slice(i, i + slice)) cutRecord(record);
  }
}

/**
 * The terms a dashboard search finds under the rest of its filter: a tag or key evidence narrows
 * them as it narrows messages, and a conversation or case (`contractIds`: the contracts they
 * name) to the contract pages and timesheets of its contracts.
 */
export function searchTerms(terms: readonly StoredTerms[], filter: EvidenceFilter, contractIds?: ReadonlySet<string>): StoredTerms[] {
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
