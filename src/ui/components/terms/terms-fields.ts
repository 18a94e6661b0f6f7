// The words of the contract view: a fact's name, a record's kind and heading, in the reader's
// language. Which facts show, and in what order, is shared with the reports (shared/terms/terms-facts.ts).
import type { StoredTerms, TermsRecord } from '../../../shared/model';
import { t } from '../translate';
import { formatDay } from './format-terms';

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
