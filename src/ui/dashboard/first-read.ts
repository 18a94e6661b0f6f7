// The dashboard's first read, begun by the page's first script (first-read-script.ts) while its
// styles and the app's code load: every conversation, the tags and the newest rows of the list the
// page opens on, read with plain IndexedDB in one transaction. The app begins from these rows
// (hooks/page-opening/first-view.ts) and its own live reads take over once they answer. Anything
// unexpected (no store yet, a store not yet upgraded, any failure) gives undefined, and the app
// reads for itself. Imports nothing heavy: it is built alone into that script.
import type { StoredConversation, StoredMessage, Tag } from '../../shared/model';
import { DEFAULT_DB_NAME, highestKey, lowestKey, SCHEMA_VERSION, SPAN_CHUNK, timeIndex } from '../../storage/store-layout';
import { recordFromHash } from '../components/terms/record-address';

export interface FirstRead {
  /** The list whose newest rows were read (a room, or every room when undefined); null when the page opens on a case or contract. */
  list: { conversationId: string | undefined } | null;
  conversations: StoredConversation[];
  tags: Tag[];
  /** Oldest first, as a list shows them; undefined when list is null. */
  newest: StoredMessage[] | undefined;
}

/** Reads what a dashboard at `hash` shows first, or resolves undefined. */
export function readFirst(hash: string, idb: IDBFactory = indexedDB, name = DEFAULT_DB_NAME): Promise<FirstRead | undefined> {
  const linked = recordFromHash(hash);
  const list = linked === undefined ? { conversationId: undefined } : linked.kind === 'conversation' ? { conversationId: linked.id } : null;
  return new Promise((resolve) => {
    const open = idb.open(name);
    // No store yet: the app creates it (and its default tags), so this read must not.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onerror = () => resolve(undefined);
    open.onblocked = () => resolve(undefined);
    open.onsuccess = () => {
      const db = open.result;
      // The app may need to upgrade the store: this connection is never in its way.
      db.onversionchange = () => db.close();
      try {
        if (db.version !== SCHEMA_VERSION * 10) throw new Error('The store is not at the version this code reads.');
        const tx = db.transaction(['conversations', 'tags', 'messages'], 'readonly');
        const conversations = tx.objectStore('conversations').getAll();
        const tags = tx.objectStore('tags').getAll();
        let newest: StoredMessage[] | undefined;
        if (list) {
          const { conversationId } = list;
          const range = IDBKeyRange.bound(lowestKey(conversationId), highestKey(conversationId));
          readNewest(tx.objectStore('messages').index(timeIndex(conversationId)), range, (rows) => (newest = rows));
        }
        tx.oncomplete = () => {
          db.close();
          resolve({ list, conversations: conversations.result as StoredConversation[], tags: tags.result as Tag[], newest });
        };
        tx.onabort = () => {
          db.close();
          resolve(undefined);
        };
      } catch {
        db.close();
        resolve(undefined);
      }
    };
  });
}

/** Reads the newest SPAN_CHUNK rows of `range` in `index` and gives them oldest first to `done`. */
function readNewest(index: IDBIndex, range: IDBKeyRange, done: (rows: StoredMessage[]) => void): void {
  // One trip where the browser can read backwards (Chromium 141 on: getAll with a direction).
  if ('getAllRecords' in index) {
    const newestFirst = index.getAll({ query: range, count: SPAN_CHUNK, direction: 'prev' } as unknown as IDBKeyRange);
    newestFirst.onsuccess = () => done((newestFirst.result as StoredMessage[]).reverse());
    return;
  }
  // Elsewhere three rather than one per row: a key cursor from the newest steps back to the
  // SPAN_CHUNK-th newest key, and the rows from there on are read at once.
  const keys = index.openKeyCursor(range, 'prev');
  let stepped = false;
  keys.onsuccess = () => {
    const cursor = keys.result;
    if (cursor && !stepped && SPAN_CHUNK > 1) {
      stepped = true;
      cursor.advance(SPAN_CHUNK - 1);
      return;
    }
    const rows = index.getAll(cursor ? IDBKeyRange.bound(cursor.key, range.upper) : range, SPAN_CHUNK);
    rows.onsuccess = () => done(rows.result as StoredMessage[]);
  };
}

declare global {
  // Set by the page's first script (first-read-script.ts); the app's modules are another script.
  var evidenceLockerFirstRead: Promise<FirstRead | undefined> | undefined;
}

/** Begins the page's first read, once per page. */
export function beginFirstRead(): Promise<FirstRead | undefined> {
  globalThis.evidenceLockerFirstRead ??= typeof indexedDB === 'undefined' ? Promise.resolve(undefined) : readFirst(location.hash).catch(() => undefined);
  return globalThis.evidenceLockerFirstRead;
}
