// The dispute deadlines of a case as pure functions of its contracts, stage and confirmed dates
// (research: Upwork help §5.1–5.2). Days are counted as calendar days in UTC from the moment the
// date was confirmed: where Upwork's pages say "business days" in one version and "days" in
// another, the shorter reading is taken, so a deadline is never later than Upwork's. The words
// come through `t`: the dashboard passes its own (the reader's language), evidence.json and the
// report take the default, English.
import { inEnglish, type Translate } from '../locale/translate';
import type { CaseDates, IsoUtc } from '../model';
import { UPWORK_HELP } from './sources';
import type { Deadline, DeadlineContract, DeadlineInput, DeadlineReport, DeadlineStatus } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The dates a deadline can rest on, in the order the form asks for them. */
const DATE_KEYS: readonly (keyof CaseDates)[] = ['contractEnded', 'workSubmitted', 'disputeFiled', 'proposalReceived', 'nonResolutionNotice'];

/** What a deadline says while the date it rests on is missing. */
function askFor(key: keyof CaseDates, t: Translate): string {
  switch (key) {
    case 'contractEnded': return t('deadline_needs_contract_ended', 'Enter the date the contract ended.');
    case 'workSubmitted': return t('deadline_needs_work_submitted', 'Enter the date the work was submitted.');
    case 'disputeFiled': return t('deadline_needs_dispute_filed', 'Enter the date the dispute was filed.');
    case 'proposalReceived': return t('deadline_needs_proposal_received', "Enter the date the mediator's proposal arrived.");
    case 'nonResolutionNotice': return t('deadline_needs_non_resolution', "Enter the date of Upwork's notice that mediation did not resolve it.");
  }
}

/** A date entered, as the subject of a doubt about it ("The date the contract ended (…) is in the future."). */
function dateName(key: keyof CaseDates, t: Translate): string {
  switch (key) {
    case 'contractEnded': return t('deadline_date_contract_ended', 'The date the contract ended');
    case 'workSubmitted': return t('deadline_date_work_submitted', 'The date the work was submitted');
    case 'disputeFiled': return t('deadline_date_dispute_filed', 'The date the dispute was filed');
    case 'proposalReceived': return t('deadline_date_proposal_received', "The date the mediator's proposal arrived");
    case 'nonResolutionNotice': return t('deadline_date_non_resolution', "The date of Upwork's notice that mediation did not resolve it");
  }
}

export function caseDeadlines(input: DeadlineInput, t: Translate = inEnglish): DeadlineReport {
  const problems = dateProblems(input, t);
  if (input.contracts.length === 0) {
    problems.push(t('deadline_problem_no_contract', 'Add the contract to the case: whether it is fixed-price or hourly decides which deadlines apply.'));
    return { deadlines: [], problems };
  }
  const types = new Set(input.contracts.map((c) => c.type));
  if (types.has(null)) problems.push(t('deadline_problem_no_type', 'A contract of this case was captured without its type (fixed-price or hourly): capture its page again to see all its deadlines.'));
  const deadlines = [...(types.has('fixed') ? fixedPrice(input, t) : []), ...(types.has('hourly') ? hourly(input, t) : [])];
  return { deadlines, problems };
}

function fixedPrice(input: DeadlineInput, t: Translate): Deadline[] {
  const { dates, now } = input;
  const list = [
    after(now, dates, 'contractEnded', 7 * DAY, t, {
      id: 'file-dispute',
      name: t('deadline_file_dispute', 'File a dispute over the funds in escrow (project funds)'),
      basis: t('deadline_file_dispute_basis', '7 days after a fixed-price contract ends with funds in escrow; after that the funds go back to the client'),
      source: UPWORK_HELP.fixedPriceDispute,
    }),
    after(now, dates, 'workSubmitted', 14 * DAY, t, {
      id: 'auto-release',
      name: t('deadline_auto_release', 'Milestone payment releases unless the client acts'),
      basis: t('deadline_auto_release_basis', '14 days after the work is submitted the client must approve or ask for changes; then the payment releases itself'),
      source: UPWORK_HELP.milestoneAutoRelease,
    }),
    after(now, dates, 'disputeFiled', 5 * DAY, t, {
      id: 'client-reply',
      name: t('deadline_client_reply', "The client's reply to the dispute"),
      basis: t('deadline_client_reply_basis', '5 days after the dispute is filed (an older page says 5 business days, another seven days); without a reply the escrow is released to the freelancer'),
      source: UPWORK_HELP.escrowDisputeReply,
    }),
  ];
  if (reached(input, 'mediation')) {
    list.push(after(now, dates, 'proposalReceived', 2 * DAY, t, {
      id: 'mediation-accept',
      name: t('deadline_mediation_accept', "Accept or decline the mediator's proposal"),
      basis: t('deadline_mediation_accept_basis', "2 days after the mediator's proposal (which comes within 2 days of both sides sending their documents)"),
      source: UPWORK_HELP.mediation,
    }));
  }
  if (reached(input, 'arbitration') || reached(input, 'mediation')) {
    list.push(after(now, dates, 'nonResolutionNotice', 7 * DAY, t, {
      id: 'arbitration',
      name: t('deadline_arbitration', 'Agree to arbitration and pay its fee'),
      basis: t('deadline_arbitration_basis', "7 days after Upwork's notice that mediation did not resolve the dispute (fixed-price contracts only); if only one side pays, the funds go to that side"),
      source: UPWORK_HELP.arbitration,
    }));
  }
  return list;
}

function hourly(input: DeadlineInput, t: Translate): Deadline[] {
  const { dates, now } = input;
  // The window for the week the hours were logged in: the week after it, Monday 12:00 to Friday 23:59 UTC.
  const worked = dates.workSubmitted ? Date.parse(dates.workSubmitted) : now.getTime() - 7 * DAY;
  const opens = mondayAfter(worked) + 12 * HOUR;
  const closes = opens - 12 * HOUR + 4 * DAY + 24 * HOUR - 60_000;
  const window: Deadline = {
    id: 'hourly-review',
    name: t('deadline_hourly_review', "The client's review window for the hours of the week of $1", iso(weekStart(worked)).slice(0, 10)),
    due: iso(closes),
    basis: dates.workSubmitted
      ? t('deadline_hourly_review_basis', "The client may dispute last week's hours from Monday 12:00 UTC ($1) until Friday 23:59 UTC; after that the hours are paid", iso(opens))
      : t('deadline_hourly_review_basis_guessed', "The client may dispute last week's hours from Monday 12:00 UTC ($1) until Friday 23:59 UTC; after that the hours are paid (the week before today: confirm when the work was submitted for another week)", iso(opens)),
    source: UPWORK_HELP.hourlyReviewWindow,
    status: statusOf(closes, now),
  };
  return [
    window,
    after(now, dates, 'disputeFiled', 3 * DAY, t, {
      id: 'hourly-reply',
      name: t('deadline_hourly_reply', "Your reply to the client's dispute of your hours"),
      basis: t('deadline_hourly_reply_basis', '3 days after the client disputes (an older page says 3 business days); without a reply the disputed hours are refunded to the client'),
      source: UPWORK_HELP.hourlyDisputeReply,
    }),
  ];
}

function after(now: Date, dates: CaseDates, key: keyof CaseDates, span: number, t: Translate, what: Omit<Deadline, 'due' | 'status' | 'needs'>): Deadline {
  const start = dates[key];
  if (!start) return { ...what, due: null, status: 'unknown', needs: askFor(key, t) };
  const due = Date.parse(start) + span;
  return { ...what, due: iso(due), status: statusOf(due, now) };
}

export function statusOf(due: number, now: Date): DeadlineStatus {
  const left = due - now.getTime();
  if (left < 0) return 'past';
  return left <= 48 * HOUR ? 'soon' : 'upcoming';
}

function reached(input: DeadlineInput, stage: DeadlineInput['stage']): boolean {
  return input.stage === stage || input.stageHistory.some((s) => s.stage === stage);
}

/** Monday 00:00 UTC of the week containing `ms` (weeks run Monday to Sunday in UTC). */
function weekStart(ms: number): number {
  const day = Math.floor(ms / DAY) * DAY;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return day - weekday * DAY;
}

function mondayAfter(ms: number): number {
  return weekStart(ms) + 7 * DAY;
}

function iso(ms: number): IsoUtc {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Dates that cannot be right: before every contract of the case started, or after now. */
function dateProblems(input: DeadlineInput, t: Translate): string[] {
  const starts = input.contracts.map((c: DeadlineContract) => c.startDate).filter((d): d is string => d !== null).sort();
  const earliest = starts[0];
  const problems: string[] = [];
  for (const key of DATE_KEYS) {
    const value = input.dates[key];
    if (!value) continue;
    if (Number.isNaN(Date.parse(value))) problems.push(t('deadline_problem_not_a_date', '$1 is not a date: "$2".', dateName(key, t), value));
    else if (Date.parse(value) > input.now.getTime()) problems.push(t('deadline_problem_future', '$1 ($2) is in the future.', dateName(key, t), value.slice(0, 10)));
    else if (earliest && value.slice(0, 10) < earliest) problems.push(t('deadline_problem_before_start', '$1 ($2) is before the contract started ($3).', dateName(key, t), value.slice(0, 10), earliest));
  }
  return problems;
}
