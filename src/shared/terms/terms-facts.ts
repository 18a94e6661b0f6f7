// Which facts a terms record shows, in what order: a field that does not apply to the contract
// type is left out (no weekly limit on a fixed-price contract, no escrow on an hourly one); a
// field that applies but was not on the page is kept, its value null. Long texts (description,
// cover letter) and lists (milestones, days) are not facts: they have sections of their own.
// The dashboard's contract view and the reports show the same facts.
import type { TermsRecord } from '../model';
import { fieldLabel, termsRecordFields } from './terms-diff';

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

/** A fact's name in English (the reports'); the other party is the client on an offer, the freelancer on a proposal. */
export function englishFactLabel(key: string, kind: TermsRecord['kind']): string {
  if (key === 'counterparty') return kind === 'proposal' ? 'Freelancer' : 'Client';
  if (key === 'id') return kind === 'contract' ? 'Upwork contract ID' : 'Upwork ID';
  return fieldLabel(key);
}
