// Contract / workroom page -> ExtractedContract, keyed on visible label text and the URL
// (research/upwork-pages.md §4.2–4.3; §5.3: terms, milestone table, statuses and due dates are
// what dispute support looks at). The id always comes from the URL, never from the page.
import type { ContractEvent, ExtractedContract } from '../../../shared/model';
import { contractIdFromUrl } from '../../../shared/page-kinds';
import { ExtractionError } from '../../dom';
import { contractStatus } from './contract-status';
import { parseType, standaloneType } from './contract-type';
import { earliestOf, readContractEvents } from './contract-events';
import { fullDatesIn, parseDate, type DateContext } from '../values/dates';
import { hoursPrefix } from '../values/hours';
import { findText, findValue, indexPage } from '../layout/label-value';
import { readMilestones } from './milestones';
import { moneyPrefix, parseRate } from '../values/money';
import { findLines } from '../layout/multiline';
import { notRecognised } from '../layout/not-recognised';
import { referenceDay, type TermsOptions } from '../values/options';
import { pageTitle } from '../layout/page-title';
import * as L from '../values/vocabulary';
import { parseYesNo } from '../values/yes-no';

export function extractContract(root: ParentNode, url: URL, options: TermsOptions): ExtractedContract {
  const id = contractIdFromUrl(url);
  if (id === null) throw new ExtractionError('This address has no contract number, so the contract cannot be named.', 'contract id', 'URL');
  const captureDay = referenceDay(options);
  const index = indexPage(root);
  // Dates shown without a year take it from the page's own context: the contract's start, else
  // the earliest date it shows in full; the capture day is the latest bound.
  const startDate = findValue(index, L.START, (t) => parseDate(t, captureDay));
  const ref: DateContext = { captureDay, earliest: startDate ?? earliestOf(fullDatesIn(pageText(root)).filter((d) => d <= captureDay)) };
  const rate = findValue(index, L.RATE, (t) => parseRate(t, true));
  const weeklyLimit = findValue(index, L.WEEKLY_LIMIT, hoursPrefix);
  const manualTimeAllowed = findValue(index, L.MANUAL_TIME, parseYesNo);
  const budget = findValue(index, L.PRICE, moneyPrefix);
  const inEscrow = findValue(index, L.ESCROW, moneyPrefix);
  const milestones = readMilestones(root, ref);
  if (!rate && weeklyLimit === null && manualTimeAllowed === null && !budget && !inEscrow && milestones.length === 0) {
    throw notRecognised('contract terms', ["Hourly rate", 'Weekly limit', 'Milestones', 'Project price']);
  }
  const hourlyHints = rate !== null || weeklyLimit !== null || manualTimeAllowed !== null;
  const fixedHints = budget !== null || inEscrow !== null || milestones.length > 0;
  const type =
    findValue(index, L.TYPE, parseType) ??
    (hourlyHints && !fixedHints ? 'hourly' : fixedHints && !hourlyHints ? 'fixed' : standaloneType(index));
  return {
    id,
    title: pageTitle(root) ?? '',
    type,
    client: findText(index, L.CLIENT),
    freelancer: findText(index, L.FREELANCER),
    status: contractStatus(root, index),
    rate,
    weeklyLimit,
    manualTimeAllowed,
    budget,
    inEscrow,
    startDate,
    milestones,
    terms: findLines(index, L.TERMS),
    ...withEvents(readContractEvents(root, ref)),
  };
}

function withEvents(events: ContractEvent[]): Pick<ExtractedContract, 'events'> {
  return events.length > 0 ? { events } : {};
}

function pageText(root: ParentNode): string {
  const el = 'documentElement' in root ? (root as Document).documentElement : (root as Element);
  return el?.textContent ?? '';
}
