import { describe, expect, it } from 'vitest';
import { termsChanges, termsHistory } from '../../../src/shared/terms/terms-diff';
import { mergeTerms } from '../../../src/storage/capture/terms-merge';
import type { ExtractedContract, TermsRecord } from '../../../src/shared/model';

const base: ExtractedContract = {
  id: '1', title: 'Store', type: 'hourly', client: 'Dana', freelancer: 'Priya', status: 'Active', rate: { value: '45.00', currency: 'USD', per: 'hour' },
  weeklyLimit: 20, manualTimeAllowed: false, budget: null, inEscrow: null, startDate: '2026-03-03', terms: 'Build it.',
  milestones: [{ title: 'M1', amount: { value: '600.00', currency: 'USD' }, dueDate: '2026-03-18', status: 'Active & funded', description: 'Pages' }],
};
const contract = (over: Partial<ExtractedContract>): TermsRecord => ({ kind: 'contract', contract: { ...base, ...over } });

describe('what changed in the terms', () => {
  it('names each changed field with before and after, worded as the contract view words them (en-US, whatever the reader\'s language)', () => {
    const after = contract({ weeklyLimit: 10, terms: 'Build it, and the size chart.', milestones: [{ ...base.milestones[0]!, amount: { value: '450.00', currency: 'USD' }, dueDate: '2026-03-25' }] });
    expect(termsChanges(contract({}), after)).toEqual([
      { field: 'Weekly limit', before: '20 hours a week', after: '10 hours a week' },
      { field: 'Description', before: 'Build it.', after: 'Build it, and the size chart.' },
      { field: 'Milestone 1 amount', before: '$600.00', after: '$450.00' },
      { field: 'Milestone 1 due date', before: 'Wed, Mar 18, 2026', after: 'Wed, Mar 25, 2026' },
    ]);
  });

  it('lists no change for a field a record stored before it existed lacks and the page did not show', () => {
    const week = { contractId: '40566110', weekStart: '2026-03-02', hoursByDay: { '2026-03-02': 2 }, totalHours: 2 };
    const before = { kind: 'timesheet', timesheet: week } as unknown as TermsRecord;
    const after: TermsRecord = { kind: 'timesheet', timesheet: { ...week, totalHours: 3, manualHoursByDay: null } };
    expect(termsChanges(before, after)).toEqual([{ field: 'Total hours', before: '2 hr', after: '3 hr' }]);
  });

  it('reports an added milestone and nothing for identical terms', () => {
    const extra = { title: 'M2', amount: { value: '1000.00', currency: 'USD' }, dueDate: null, status: 'Not started', description: null };
    expect(termsChanges(contract({}), contract({}))).toEqual([]);
    expect(termsChanges(contract({}), contract({ milestones: [...base.milestones, extra] }))).toEqual([
      { field: 'Milestone 2', before: 'Not shown on the captured page', after: 'M2 · $1,000.00 · Not started' },
    ]);
  });

  it('dates each change by the capture that first showed it, across several changes', () => {
    const seen = (record: TermsRecord, capturedAt: string, captureId: string) => ({ record, url: 'u', captureId, capturedAt });
    let t = mergeTerms(undefined, seen(contract({}), '2026-03-01T00:00:00Z', 'c1')).record;
    t = mergeTerms(t, seen(contract({}), '2026-03-02T00:00:00Z', 'c2')).record;
    t = mergeTerms(t, seen(contract({ weeklyLimit: 10 }), '2026-03-03T00:00:00Z', 'c3')).record;
    t = mergeTerms(t, seen(contract({ weeklyLimit: 10, status: 'Paused' }), '2026-03-05T00:00:00Z', 'c4')).record;
    expect(termsHistory(t)).toEqual([
      { seenAt: '2026-03-03T00:00:00Z', changes: [{ field: 'Weekly limit', before: '20 hours a week', after: '10 hours a week' }] },
      { seenAt: '2026-03-05T00:00:00Z', changes: [{ field: 'Status', before: 'Active', after: 'Paused' }] },
    ]);
    expect(t.versions.map((v) => v.seenAt)).toEqual(['2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z']);
  });
});
