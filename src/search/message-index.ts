// One shard of the words index behind search: messages (text, earlier versions, sender, note,
// attachment names) and contract terms (title, terms as shown, note). MiniSearch keeps an inverted
// index that takes single documents in and out, so a capture updates it in place, and a shard is
// saved as JSON and loaded again instead of being rebuilt from the rows on each dashboard open.
// Each hit carries its time, room and place, so results are ordered without reading their rows.
import MiniSearch from 'minisearch';
import type { IsoUtc, StoredMessage, StoredTerms } from '../shared/model';
import { describeValue, termsRecordFields } from '../shared/terms/terms-diff';
import { queryWords, TERMS_PREFIX } from '../shared/search-words';

/** What the index holds of a record; `id` is the message id, or `terms:` + the terms' id. */
export interface IndexedRecord extends SearchHit {
  kind: 'message' | 'terms';
  text: string;
  sender: string;
  note: string;
  names: string;
}

/** A record found: its id and where it is listed (sent time, conversation, place in the page). */
export interface SearchHit {
  id: string;
  at: IsoUtc | null;
  room: string;
  pos: number;
}

const OPTIONS = {
  fields: ['text', 'sender', 'note', 'names'],
  storeFields: ['kind', 'at', 'room', 'pos'],
  // Same word splitting and folding as the query, so what is typed is what was indexed.
  tokenize: (text: string) => queryWords(text),
  processTerm: (term: string) => term.toLowerCase(),
  // Removed records are swept out before a shard is saved (see sweep), not at random moments.
  autoVacuum: false,
};

export function messageRecord(message: StoredMessage): IndexedRecord {
  return {
    id: message.id,
    kind: 'message',
    at: message.sentAt,
    room: message.conversationId,
    pos: message.position,
    text: [message.text, ...message.versions.map((v) => v.text)].join('\n'),
    sender: message.sender ?? '',
    note: message.note,
    names: message.attachments.map((a) => a.name).join('\n'),
  };
}

export function termsRecord(terms: StoredTerms): IndexedRecord {
  const shown = Object.values(termsRecordFields(terms.record)).map(describeValue);
  return { id: TERMS_PREFIX + terms.id, kind: 'terms', at: null, room: '', pos: 0, text: [terms.title, ...shown].join('\n'), sender: '', note: terms.note, names: '' };
}

export class MessageIndex {
  private constructor(private readonly search: MiniSearch<IndexedRecord>) {}

  static empty(): MessageIndex {
    return new MessageIndex(new MiniSearch<IndexedRecord>(OPTIONS));
  }

  /** A shard saved by toJSON; throws on text that is not one (the caller then rebuilds). */
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

  /** Drops the words of removed records for good, so a saved shard holds nothing deleted. */
  async sweep(): Promise<void> {
    if (this.search.dirtCount > 0) await this.search.vacuum({ batchSize: 500, batchWait: 0 });
  }

  /**
   * The records where every word of the query starts a word (textsMatchWords' rule, so the
   * export's scan agrees). Words are matched literally: the query is never a pattern.
   */
  find(query: string, kind: IndexedRecord['kind'] = 'message'): SearchHit[] {
    const words = queryWords(query);
    if (words.length === 0) return [];
    const hits = this.search.search(
      { combineWith: 'AND', queries: words.map((word) => ({ queries: [word], prefix: true })) },
      { filter: (r) => r['kind'] === kind },
    );
    return hits.map((h) => ({ id: String(h.id), at: h['at'] as IsoUtc | null, room: h['room'] as string, pos: h['pos'] as number }));
  }
}

/** Hits in the list's time order: sentAt, then conversation and the page's order; undated last. */
export function sortHits(hits: readonly SearchHit[]): SearchHit[] {
  const keyed = hits.map((hit) => ({ hit, time: hit.at === null ? Infinity : Date.parse(hit.at) }));
  keyed.sort((a, b) => {
    if (a.time !== b.time) return a.time < b.time ? -1 : 1;
    if (a.hit.room !== b.hit.room) return a.hit.room < b.hit.room ? -1 : 1;
    return a.hit.pos - b.hit.pos;
  });
  return keyed.map((k) => k.hit);
}
