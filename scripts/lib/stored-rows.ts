// What the extension stored, read straight from its IndexedDB through the service worker: for
// tests and benchmarks that check what a capture (or a failed one) left behind.
import type { Worker } from 'playwright-core';

/** Every row of each named object store, or of every store, as stored (files' bytes come back as Uint8Array). */
export function readStores(worker: Worker, names?: readonly string[]): Promise<Record<string, unknown[]>> {
  return worker.evaluate(async (named) => {
    const open = indexedDB.open('evidence-locker');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const store of named ?? [...db.objectStoreNames]) {
      out[store] = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    db.close();
    return out;
  }, names ? [...names] : null);
}
