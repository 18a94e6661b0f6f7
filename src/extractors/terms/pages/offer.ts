// Offer page: the terms a client sent (research §1 offers: routes unsettled, LOW).
import type { ExtractedProposalTerms } from '../../../shared/model';
import type { TermsOptions } from '../values/options';
import { extractProposalTerms } from './proposal-terms';

export function extractOffer(root: ParentNode, url: URL, options: TermsOptions): ExtractedProposalTerms {
  return extractProposalTerms(root, url, 'offer', options);
}
