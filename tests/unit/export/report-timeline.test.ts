// The Timeline: messages of every room and the contract's events in one numbered time order.
import { describe, expect, it } from 'vitest';
import { exportView } from '../../../src/export/bundle/export-view';
import { buildTimeline } from '../../../src/export/report/timeline/timeline';
import { mergeTerms } from '../../../src/storage/capture/terms-merge';
import type { ExtractedContract, StoredTerms } from '../../../src/shared/model';
import { CHRONOLOGICAL_IDS, makeEvidenceSet } from './export-fixtures';

const contract: ExtractedContract = {
  id: '38123456', title: 'Migration', type: 'fixed', client: 'Dana Whitfield', freelancer: 'Priya Raman', status: 'Active',
  rate: null, weeklyLimit: null, manualTimeAllowed: null, budget: { value: '2400.00', currency: 'USD' }, inEscrow: null, startDate: '2026-03-03', terms: 'Migrate the store.',
  milestones: [{ title: 'Scaffold', amount: { value: '600.00', currency: 'USD' }, dueDate: '2026-03-18', status: 'Active & funded', description: null }],
};

function captured(): StoredTerms {
  const url = 'https://www.upwork.com/nx/wm/workroom/38123456';
  const first = mergeTerms(undefined, { record: { kind: 'contract', contract }, url, captureId: 'cap-1', capturedAt: '2026-03-10T15:00:00Z' }).record;
  const paid = { ...contract, milestones: [{ ...contract.milestones[0]!, status: 'Paid', dueDate: '2026-03-25' }] };
  return mergeTerms(first, { record: { kind: 'contract', contract: paid }, url, captureId: 'cap-2', capturedAt: '2026-03-30T15:00:00Z' }).record;
}

describe('Timeline', () => {
  const entries = buildTimeline(exportView({ ...makeEvidenceSet(), terms: [captured()] }));

  it('holds each message once, in time order across rooms, and numbers every entry', () => {
    expect(entries.flatMap((e) => (e.message ? [e.message.id] : []))).toEqual(CHRONOLOGICAL_IDS);
    expect(entries.map((e) => e.n)).toEqual(entries.map((_, i) => i + 1));
    const times = entries.map((e) => Date.parse(e.at ?? '9999-01-01'));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('merges the contract: start, due dates (old and new), statuses and the term change when first captured', () => {
    const events = entries.filter((e) => !e.message).map((e) => `${e.at} ${e.event}`);
    expect(events).toEqual([
      '2026-03-03T00:00:00Z Contract started',
      '2026-03-10T15:00:00Z Milestone 1 "Scaffold" shown as Active & funded (first seen in a capture at this time)',
      '2026-03-18T00:00:00Z Milestone 1 "Scaffold" due ($600.00)',
      '2026-03-25T00:00:00Z Milestone 1 "Scaffold" due ($600.00)',
      '2026-03-30T15:00:00Z Milestone 1 "Scaffold" shown as Paid (first seen in a capture at this time)',
      '2026-03-30T15:00:00Z Terms changed (first seen in a capture at this time): Milestone 1 due date: Wed, Mar 18, 2026 → Wed, Mar 25, 2026; Milestone 1 status: Active & funded → Paid',
    ]);
    expect(entries.filter((e) => !e.message).every((e) => e.source === 'Contract: Migration (38123456)')).toBe(true);
  });
});
