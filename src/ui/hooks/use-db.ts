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
  if (provided) return provided;
  pageDb ??= openEvidenceDb();
  return pageDb;
}
