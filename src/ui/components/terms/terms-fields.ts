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
  if (key === 'counterparty') return kind === 'proposal' ? t('terms_field_freelancer', 'Freelancer') : t('terms_field_client', 'Client');
  if (key === 'id') return kind === 'contract' ? t('terms_field_contract_id', 'Upwork contract ID') : t('terms_field_upwork_id', 'Upwork ID');
  return LABELS[key]?.() ?? key;
}

const LABELS: Record<string, () => string> = {
  title: () => t('terms_field_title', 'Title'),
  type: () => t('terms_field_type', 'Type'),
  status: () => t('terms_field_status', 'Status'),
  client: () => t('terms_field_client', 'Client'),
  freelancer: () => t('terms_field_freelancer', 'Freelancer'),
  startDate: () => t('terms_field_start_date', 'Start date'),
  budget: () => t('terms_field_budget', 'Budget'),
  inEscrow: () => t('terms_field_in_escrow', 'In escrow'),
  price: () => t('terms_field_price', 'Price'),
  rate: () => t('terms_field_rate', 'Hourly rate'),
  hourlyRange: () => t('terms_field_hourly_range', 'Hourly range'),
  weeklyLimit: () => t('terms_field_weekly_limit', 'Weekly limit'),
  manualTimeAllowed: () => t('terms_field_manual_time', 'Manual time allowed'),
  postedDate: () => t('terms_field_posted', 'Posted'),
  contractId: () => t('terms_field_contract', 'Contract'),
  weekStart: () => t('terms_field_week_start', 'Week starting'),
  totalHours: () => t('terms_field_total_hours', 'Total hours'),
  terms: () => t('terms_field_description', 'Description'),
  description: () => t('terms_field_description', 'Description'),
  coverLetter: () => t('terms_field_cover_letter', 'Cover letter'),
  deliverables: () => t('terms_field_deliverables', 'Deliverables'),
  hoursByDay: () => t('terms_field_hours_by_day', 'Hours by day'),
  manualHoursByDay: () => t('terms_field_manual_hours_by_day', 'Manual hours by day'),
  counterparty: () => t('terms_field_other_party', 'Other party'),
  // Milestone fields, in a change between captures.
  amount: () => t('terms_field_amount', 'Amount'),
  dueDate: () => t('terms_field_due', 'Due'),
};

/** What kind of page a record came from, in words. */
export function kindName(kind: TermsRecord['kind']): string {
  switch (kind) {
    case 'contract':
      return t('terms_kind_contract', 'Contract');
    case 'timesheet':
      return t('terms_kind_timesheet', 'Timesheet');
    case 'job-post':
      return t('terms_kind_job_post', 'Job post');
    case 'offer':
      return t('terms_kind_offer', 'Offer');
    case 'proposal':
      return t('terms_kind_proposal', 'Proposal');
  }
}

/** A record's name for the reader: a timesheet by its week in the reader's date format, the rest by their title. */
export function termsHeading(terms: StoredTerms): string {
  return terms.record.kind === 'timesheet' ? `${t('terms_timesheet_week_of', 'Timesheet, week of')} ${formatDay(terms.record.timesheet.weekStart)}` : terms.title;
}
