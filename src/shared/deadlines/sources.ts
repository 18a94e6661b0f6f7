// Upwork's help pages each deadline rests on. Upwork's current terms decide: these pages change
// and their stored versions disagree (days vs business days), so each basis says which reading
// we took.
import { inEnglish, type Translate } from '../locale/translate';

export const UPWORK_HELP = {
  fixedPriceDispute: 'https://support.upwork.com/hc/en-us/articles/211068528',
  escrowDisputeReply: 'https://support.upwork.com/hc/en-us/articles/211062068',
  milestoneAutoRelease: 'https://support.upwork.com/hc/en-us/articles/17974824831507',
  hourlyReviewWindow: 'https://support.upwork.com/hc/en-us/articles/211062158',
  hourlyDisputeReply: 'https://support.upwork.com/hc/en-us/articles/211068588',
  mediation: 'https://community.upwork.com/t5/Product-Release-Notes/Streamlined-dispute-experience-for-fixed-price-contracts/ba-p/1478163',
  arbitration: 'https://support.upwork.com/hc/en-us/articles/14044146250259-Arbitration',
} as const;

/** Shown beside every deadline: we count, Upwork decides. */
export function termsDecide(t: Translate = inEnglish): string {
  return t('deadline_terms_decide', "Upwork's current terms decide; check the linked help page before you rely on a date.");
}
