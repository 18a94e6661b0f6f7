// Which facts a terms record shows, in what order, under which words. A field that does not
// apply to the contract type is left out (no weekly limit on a fixed-price contract, no escrow
// on an hourly one); a field that applies but was not on the page says so. Long texts
// (description, cover letter) and lists (milestones, days) have sections of their own.
import type { StoredTerms, TermsRecord } from '../../../shared/model';
import { termsRecordFields } from '../../../shared/terms-diff';
import { t } from '../translate';
import { formatDay } from './format-terms';

const FIXED_ONLY = new Set(['budget', 'inEscrow', 'price']);
const HOURLY_ONLY = new Set(['rate', 'weeklyLimit', 'manualTimeAllowed', 'hourlyRange']);

const ORDER: Record<TermsRecord['kind'], string[]> = {
  contract: ['type', 'status', 'client', 'freelancer', 'startDate', 'budget', 'inEscrow', 'rate', 'weeklyLimit', 'manualTimeAllowed', 'id'],
  offer: ['type', 'counterparty', 'price', 'rate', 'weeklyLimit', 'manualTimeAllowed', 'id'],
  proposal: ['type', 'counterparty', 'price', 'rate', 'weeklyLimit', 'manualTimeAllowed', 'id'],
  'job-post': ['type', 'postedDate', 'budget', 'hourlyRange', 'id'],
  timesheet: ['contractId', 'weekStart', 'totalHours'],
};

export interface TermsFact {
  key: string;
  value: unknown;
}

/** The record's facts for its table, in reading order; `value` null means the page did not show it. */
export function termsFacts(record: TermsRecord): TermsFact[] {
  const fields = termsRecordFields(record);
  const type = fields['type'] as 'fixed' | 'hourly' | null | undefined;
  return ORDER[record.kind]
    .filter((key) => {
      const value = fields[key] ?? null;
      // Of a record whose type is unknown, show what was seen and nothing more.
      if (!type) return value !== null;
      return !(type === 'fixed' ? HOURLY_ONLY : FIXED_ONLY).has(key);
    })
    .map((key) => ({ key, value: fields[key] ?? null }));
}

/** A field's name in words; the other party is the client on an offer, the freelancer on a proposal. */
export function factLabel(key: string, kind?: TermsRecord['kind']): string {
  if (key === 'counterparty') return kind === 'proposal' ? t('termsFieldFreelancer', 'Freelancer') : t('termsFieldClient', 'Client');
  if (key === 'id') return kind === 'contract' ? t('termsFieldContractId', 'Upwork contract ID') : t('termsFieldUpworkId', 'Upwork ID');
  return LABELS[key]?.() ?? key;
}

const LABELS: Record<string, () => string> = {
  title: () => t('termsFieldTitle', 'Title'),
  type: () => t('termsFieldType', 'Type'),
  status: () => t('termsFieldStatus', 'Status'),
  client: () => t('termsFieldClient', 'Client'),
  freelancer: () => t('termsFieldFreelancer', 'Freelancer'),
  startDate: () => t('termsFieldStartDate', 'Start date'),
  budget: () => t('termsFieldBudget', 'Budget'),
  inEscrow: () => t('termsFieldInEscrow', 'In escrow'),
  price: () => t('termsFieldPrice', 'Price'),
  rate: () => t('termsFieldRate', 'Hourly rate'),
  hourlyRange: () => t('termsFieldHourlyRange', 'Hourly range'),
  weeklyLimit: () => t('termsFieldWeeklyLimit', 'Weekly limit'),
  manualTimeAllowed: () => t('termsFieldManualTime', 'Manual time allowed'),
  postedDate: () => t('termsFieldPosted', 'Posted'),
  contractId: () => t('termsFieldContract', 'Contract'),
  weekStart: () => t('termsFieldWeekStart', 'Week starting'),
  totalHours: () => t('termsFieldTotalHours', 'Total hours'),
  terms: () => t('termsFieldDescription', 'Description'),
  description: () => t('termsFieldDescription', 'Description'),
  coverLetter: () => t('termsFieldCoverLetter', 'Cover letter'),
  deliverables: () => t('termsFieldDeliverables', 'Deliverables'),
  hoursByDay: () => t('termsFieldHoursByDay', 'Hours by day'),
  manualHoursByDay: () => t('termsFieldManualHoursByDay', 'Manual hours by day'),
  counterparty: () => t('termsFieldOtherParty', 'Other party'),
  // Milestone fields, in a change between captures.
  amount: () => t('termsFieldAmount', 'Amount'),
  dueDate: () => t('termsFieldDue', 'Due'),
};

/** What kind of page a record came from, in words. */
export function kindName(kind: TermsRecord['kind']): string {
  switch (kind) {
    case 'contract':
      return t('termsKindContract', 'Contract');
    case 'timesheet':
      return t('termsKindTimesheet', 'Timesheet');
    case 'job-post':
      return t('termsKindJobPost', 'Job post');
    case 'offer':
      return t('termsKindOffer', 'Offer');
    case 'proposal':
      return t('termsKindProposal', 'Proposal');
  }
}

/** A record's name for the reader: a timesheet by its week in the reader's date format, the rest by their title. */
export function termsHeading(terms: StoredTerms): string {
  return terms.record.kind === 'timesheet' ? `${t('termsTimesheetWeekOf', 'Timesheet, week of')} ${formatDay(terms.record.timesheet.weekStart)}` : terms.title;
}
