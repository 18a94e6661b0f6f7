// One evidence database per page. Pages use the module singleton; tests (and any future
// embedding) hand in their own instance through the provider, so no test touches the real store.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { openEvidenceDb, type EvidenceDb } from '../../storage';

const EvidenceDbContext = createContext<EvidenceDb | null>(null);

export const EvidenceDbProvider = EvidenceDbContext.Provider;

let database: EvidenceDb | undefined;

export function useDb(): EvidenceDb {
  const provided = useContext(EvidenceDbContext);
  return provided ?? pageDb();
}

/** The page's database, made once; Dexie opens it on its first read unless the page opens it first. */
export function pageDb(): EvidenceDb {
  database ??= openEvidenceDb();
  return database;
}

/**
 * The page's database, opened now: the popup calls it before its first render, so IndexedDB is
 * opened while the page draws its frame rather than on its first read. (The dashboard, drawn
 * first from its first read, opens it once that frame is on screen: main.tsx.)
 */
export function openPageDb(): EvidenceDb {
  const db = pageDb();
  // A failure is seen again, and reported, by the first read.
  db.open().catch(() => undefined);
  return db;
}
