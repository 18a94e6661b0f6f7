// The words index as the page uses it: loaded once from its saved JSON (built from every record
// only when none is saved yet), then brought up to date with the records queued since it was saved
// (search-queue.ts). It is saved again after catching up, off the search's path.
import { MessageIndex, messageRecord, termsRecord } from '../search/message-index';
import { TERMS_PREFIX } from '../shared/search-words';
import type { EvidenceDb } from './db';

interface Loaded {
  index: MessageIndex;
  /** The last queue entry taken in. */
  seq: number;
}

const loaded = new WeakMap<EvidenceDb, Promise<Loaded>>();

/** The index with every record written so far; one catch-up at a time per store. */
export function currentSearchIndex(db: EvidenceDb): Promise<MessageIndex> {
  const next = (loaded.get(db) ?? openIndex(db)).catch(() => openIndex(db)).then((state) => catchUp(db, state));
  loaded.set(db, next);
  return next.then((state) => state.index);
}

async function openIndex(db: EvidenceDb): Promise<Loaded> {
  const saved = await db.searchIndex.get('words');
  if (saved) {
    try {
      return { index: MessageIndex.load(saved.json), seq: saved.seq };
    } catch {
      // A saved index this version cannot read is rebuilt; it holds nothing that is not in the rows.
    }
  }
  return buildIndex(db);
}

async function buildIndex(db: EvidenceDb): Promise<Loaded> {
  // Entries queued from here on are taken in again by catchUp; putting a record twice is harmless.
  const last = await db.searchQueue.orderBy(':id').last();
  const index = MessageIndex.empty();
  await db.messages.each((m) => index.put(messageRecord(m)));
  await db.terms.each((t) => index.put(termsRecord(t)));
  const state = { index, seq: last?.seq ?? 0 };
  await save(db, state);
  return state;
}

async function catchUp(db: EvidenceDb, state: Loaded): Promise<Loaded> {
  // Another page saved a newer index and pruned the queue below it: start from that one.
  const saved = await db.searchIndex.get('words-seq');
  if (saved && saved.seq > state.seq) return catchUp(db, await openIndex(db));
  const queued = await db.searchQueue.where(':id').above(state.seq).toArray();
  if (queued.length === 0) return state;
  const ids = [...new Set(queued.map((q) => q.id))];
  const messageIds = ids.filter((id) => !id.startsWith(TERMS_PREFIX));
  const termsIds = ids.filter((id) => id.startsWith(TERMS_PREFIX)).map((id) => id.slice(TERMS_PREFIX.length));
  const [messages, terms] = await Promise.all([db.messages.bulkGet(messageIds), db.terms.bulkGet(termsIds)]);
  messages.forEach((m, i) => (m ? state.index.put(messageRecord(m)) : state.index.remove(messageIds[i]!)));
  terms.forEach((t, i) => (t ? state.index.put(termsRecord(t)) : state.index.remove(TERMS_PREFIX + termsIds[i]!)));
  const next = { index: state.index, seq: queued.at(-1)!.seq! };
  void save(db, next).catch((error: unknown) => console.warn('Evidence Locker: saving the search index failed; it is rebuilt when needed', error));
  return next;
}

/** Saves the index unless a newer one is saved, and drops the queue entries it holds. */
async function save(db: EvidenceDb, state: Loaded): Promise<void> {
  const json = state.index.toJSON();
  await db.transaction('rw', [db.searchIndex, db.searchQueue], async () => {
    const saved = await db.searchIndex.get('words-seq');
    if (saved && saved.seq > state.seq) return;
    await db.searchIndex.bulkPut([{ key: 'words', json, seq: state.seq }, { key: 'words-seq', json: '', seq: state.seq }]);
    await db.searchQueue.where(':id').belowOrEqual(state.seq).delete();
  });
}

/** Ids of the messages where every word of the query starts a word (see textsMatchWords). */
export async function searchMessageIds(db: EvidenceDb, query: string): Promise<Set<string>> {
  return (await currentSearchIndex(db)).find(query);
}
