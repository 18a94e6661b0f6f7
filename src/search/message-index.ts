// The words index behind the dashboard's search: messages (text, earlier versions, sender, note,
// attachment names) and contract terms (title, terms as shown, note). MiniSearch keeps an inverted
// index that takes single documents in and out, so a capture updates it in place and the index can be
// saved as JSON and loaded again instead of being rebuilt from every row on each dashboard open.
import MiniSearch from 'minisearch';
import type { StoredMessage, StoredTerms } from '../shared/model';
import { describeValue, termsRecordFields } from '../shared/terms-diff';
import { queryWords, TERMS_PREFIX } from '../shared/search-words';

/** What the index holds of a record; `id` is the message id, or `terms:` + the terms' id. */
export interface IndexedRecord {
  id: string;
  kind: 'message' | 'terms';
  text: string;
  sender: string;
  note: string;
  names: string;
}

const OPTIONS = {
  fields: ['text', 'sender', 'note', 'names'],
  storeFields: ['kind'],
  // Same word splitting and folding as the query, so what is typed is what was indexed.
  tokenize: (text: string) => queryWords(text),
  processTerm: (term: string) => term.toLowerCase(),
};

export function messageRecord(message: StoredMessage): IndexedRecord {
  return {
    id: message.id,
    kind: 'message',
    text: [message.text, ...message.versions.map((v) => v.text)].join('\n'),
    sender: message.sender ?? '',
    note: message.note,
    names: message.attachments.map((a) => a.name).join('\n'),
  };
}

export function termsRecord(terms: StoredTerms): IndexedRecord {
  const shown = Object.values(termsRecordFields(terms.record)).map(describeValue);
  return { id: TERMS_PREFIX + terms.id, kind: 'terms', text: [terms.title, ...shown].join('\n'), sender: '', note: terms.note, names: '' };
}

export class MessageIndex {
  private constructor(private readonly search: MiniSearch<IndexedRecord>) {}

  static empty(): MessageIndex {
    return new MessageIndex(new MiniSearch<IndexedRecord>(OPTIONS));
  }

  /** An index saved by toJSON; throws on text that is not one (the caller then rebuilds). */
  static load(json: string): MessageIndex {
    return new MessageIndex(MiniSearch.loadJSON<IndexedRecord>(json, OPTIONS));
  }

  toJSON(): string {
    return JSON.stringify(this.search);
  }

  get size(): number {
    return this.search.documentCount;
  }

  has(id: string): boolean {
    return this.search.has(id);
  }

  /** Adds a record, or replaces what the index held for its id. */
  put(record: IndexedRecord): void {
    if (this.search.has(record.id)) this.search.replace(record);
    else this.search.add(record);
  }

  remove(id: string): void {
    if (this.search.has(id)) this.search.discard(id);
  }

  /**
   * Ids of the records where every word of the query starts a word (textsMatchWords' rule, so the
   * export's scan agrees). Words are matched literally: the query is never a pattern.
   */
  find(query: string, kind: IndexedRecord['kind'] = 'message'): Set<string> {
    const words = queryWords(query);
    if (words.length === 0) return new Set();
    const hits = this.search.search(
      { combineWith: 'AND', queries: words.map((word) => ({ queries: [word], prefix: true })) },
      { filter: (r) => r['kind'] === kind },
    );
    return new Set(hits.map((h) => String(h.id)));
  }
}
