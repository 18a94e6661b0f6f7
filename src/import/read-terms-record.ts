// One terms record's own fields back into a TermsRecord: the inverse of termsFields in
// ../export/terms-records.ts, kind by kind. Fields beyond the spec's contract default to "not shown".
import type { ExtractedContract, ExtractedJobPost, ExtractedProposalTerms, ExtractedTimesheet, Milestone, Money, TermsRecord } from '../shared/model';
import { Fields } from './fields';
import { MAX_SHORT_TEXT_LENGTH } from './limits';
import { refuse } from './refusal';

export type TermsKind = TermsRecord['kind'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readTermsRecord(kind: TermsKind, f: Fields): TermsRecord {
  switch (kind) {
    case 'contract':
      return { kind, contract: contract(f) };
    case 'timesheet':
      return { kind, timesheet: timesheet(f) };
    case 'job-post':
      return { kind, jobPost: jobPost(f) };
    case 'offer':
    case 'proposal':
      return { kind, terms: proposalTerms(kind, f) };
  }
}

function money(f: Fields | null): Money | null {
  return f && { value: f.id('value'), currency: f.id('currency') };
}

function hourlyRate(f: Fields, key: string): (Money & { per: 'hour' }) | null {
  const rate = f.objectOrNull(key);
  return rate && { value: rate.id('value'), currency: rate.id('currency'), per: rate.oneOf('per', ['hour']) };
}

function contractType(f: Fields): 'fixed' | 'hourly' | null {
  return f.raw('type') === null ? null : f.oneOf('type', ['fixed', 'hourly'] as const);
}

function milestones(f: Fields): Milestone[] {
  return f.objects('milestones', 'milestone').map((m) => ({
    title: m.text('title'),
    amount: money(m.objectOrNull('amount')),
    dueDate: m.dateOrNull('dueDate'),
    ...(m.has('dueText') ? { dueText: m.text('dueText', MAX_SHORT_TEXT_LENGTH) } : {}),
    status: m.textOrNull('status', MAX_SHORT_TEXT_LENGTH),
    description: m.optional('description', (k) => m.textOrNull(k), null),
  }));
}

function contract(f: Fields): ExtractedContract {
  return {
    id: f.id('id'),
    title: f.text('title'),
    type: contractType(f),
    client: f.textOrNull('client', MAX_SHORT_TEXT_LENGTH),
    freelancer: f.textOrNull('freelancer', MAX_SHORT_TEXT_LENGTH),
    status: f.textOrNull('status', MAX_SHORT_TEXT_LENGTH),
    rate: hourlyRate(f, 'rate'),
    weeklyLimit: f.numberOrNull('weeklyLimit'),
    // Extras beyond the spec's contract: a bundle without them did not show them.
    manualTimeAllowed: f.optional('manualTimeAllowed', (k) => f.booleanOrNull(k), null),
    budget: money(f.objectOrNull('budget')),
    inEscrow: f.optional('inEscrow', (k) => money(f.objectOrNull(k)), null),
    startDate: f.dateOrNull('startDate'),
    milestones: milestones(f),
    terms: f.textOrNull('terms'),
    ...contractEvents(f),
  };
}

const EVENT_KINDS = ['offer', 'contract-started', 'milestone-funded', 'work-submitted', 'changes-requested', 'milestone-released', 'payment', 'refund', 'contract-ended'] as const;

/** Newer than some bundles: absent or empty means the page showed no activity we read. */
function contractEvents(f: Fields): Pick<ExtractedContract, 'events'> {
  if (!f.has('events')) return {};
  const events = f.objects('events', 'event').map((e) => ({
    kind: e.oneOf('kind', EVENT_KINDS),
    date: e.dateOrNull('date'),
    at: e.utcTimeOrNull('at'),
    dateText: e.textOrNull('dateText', MAX_SHORT_TEXT_LENGTH),
    text: e.text('text'),
    milestone: e.textOrNull('milestone', MAX_SHORT_TEXT_LENGTH),
    amount: money(e.objectOrNull('amount')),
    message: e.textOrNull('message'),
  }));
  return events.length > 0 ? { events } : {};
}

function timesheet(f: Fields): ExtractedTimesheet {
  const weekStart = f.dateOrNull('weekStart');
  if (!weekStart) refuse(`${f.where}: "weekStart" is missing.`);
  return {
    contractId: f.id('contractId'),
    weekStart,
    hoursByDay: hoursByDay(f, 'hoursByDay'),
    totalHours: f.numberOrNull('totalHours'),
    // Newer than some bundles: absent means the page did not split out manual time.
    manualHoursByDay: f.optional('manualHoursByDay', (k) => (f.raw(k) === null ? null : hoursByDay(f, k)), null),
  };
}

function hoursByDay(f: Fields, key: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [day, hours] of f.object(key).entries()) {
    if (!DATE.test(day) || typeof hours !== 'number' || !Number.isFinite(hours)) refuse(`${f.where}: "${key}" holds something that is not a date with hours.`);
    out[day] = hours;
  }
  return out;
}

function jobPost(f: Fields): ExtractedJobPost {
  const range = f.objectOrNull('hourlyRange');
  const min = range && money(range.object('min'));
  const max = range && money(range.object('max'));
  return {
    id: f.id('id'),
    title: f.text('title'),
    description: f.text('description'),
    budget: money(f.objectOrNull('budget')),
    hourlyRange: min && max ? { min, max } : null,
    type: contractType(f),
    postedDate: f.dateOrNull('postedDate'),
    postedText: f.textOrNull('postedText', MAX_SHORT_TEXT_LENGTH),
    deliverables: f.texts('deliverables'),
  };
}

function proposalTerms(kind: 'offer' | 'proposal', f: Fields): ExtractedProposalTerms {
  if (f.has('kind') && f.raw('kind') !== kind) refuse(`${f.where}: "kind" is not "${kind}".`);
  return {
    id: f.id('id'),
    kind,
    title: f.text('title'),
    type: contractType(f),
    rate: hourlyRate(f, 'rate'),
    // Hourly offers' extras, newer than some bundles: absent means not shown.
    weeklyLimit: f.optional('weeklyLimit', (k) => f.numberOrNull(k), null),
    manualTimeAllowed: f.optional('manualTimeAllowed', (k) => f.booleanOrNull(k), null),
    price: money(f.objectOrNull('price')),
    milestones: milestones(f),
    terms: f.textOrNull('terms'),
    coverLetter: f.textOrNull('coverLetter'),
    counterparty: f.textOrNull('counterparty', MAX_SHORT_TEXT_LENGTH),
  };
}
