// The dispute deadlines of a case as pure functions of its contracts, stage and confirmed dates
// (research: Upwork help §5.1–5.2). Days are counted as calendar days in UTC from the moment the
// date was confirmed: where Upwork's pages say "business days" in one version and "days" in
// another, the shorter reading is taken, so a deadline is never later than Upwork's.
import type { CaseDates, IsoUtc } from '../model';
import { UPWORK_HELP } from './sources';
import type { Deadline, DeadlineContract, DeadlineInput, DeadlineReport, DeadlineStatus } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const DATE_WORDS: Record<keyof CaseDates, string> = {
  contractEnded: 'the date the contract ended',
  workSubmitted: 'the date the work was submitted',
  disputeFiled: 'the date the dispute was filed',
  proposalReceived: "the date the mediator's proposal arrived",
  nonResolutionNotice: "the date of Upwork's notice that mediation did not resolve it",
};

export function caseDeadlines(input: DeadlineInput): DeadlineReport {
  const problems = dateProblems(input);
  if (input.contracts.length === 0) {
    problems.push('Add the contract to the case: whether it is fixed-price or hourly decides which deadlines apply.');
    return { deadlines: [], problems };
  }
  const types = new Set(input.contracts.map((c) => c.type));
  if (types.has(null)) problems.push('A contract of this case was captured without its type (fixed-price or hourly): capture its page again to see all its deadlines.');
  const deadlines = [...(types.has('fixed') ? fixedPrice(input) : []), ...(types.has('hourly') ? hourly(input) : [])];
  return { deadlines, problems };
}

function fixedPrice(input: DeadlineInput): Deadline[] {
  const { dates, now } = input;
  const list = [
    after(now, dates, 'contractEnded', 7 * DAY, {
      id: 'file-dispute',
      name: 'File a dispute over the funds in escrow (project funds)',
      basis: '7 days after a fixed-price contract ends with funds in escrow; after that the funds go back to the client',
      source: UPWORK_HELP.fixedPriceDispute,
    }),
    after(now, dates, 'workSubmitted', 14 * DAY, {
      id: 'auto-release',
      name: 'Milestone payment releases unless the client acts',
      basis: '14 days after the work is submitted the client must approve or ask for changes; then the payment releases itself',
      source: UPWORK_HELP.milestoneAutoRelease,
    }),
    after(now, dates, 'disputeFiled', 5 * DAY, {
      id: 'client-reply',
      name: "The client's reply to the dispute",
      basis: "5 days after the dispute is filed (an older page says 5 business days, another seven days); without a reply the escrow is released to the freelancer",
      source: UPWORK_HELP.escrowDisputeReply,
    }),
  ];
  if (reached(input, 'mediation')) {
    list.push(after(now, dates, 'proposalReceived', 2 * DAY, {
      id: 'mediation-accept',
      name: "Accept or decline the mediator's proposal",
      basis: "2 days after the mediator's proposal (which comes within 2 days of both sides sending their documents)",
      source: UPWORK_HELP.mediation,
    }));
  }
  if (reached(input, 'arbitration') || reached(input, 'mediation')) {
    list.push(after(now, dates, 'nonResolutionNotice', 7 * DAY, {
      id: 'arbitration',
      name: 'Agree to arbitration and pay its fee',
      basis: "7 days after Upwork's notice that mediation did not resolve the dispute (fixed-price contracts only); if only one side pays, the funds go to that side",
      source: UPWORK_HELP.arbitration,
    }));
  }
  return list;
}

function hourly(input: DeadlineInput): Deadline[] {
  const { dates, now } = input;
  // The window for the week the hours were logged in: the week after it, Monday 12:00 to Friday 23:59 UTC.
  const worked = dates.workSubmitted ? Date.parse(dates.workSubmitted) : now.getTime() - 7 * DAY;
  const opens = mondayAfter(worked) + 12 * HOUR;
  const closes = opens - 12 * HOUR + 4 * DAY + 24 * HOUR - 60_000;
  const window: Deadline = {
    id: 'hourly-review',
    name: `The client's review window for the hours of the week of ${iso(weekStart(worked)).slice(0, 10)}`,
    due: iso(closes),
    basis: `The client may dispute last week's hours from Monday 12:00 UTC (${iso(opens)}) until Friday 23:59 UTC; after that the hours are paid${dates.workSubmitted ? '' : ' (the week before today: confirm when the work was submitted for another week)'}`,
    source: UPWORK_HELP.hourlyReviewWindow,
    status: statusOf(closes, now),
  };
  return [
    window,
    after(now, dates, 'disputeFiled', 3 * DAY, {
      id: 'hourly-reply',
      name: "Your reply to the client's dispute of your hours",
      basis: '3 days after the client disputes (an older page says 3 business days); without a reply the disputed hours are refunded to the client',
      source: UPWORK_HELP.hourlyDisputeReply,
    }),
  ];
}

function after(now: Date, dates: CaseDates, key: keyof CaseDates, span: number, what: Omit<Deadline, 'due' | 'status' | 'needs'>): Deadline {
  const start = dates[key];
  if (!start) return { ...what, due: null, status: 'unknown', needs: `Enter ${DATE_WORDS[key]}.` };
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
function dateProblems(input: DeadlineInput): string[] {
  const starts = input.contracts.map((c: DeadlineContract) => c.startDate).filter((d): d is string => d !== null).sort();
  const earliest = starts[0];
  const problems: string[] = [];
  for (const key of Object.keys(DATE_WORDS) as (keyof CaseDates)[]) {
    const value = input.dates[key];
    if (!value) continue;
    if (Number.isNaN(Date.parse(value))) problems.push(`${capital(DATE_WORDS[key])} is not a date: "${value}".`);
    else if (Date.parse(value) > input.now.getTime()) problems.push(`${capital(DATE_WORDS[key])} (${value.slice(0, 10)}) is in the future.`);
    else if (earliest && value.slice(0, 10) < earliest) problems.push(`${capital(DATE_WORDS[key])} (${value.slice(0, 10)}) is before the contract started (${earliest}).`);
  }
  return problems;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
