import { beforeEach, describe, expect, it } from 'vitest';
import { custodyLog, openEvidenceDb, storePageCapture, type EvidenceDb } from '../../../src/storage';
import { comparableTerms, mergeTerms } from '../../../src/storage/capture/terms-merge';
import { custodyProblems } from '../../../src/shared/proof/custody';
import type { CommitPageInput } from '../../../src/shared/messaging/messages';
import type { ExtractedContract, TermsRecord } from '../../../src/shared/model';

const contract: ExtractedContract = {
  id: '38123456', title: 'Shopify store migration', type: 'fixed', client: 'Dana Whitfield', freelancer: 'Priya Raman', status: 'Active',
  rate: null, weeklyLimit: null, manualTimeAllowed: null, budget: { value: '2400.00', currency: 'USD' }, inEscrow: { value: '600.00', currency: 'USD' },
  startDate: '2026-03-03', terms: 'Migrate the store.',
  milestones: [{ title: 'Storefront scaffold', amount: { value: '600.00', currency: 'USD' }, dueDate: '2026-03-18', status: 'Active & funded', description: null }],
};
const v1: TermsRecord = { kind: 'contract', contract };
const v2: TermsRecord = { kind: 'contract', contract: { ...contract, milestones: [{ ...contract.milestones[0]!, amount: { value: '450.00', currency: 'USD' }, dueDate: '2026-03-25' }] } };

let db: EvidenceDb;
let n = 0;
function input(terms: TermsRecord | null, capturedAt: string): CommitPageInput {
  n += 1;
  return {
    captureId: `cap_page_${n}`, pageKind: 'contract', url: 'https://www.upwork.com/nx/wm/workroom/38123456', title: 'Contract | Upwork',
    environment: { capturedAt, timeZone: 'America/New_York', utcOffsetMinutes: -240, browser: 'Chromium', userAgent: 'test' },
    actions: ['read the page'], terms, files: [],
  };
}

beforeEach(() => {
  db = openEvidenceDb(`terms-${Math.random()}`);
});

describe('capturing terms pages', () => {
  it('keeps the earlier terms when a milestone changes, and says the terms changed', async () => {
    expect(await storePageCapture(db, input(v1, '2026-03-10T10:00:00.000Z'), { extensionVersion: '0.1.0', blobs: [] })).toMatchObject({ termsChanged: false, firstCapture: true, termsId: 'contract:38123456' });
    expect(await storePageCapture(db, input(v1, '2026-03-11T10:00:00.000Z'), { extensionVersion: '0.1.0', blobs: [] })).toMatchObject({ termsChanged: false, firstCapture: false });
    expect(await storePageCapture(db, input(v2, '2026-03-12T10:00:00.000Z'), { extensionVersion: '0.1.0', blobs: [] })).toMatchObject({ termsChanged: true });
    const stored = await db.terms.get('contract:38123456');
    expect(stored?.record).toEqual(v2);
    expect(stored?.versions).toEqual([{ record: v1, seenAt: '2026-03-11T10:00:00.000Z', captureId: 'cap_page_2', replacedAt: '2026-03-12T10:00:00.000Z' }]);
    expect((await custodyLog(db)).map((e) => e.event)).toEqual(['captured', 'recaptured', 'recaptured']);
    expect(custodyProblems(await custodyLog(db))).toEqual([]);
  });

  it('stores a page whose terms were not recognised, as a capture without records', async () => {
    const result = await storePageCapture(db, input(null, '2026-03-10T10:00:00.000Z'), { extensionVersion: '0.1.0', blobs: [] });
    expect(result.termsId).toBeNull();
    expect(await db.terms.count()).toBe(0);
    expect(await db.captures.get(result.captureId)).toMatchObject({ termsId: null, pageKind: 'contract' });
  });

  it('does not count a job post as changed because "Posted 3 days ago" became "4 days ago"', () => {
    const post = (postedText: string, postedDate: string): TermsRecord => ({
      kind: 'job-post',
      jobPost: { id: '~021', title: 'Build a store', description: 'd', budget: null, hourlyRange: null, type: 'fixed', postedDate, postedText, deliverables: [] },
    });
    expect(comparableTerms(post('Posted 3 days ago', '2026-03-07'))).toBe(comparableTerms(post('Posted 4 days ago', '2026-03-07')));
    const first = mergeTerms(undefined, { record: post('Posted 3 days ago', '2026-03-07'), url: 'u', captureId: 'a', capturedAt: '2026-03-10T00:00:00Z' }).record;
    expect(mergeTerms(first, { record: post('Posted 4 days ago', '2026-03-06'), url: 'u', captureId: 'b', capturedAt: '2026-03-11T00:00:00Z' }).changed).toBe(false);
  });

  it('does not count an offer stored before it had hourly fields as changed when they are not shown', () => {
    const terms = { id: '1899', kind: 'offer' as const, title: 'Offer', type: 'fixed' as const, rate: null, weeklyLimit: null, manualTimeAllowed: null, price: { value: '900.00', currency: 'USD' }, milestones: [], terms: 'Build it.', coverLetter: null, counterparty: 'Dana' };
    const { weeklyLimit: _w, manualTimeAllowed: _m, ...older } = terms;
    const stored = mergeTerms(undefined, { record: { kind: 'offer', terms: older as typeof terms }, url: 'u', captureId: 'a', capturedAt: '2026-03-10T00:00:00Z' }).record;
    expect(mergeTerms(stored, { record: { kind: 'offer', terms }, url: 'u', captureId: 'b', capturedAt: '2026-03-11T00:00:00Z' }).changed).toBe(false);
    expect(mergeTerms(stored, { record: { kind: 'offer', terms: { ...terms, weeklyLimit: 20 } }, url: 'u', captureId: 'c', capturedAt: '2026-03-12T00:00:00Z' }).changed).toBe(true);
  });

  it('does not count a timesheet stored before the manual split as changed when the page shows none', () => {
    const week = { contractId: '40566110', weekStart: '2026-03-02', hoursByDay: { '2026-03-02': 2 }, totalHours: 2, manualHoursByDay: null };
    const { manualHoursByDay: _m, ...older } = week;
    const stored = mergeTerms(undefined, { record: { kind: 'timesheet', timesheet: older as typeof week }, url: 'u', captureId: 'a', capturedAt: '2026-03-10T00:00:00Z' }).record;
    expect(mergeTerms(stored, { record: { kind: 'timesheet', timesheet: week }, url: 'u', captureId: 'b', capturedAt: '2026-03-11T00:00:00Z' }).changed).toBe(false);
  });
});
