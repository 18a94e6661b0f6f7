// db.ts declares only the versions that carry an upgrade: a store left by any shipped version must
// still end with exactly the tables and indexes a new install gets.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openEvidenceDb } from '../../../src/storage';
import { SHIPPED_STORES, V6_STORES, V7_STORES } from '../helpers/shipped-schemas';

/** Every table of the store named `name`: its key path, auto increment and indexes (name, key path, unique, multi-entry). */
function layoutOf(name: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tables = [...db.objectStoreNames];
      const tx = db.transaction(tables, 'readonly');
      const layout: Record<string, unknown> = {};
      for (const table of tables) {
        const store = tx.objectStore(table);
        const indexes = [...store.indexNames].map((index) => {
          const { keyPath, unique, multiEntry } = store.index(index);
          return { index, keyPath, unique, multiEntry };
        });
        layout[table] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes };
      }
      db.close();
      resolve({ version: db.version, tables: layout });
    };
  });
}

const shipped: [number, Record<string, string>][] = [...Object.entries(SHIPPED_STORES).map(([v, stores]) => [Number(v), stores] as [number, Record<string, string>]), [6, V6_STORES], [7, V7_STORES]];

describe('the store layout after an upgrade', () => {
  for (const [version, stores] of shipped) {
    it(`from schema v${version} is the layout a new install gets`, async () => {
      const fresh = `layout-fresh-${Math.random()}`;
      const fresher = openEvidenceDb(fresh);
      await fresher.open();
      fresher.close();

      const name = `layout-from-v${version}-${Math.random()}`;
      const old = new Dexie(name);
      old.version(version).stores(stores);
      await old.open();
      old.close();
      const upgraded = openEvidenceDb(name);
      await upgraded.open();
      upgraded.close();

      expect(await layoutOf(name)).toEqual(await layoutOf(fresh));
    });
  }
});
