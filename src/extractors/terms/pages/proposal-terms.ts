// Offer and proposal pages -> ExtractedProposalTerms: the terms one side put forward. Their URLs
// and markup are unsettled (research §1: offer routes LOW; offer data-qa hooks unverified, §4.3),
// so everything is read by label. The offer's description "will be the basis for mediation"
// (research §4.2, support 360000990428): it is kept with its paragraphs.
import type { ExtractedProposalTerms, Money } from '../../../shared/model';
import { ExtractionError } from '../../dom';
import { parseType, standaloneType } from '../contract/contract-type';
import { hoursPrefix } from '../values/hours';
import { candidates, findText, findValue, indexPage, type LabelIndex } from '../layout/label-value';
import { readMilestones } from '../contract/milestones';
import { moneyPrefix, parseRate } from '../values/money';
import { findLines } from '../layout/multiline';
import { notRecognised } from '../layout/not-recognised';
import { referenceDay, type TermsOptions } from '../values/options';
import { pageTitle } from '../layout/page-title';
import * as L from '../values/vocabulary';
import { parseYesNo } from '../values/yes-no';

const ID = /\/(\d+)\/?$/;
const RATE = ['Hourly rate', 'Proposed rate', 'Your proposed rate', 'Rate', 'Bid'];
// The side's own price labels first: a proposal page also summarises the job it answers, whose
// budget stands under the job-type tag ("Fixed-price") or "Budget".
const PRICE = ['Total price of project', 'Total price', 'Project price', 'Proposed bid', 'Bid', 'Proposed rate', 'Total amount', 'Fixed price', 'Fixed-price', 'Budget'];
const TERMS = ['Offer terms', 'Description of work', 'Work description', 'Description', 'Terms', 'Project details', 'Contract terms'];
const COUNTERPARTY = { offer: ['Client', 'From', 'Sent by', 'Company'], proposal: ['Freelancer', 'Client', 'Submitted to', 'To'] } as const;

export function extractProposalTerms(root: ParentNode, url: URL, kind: 'offer' | 'proposal', options: TermsOptions): ExtractedProposalTerms {
  const id = ID.exec(url.pathname)?.[1];
  if (!id) throw new ExtractionError(`This address has no ${kind} number, so the ${kind} cannot be named.`, `${kind} id`, 'URL');
  const ref = referenceDay(options);
  const index = indexPage(root);
  const rate = findValue(index, RATE, (t) => parseRate(t, false)) ?? findValue(index, ['Hourly rate'], (t) => parseRate(t, true));
  const price = ownPrice(index);
  const milestones = readMilestones(root, ref);
  const coverLetter = findLines(index, ['Cover letter', 'Cover Letter', 'Message to client', 'Message']);
  if (!rate && !price && milestones.length === 0 && coverLetter === null) {
    throw notRecognised(`${kind} terms`, ['Hourly rate', 'Fixed price', 'Milestones', 'Cover letter']);
  }
  return {
    id,
    kind,
    title: pageTitle(root) ?? '',
    type: findValue(index, L.TYPE, parseType) ?? (rate ? 'hourly' : price || milestones.length > 0 ? 'fixed' : standaloneType(index)),
    rate,
    weeklyLimit: findValue(index, L.WEEKLY_LIMIT, hoursPrefix),
    manualTimeAllowed: findValue(index, L.MANUAL_TIME, parseYesNo),
    price,
    milestones,
    terms: findLines(index, TERMS),
    coverLetter,
    counterparty: findText(index, COUNTERPARTY[kind]),
  };
}

/**
 * A value ABOVE its label is the job summary's layout ("$2,500.00" over "Fixed-price", as on job
 * posts), never the side's own price: only values beside or after their label count here.
 */
function ownPrice(index: LabelIndex): Money | null {
  for (const c of candidates(index, PRICE)) {
    const money = c.kind === 'previous' || parseRate(c.text) ? null : moneyPrefix(c.text);
    if (money) return money;
  }
  return null;
}
