// Proposal page: the terms and cover letter a freelancer sent (research §1 proposals, HIGH for URLs).
import type { ExtractedProposalTerms } from '../../../shared/model';
import type { TermsOptions } from '../values/options';
import { extractProposalTerms } from './proposal-terms';

export function extractProposal(root: ParentNode, url: URL, options: TermsOptions): ExtractedProposalTerms {
  return extractProposalTerms(root, url, 'proposal', options);
}
