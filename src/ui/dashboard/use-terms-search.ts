// The contracts and terms pages a dashboard search lists (components/search/terms-matches.ts),
// from the terms records the dashboard already holds, narrowed as the messages are. Their words
// are cut in idle moments once the first messages are drawn, so the first search finds them cut
// and the messages' own search, which reads the index, never waits on them.
import { useEffect, useMemo } from 'preact/hooks';
import type { DisputeCase, EvidenceFilter, StoredConversation, StoredTerms } from '../../shared/model';
import { cutAhead, searchTerms } from '../components/search/terms-matches';
import { afterFirstCard, idleMoment } from '../hooks/page-opening/after-first-card';

/** `rooms`: the conversation selected or the case's conversations, whose contracts narrow the list. */
export function useTermsSearch(terms: readonly StoredTerms[] | undefined, filter: EvidenceFilter, rooms: readonly StoredConversation[] | undefined, theCase: DisputeCase | undefined): StoredTerms[] {
  useEffect(() => {
    if (!terms?.length) return;
    let stopped = false;
    const idle = () => idleMoment(() => !stopped, 20);
    void afterFirstCard().then(() => cutAhead(terms, idle));
    return () => {
      stopped = true;
    };
  }, [terms]);
  const contracts = rooms && [...new Set([...rooms.flatMap((c) => c.contractIds), ...(theCase?.contractIds ?? [])])];
  const contractsKey = contracts?.join(',');
  return useMemo(() => (terms ? searchTerms(terms, filter, contracts && new Set(contracts)) : []), [terms, filter, contractsKey]);
}
