// Terms pages -> records, by page kind. Pure: the root node, URL and capture day come in, a
// TermsRecord goes out; ExtractionError when the page is not recognisably that kind of page
// (the caller then keeps the page copy as "structured data not recognised").
import type { PageKind } from '../../shared/model';
import { extractContract } from './contract/contract';
import { extractJobPost } from './pages/job-post';
import { extractOffer } from './pages/offer';
import type { TermsExtraction, TermsOptions } from './values/options';
import { extractProposal } from './pages/proposal';
import { extractTimesheet } from './pages/timesheet';

export type { TermsExtraction, TermsOptions } from './values/options';
export type TermsPageKind = Exclude<PageKind, 'messages-room' | 'workroom-messages'>;

export function extractTerms(root: ParentNode, url: URL, pageKind: TermsPageKind, options: TermsOptions): TermsExtraction {
  switch (pageKind) {
    case 'contract':
      return { kind: 'contract', contract: extractContract(root, url, options) };
    case 'timesheet':
      return { kind: 'timesheet', timesheet: extractTimesheet(root, url, options) };
    case 'job-post':
      return { kind: 'job-post', jobPost: extractJobPost(root, url, options) };
    case 'offer':
      return { kind: 'offer', terms: extractOffer(root, url, options) };
    case 'proposal':
      return { kind: 'proposal', terms: extractProposal(root, url, options) };
  }
}
