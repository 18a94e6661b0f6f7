// "Terms changed": which fields of a contract, job post, offer or proposal differ between two
// captured states, in plain words for the dashboard and the report (before and after).
import type { IsoUtc, Milestone, Money, StoredTerms, TermsRecord } from '../model';
import { REPORT_FORMAT, termsValueText } from './terms-format';

export interface TermsChange {
  field: string;
  before: string;
  after: string;
}

const LABELS: Record<string, string> = {
  title: 'Title', type: 'Type', status: 'Status', rate: 'Hourly rate', weeklyLimit: 'Weekly limit', manualTimeAllowed: 'Manual time allowed',
  budget: 'Budget', inEscrow: 'In escrow', startDate: 'Start date', terms: 'Description', description: 'Description', price: 'Price',
  hourlyRange: 'Hourly range', deliverables: 'Deliverables', coverLetter: 'Cover letter', client: 'Client', freelancer: 'Freelancer',
  hoursByDay: 'Hours by day', totalHours: 'Total hours', manualHoursByDay: 'Manual hours by day', counterparty: 'Other party', id: 'Upwork ID', contractId: 'Contract',
  weekStart: 'Week starting', postedDate: 'Posted on', postedText: 'Posted (as shown)', milestones: 'Milestones',
};
const IGNORED = new Set(['id', 'kind', 'contractId', 'weekStart', 'postedText', 'postedDate']);

/** A record field in words for people ("weeklyLimit" → "Weekly limit (hours)"). */
export function fieldLabel(key: string): string {
  return LABELS[key] ?? key;
}

/** A record's own fields, without its kind wrapper. */
export function termsRecordFields(record: TermsRecord): Record<string, unknown> {
  switch (record.kind) {
    case 'contract':
      return { ...record.contract };
    case 'timesheet':
      return { ...record.timesheet };
    case 'job-post':
      return { ...record.jobPost };
    case 'offer':
    case 'proposal':
      return { ...record.terms };
  }
}

function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null && 'value' in v && 'currency' in v;
}

export function describeValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '(none)';
  if (isMoney(v)) return `${v.value} ${v.currency}${'per' in v ? ` per ${String((v as { per: unknown }).per)}` : ''}`;
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.map(describeValue).join('; ');
  if (typeof v === 'object') return Object.entries(v).map(([k, x]) => `${k}: ${describeValue(x)}`).join(', ');
  return String(v);
}

/**
 * One field that differs between two captured states, with both raw values so each reader can
 * word them (the report and statement as plain text, the dashboard in the reader's locale).
 * `milestone` is the 0-based row of a milestone field; `key` is then the milestone's field, or
 * null when the whole milestone was added or removed.
 */
export interface TermsFieldChange {
  key: string | null;
  milestone?: number;
  before: unknown;
  after: unknown;
}

const MILESTONE_FIELDS = ['title', 'amount', 'dueDate', 'status', 'description'] as const;

function milestoneChanges(before: Milestone[], after: Milestone[]): TermsFieldChange[] {
  const out: TermsFieldChange[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const a = before[i];
    const b = after[i];
    if (!a || !b) {
      out.push({ key: null, milestone: i, before: a ?? null, after: b ?? null });
      continue;
    }
    for (const key of MILESTONE_FIELDS) {
      if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) out.push({ key, milestone: i, before: a[key], after: b[key] });
    }
  }
  return out;
}

export function termsFieldChanges(before: TermsRecord, after: TermsRecord): TermsFieldChange[] {
  const a = termsRecordFields(before);
  const b = termsRecordFields(after);
  const out: TermsFieldChange[] = [];
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    // A field absent from a record stored before it existed reads as not shown (null).
    if (IGNORED.has(key) || JSON.stringify(a[key] ?? null) === JSON.stringify(b[key] ?? null)) continue;
    if (key === 'milestones') out.push(...milestoneChanges((a[key] as Milestone[]) ?? [], (b[key] as Milestone[]) ?? []));
    else out.push({ key, before: a[key], after: b[key] });
  }
  return out;
}

/** A change in the reports' and statement's words: values as the contract view words them, in REPORT_FORMAT. */
function changeInWords(c: TermsFieldChange): TermsChange {
  const field =
    c.milestone === undefined ? fieldLabel(c.key ?? '') : `Milestone ${c.milestone + 1}${c.key === null ? '' : ` ${c.key === 'dueDate' ? 'due date' : c.key}`}`;
  const words = (v: unknown) => termsValueText(c.key ?? 'milestone', v, REPORT_FORMAT) ?? REPORT_FORMAT.words.notShown;
  return { field, before: words(c.before), after: words(c.after) };
}

export function termsChanges(before: TermsRecord, after: TermsRecord): TermsChange[] {
  return termsFieldChanges(before, after).map(changeInWords);
}

/** One change of state between captures: the last capture that showed the old state and the first that showed the new. */
export interface TermsStateChange {
  /** The last capture that still showed the earlier state, and when. */
  seenAt: IsoUtc;
  captureId: string;
  /** When a capture first showed the new state. */
  replacedAt: IsoUtc;
  changes: TermsFieldChange[];
}

/** Each captured state against the one after it, oldest first; states that differ only in what is not compared are left out. */
export function termsStateChanges(t: StoredTerms): TermsStateChange[] {
  const states = [...t.versions.map((v) => v.record), t.record];
  return t.versions
    .map((v, i) => ({ seenAt: v.seenAt, captureId: v.captureId, replacedAt: v.replacedAt, changes: termsFieldChanges(v.record, states[i + 1]!) }))
    .filter((c) => c.changes.length > 0);
}

/** Each captured state against the one before it, oldest first, with when the change was first seen. */
export function termsHistory(t: StoredTerms): { seenAt: IsoUtc; changes: TermsChange[] }[] {
  return termsStateChanges(t).map((c) => ({ seenAt: c.replacedAt, changes: c.changes.map(changeInWords) }));
}
