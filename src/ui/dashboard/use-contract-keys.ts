// The job post and proposal keys of the contracts a terms view needs (components/terms/page-keys.ts):
// a contract view its own, a job post's or proposal's view every contract's. Each is read from the
// contract's newest page copy once per set of captures and kept while the dashboard is open, so
// opening a view again reads nothing; the view shows at once and its related pages follow. Page
// copies are read one after another (a store may hold many contracts), and a failed read is
// tried again the next time a view needs it.
import { useEffect, useState } from 'preact/hooks';
import type { StoredTerms } from '../../shared/model';
import { newestPageCopy, type EvidenceDb } from '../../storage';
import { contractKeys, type ContractKeys } from '../components/terms/page-keys';

const kept = new WeakMap<EvidenceDb, Map<string, Promise<ContractKeys>>>();

const cacheKey = (terms: StoredTerms) => `${terms.id}|${terms.captureIds.join(',')}`;

function keysOf(db: EvidenceDb, contract: StoredTerms): Promise<ContractKeys> {
  let byKey = kept.get(db);
  if (!byKey) kept.set(db, (byKey = new Map()));
  let keys = byKey.get(cacheKey(contract));
  if (!keys) {
    const key = cacheKey(contract);
    keys = newestPageCopy(db, contract.captureIds).then(
      (copy) => (copy ? contractKeys(copy.html, copy.url) : {}),
      () => {
        byKey.delete(key);
        return {};
      },
    );
    byKey.set(key, keys);
  }
  return keys;
}

export function useContractKeys(db: EvidenceDb, shown: StoredTerms | undefined, all: readonly StoredTerms[] | undefined): (contractTermsId: string) => ContractKeys | undefined {
  const [known, setKnown] = useState<ReadonlyMap<string, ContractKeys>>(new Map());
  const needed = !shown || !all ? [] : shown.kind === 'contract' ? [shown] : shown.kind === 'job-post' || shown.kind === 'proposal' ? all.filter((t) => t.kind === 'contract') : [];
  const neededKey = needed.map(cacheKey).join(' ');
  useEffect(() => {
    let live = true;
    void (async () => {
      for (const contract of needed) {
        const key = cacheKey(contract);
        const keys = await keysOf(db, contract);
        if (!live) return;
        setKnown((now) => (now.get(key) === keys ? now : new Map(now).set(key, keys)));
      }
    })();
    return () => {
      live = false;
    };
  }, [db, neededKey]);
  return (id) => {
    const contract = all?.find((t) => t.id === id);
    return contract ? known.get(cacheKey(contract)) : undefined;
  };
}
