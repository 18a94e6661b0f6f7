// What ties a contract to the job post and proposal it came from. The extracted contract keeps
// neither, but its page links to both ("View original job post", "View proposal"), and the copy
// of the page kept with each capture holds those links. A job post is named by the ~0… key of its
// address and a proposal by the number of its /proposals/ address, the same keys their own pages
// are stored under (extractors/terms/pages), so a link made on them is certain. Only a key the
// page links to once is taken: a page linking two job posts says nothing sure about either.
// Offers are not linked: no page we read names an offer's number beside a contract's.
import type { StoredTerms } from '../../../shared/model';
import { jobKeyFromUrl, proposalIdFromUrl } from '../../../shared/page-kinds';

/** The job post's and the proposal's keys a contract page links to, when it links exactly one of each. */
export interface ContractKeys {
  jobKey?: string;
  proposalId?: string;
}


/**
 * The keys in a page copy's links. The copy is serialised markup (every attribute in double
 * quotes, `&` written `&amp;`), so its links are read without parsing the page.
 */
export function contractKeys(html: string, pageUrl: string): ContractKeys {
  const jobs = new Set<string>();
  const proposals = new Set<string>();
  for (const found of html.matchAll(/\shref="([^"]*)"/gi)) {
    let url: URL;
    try {
      url = new URL(found[1]!.replaceAll('&amp;', '&'), pageUrl);
    } catch {
      continue;
    }
    // Read as a job post's or a proposal's own address is (shared/page-kinds.ts).
    const job = jobKeyFromUrl(url);
    if (job) jobs.add(job.toLowerCase());
    const proposal = proposalIdFromUrl(url);
    if (proposal) proposals.add(proposal);
  }
  return { ...(jobs.size === 1 && { jobKey: [...jobs][0]! }), ...(proposals.size === 1 && { proposalId: [...proposals][0]! }) };
}

/**
 * The pages a terms record is related to through these keys: a contract's job post and
 * proposal, a job post's or a proposal's contracts. `keysOf` answers for contract records.
 */
export function relatedPages(terms: StoredTerms, all: readonly StoredTerms[], keysOf: (contractTermsId: string) => ContractKeys | undefined): StoredTerms[] | null {
  const { record } = terms;
  const contracts = () => all.filter((t) => t.record.kind === 'contract');
  // Null while a contract's keys are still being read: "no page links here" would be said too soon.
  const known = (ids: string[]) => ids.every((id) => keysOf(id) !== undefined);
  switch (record.kind) {
    case 'contract': {
      const keys = keysOf(terms.id);
      if (!keys) return null;
      return all.filter(
        (t) => (t.record.kind === 'job-post' && t.record.jobPost.id.toLowerCase() === keys.jobKey) || (t.record.kind === 'proposal' && t.record.terms.id === keys.proposalId),
      );
    }
    case 'job-post':
      if (!known(contracts().map((c) => c.id))) return null;
      return contracts().filter((c) => keysOf(c.id)?.jobKey === record.jobPost.id.toLowerCase());
    case 'proposal':
      if (!known(contracts().map((c) => c.id))) return null;
      return contracts().filter((c) => keysOf(c.id)?.proposalId === record.terms.id);
    default:
      return [];
  }
}
