// One evidence database per page. Pages use the module singleton; tests (and any future
// embedding) hand in their own instance through the provider, so no test touches the real store.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { openEvidenceDb, type EvidenceDb } from '../../storage';

const EvidenceDbContext = createContext<EvidenceDb | null>(null);

export const EvidenceDbProvider = EvidenceDbContext.Provider;

let pageDb: EvidenceDb | undefined;

export function useDb(): EvidenceDb {
  const provided = useContext(EvidenceDbContext);
  return provided ?? openPageDb();
}

/**
 * The page's database, opened now: a page calls it before its first render, so IndexedDB is
 * opened while the page draws its frame rather than on its first read.
 */
export function openPageDb(): EvidenceDb {
  if (!pageDb) {
    pageDb = openEvidenceDb();
    // A failure is seen again, and reported, by the first read.
    pageDb.open().catch(() => undefined);
  }
  return pageDb;
}
