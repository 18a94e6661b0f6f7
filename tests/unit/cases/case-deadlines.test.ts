import { afterEach, describe, expect, it } from 'vitest';
import { caseDeadlines, describeDue, statusOf, termsDecide, type DeadlineInput } from '../../../src/shared/deadlines';
import { whatCounts } from '../../../src/shared/cases/guidance';
import { t } from '../../../src/shared/locale/translate';

const fixed = { id: '38123456', type: 'fixed' as const, startDate: '2026-03-03' };
const hourlyContract = { id: '38999999', type: 'hourly' as const, startDate: '2026-01-05' };

function input(over: Partial<DeadlineInput>): DeadlineInput {
  return { contracts: [fixed], stage: 'talking', stageHistory: [], dates: {}, now: new Date('2026-04-01T00:00:00Z'), ...over };
}

function due(over: Partial<DeadlineInput>, id: string) {
  const d = caseDeadlines(input(over)).deadlines.find((x) => x.id === id);
  if (!d) throw new Error(`no deadline ${id}`);
  return d;
}

describe('fixed-price deadlines', () => {
  it.each([
    // [what, confirmed date, now, deadline, due, status]
    ['7 days to dispute, across a month end', { contractEnded: '2026-03-28T15:00:00Z' }, '2026-03-29T00:00:00Z', 'file-dispute', '2026-04-04T15:00:00Z', 'upcoming'],
    ['7 days to dispute, across a year end', { contractEnded: '2026-12-28T23:30:00Z' }, '2026-12-29T00:00:00Z', 'file-dispute', '2027-01-04T23:30:00Z', 'upcoming'],
    ['7 days to dispute, a leap day inside', { contractEnded: '2028-02-25T10:00:00Z' }, '2028-02-26T00:00:00Z', 'file-dispute', '2028-03-03T10:00:00Z', 'upcoming'],
    ['14-day auto-release', { workSubmitted: '2026-03-20T09:00:00Z' }, '2026-04-01T09:00:00Z', 'auto-release', '2026-04-03T09:00:00Z', 'soon'],
    ['48 hours left exactly is soon', { workSubmitted: '2026-03-20T09:00:00Z' }, '2026-04-01T09:00:00Z', 'auto-release', '2026-04-03T09:00:00Z', 'soon'],
    ['one millisecond more than 48 hours is upcoming', { workSubmitted: '2026-03-20T09:00:00.001Z' }, '2026-04-01T09:00:00Z', 'auto-release', '2026-04-03T09:00:00.001Z', 'upcoming'],
    ["the client's 5-day reply, past", { disputeFiled: '2026-03-20T12:00:00Z' }, '2026-03-25T12:00:01Z', 'client-reply', '2026-03-25T12:00:00Z', 'past'],
    ["the client's 5-day reply, due this very moment", { disputeFiled: '2026-03-20T12:00:00Z' }, '2026-03-25T12:00:00Z', 'client-reply', '2026-03-25T12:00:00Z', 'soon'],
  ] as const)('%s', (_what, dates, now, id, expected, status) => {
    const d = due({ dates, now: new Date(now) }, id);
    expect(d.due).toBe(expected);
    expect(d.status).toBe(status);
    expect(d.source).toMatch(/^https:\/\/(support|community)\.upwork\.com\//);
    expect(d.basis.length).toBeGreaterThan(20);
  });

  it('says which date it needs when it is missing', () => {
    const d = due({}, 'file-dispute');
    expect(d).toMatchObject({ due: null, status: 'unknown', needs: 'Enter the date the contract ended.' });
  });

  it('adds mediation and arbitration once the case reaches them', () => {
    expect(caseDeadlines(input({})).deadlines.map((d) => d.id)).toEqual(['file-dispute', 'auto-release', 'client-reply']);
    const mediation = input({ stage: 'mediation', dates: { proposalReceived: '2026-03-30T08:00:00Z', nonResolutionNotice: '2026-03-31T08:00:00Z' } });
    const ids = caseDeadlines(mediation).deadlines;
    expect(ids.find((d) => d.id === 'mediation-accept')).toMatchObject({ due: '2026-04-01T08:00:00Z', status: 'soon' });
    expect(ids.find((d) => d.id === 'arbitration')).toMatchObject({ due: '2026-04-07T08:00:00Z', status: 'upcoming' });
  });
});

describe('hourly deadlines', () => {
  it.each([
    // hours logged on…, the window closes Friday 23:59 UTC of the following week
    ['a Wednesday', '2026-03-11T10:00:00Z', '2026-03-20T23:59:00Z', '2026-03-16T12:00:00Z'],
    ['the last minute of Sunday UTC', '2026-03-15T23:59:00Z', '2026-03-20T23:59:00Z', '2026-03-16T12:00:00Z'],
    ['the first minute of Monday UTC', '2026-03-16T00:00:00Z', '2026-03-27T23:59:00Z', '2026-03-23T12:00:00Z'],
    ['the week across a month end', '2026-03-31T10:00:00Z', '2026-04-10T23:59:00Z', '2026-04-06T12:00:00Z'],
    ['the week across a year end', '2026-12-31T10:00:00Z', '2027-01-08T23:59:00Z', '2027-01-04T12:00:00Z'],
  ])('review window for hours logged on %s', (_what, worked, closes, opens) => {
    const d = due({ contracts: [hourlyContract], dates: { workSubmitted: worked }, now: new Date('2026-01-10T00:00:00Z') }, 'hourly-review');
    expect(d.due).toBe(closes);
    expect(d.basis).toContain(opens);
  });

  it("the freelancer's 3-day reply", () => {
    const d = due({ contracts: [hourlyContract], dates: { disputeFiled: '2026-03-18T20:00:00Z' }, now: new Date('2026-03-20T00:00:00Z') }, 'hourly-reply');
    expect(d).toMatchObject({ due: '2026-03-21T20:00:00Z', status: 'soon' });
  });
});

describe('bad input', () => {
  it('a case with no contract says what it needs', () => {
    const report = caseDeadlines(input({ contracts: [] }));
    expect(report.deadlines).toEqual([]);
    expect(report.problems.join(' ')).toMatch(/Add the contract to the case/);
  });

  it('flags dates before the contract started and dates in the future', () => {
    const report = caseDeadlines(input({ dates: { contractEnded: '2026-03-01T10:00:00Z', disputeFiled: '2026-05-01T10:00:00Z' } }));
    expect(report.problems).toContain('The date the contract ended (2026-03-01) is before the contract started (2026-03-03).');
    expect(report.problems).toContain('The date the dispute was filed (2026-05-01) is in the future.');
  });

  it('a contract without a known type says so', () => {
    expect(caseDeadlines(input({ contracts: [{ ...fixed, type: null }] })).problems.join(' ')).toMatch(/without its type/);
  });
});

describe('describeDue', () => {
  it.each([
    // New York leaves daylight saving on 2026-11-01: the same UTC hour reads an hour earlier after it.
    ['2026-10-31T16:00:00Z', 'America/New_York', 'Sat, Oct 31, 2026, 12:00 EDT (America/New_York) · Sat, Oct 31, 16:00 UTC'],
    ['2026-11-07T16:00:00Z', 'America/New_York', 'Sat, Nov 7, 2026, 11:00 EST (America/New_York) · Sat, Nov 7, 16:00 UTC'],
    // A UTC deadline at 23:59 on Friday is already Saturday in Tokyo, and the year turns in Auckland first.
    ['2026-03-20T23:59:00Z', 'Asia/Tokyo', 'Sat, Mar 21, 2026, 08:59 GMT+9 (Asia/Tokyo) · Fri, Mar 20, 23:59 UTC'],
    ['2026-12-31T12:00:00Z', 'Pacific/Auckland', 'Fri, Jan 1, 2027, 01:00 GMT+13 (Pacific/Auckland) · Thu, Dec 31, 12:00 UTC'],
  ])('%s in %s', (dueAt, zone, expected) => {
    expect(describeDue(dueAt, zone)).toBe(expected);
  });

  it('statusOf is exact at the 48-hour and zero boundaries', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    expect(statusOf(now.getTime() + 48 * 3600_000, now)).toBe('soon');
    expect(statusOf(now.getTime() + 48 * 3600_000 + 1, now)).toBe('upcoming');
    expect(statusOf(now.getTime(), now)).toBe('soon');
    expect(statusOf(now.getTime() - 1, now)).toBe('past');
  });
});

describe('the words of the deadlines', () => {
  const scope = globalThis as { chrome?: unknown };
  afterEach(() => {
    delete scope.chrome;
  });

  // A browser with a French translation of a few deadline messages.
  function french(): void {
    const table: Record<string, string> = {
      deadline_file_dispute: 'Ouvrir un litige',
      deadline_needs_contract_ended: 'Saisissez la date de fin du contrat.',
      deadline_problem_future: '$1 ($2) est dans le futur.',
      deadline_date_dispute_filed: 'La date du litige',
      deadline_terms_decide: 'Les conditions d’Upwork font foi.',
      guidance_scope: 'L’offre et les jalons.',
    };
    scope.chrome = { i18n: { getMessage: (name: string, subs: string[] = []) => (table[name] ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '') } };
  }

  it('are the reader’s language when the dashboard passes its t', () => {
    french();
    const report = caseDeadlines(input({ dates: { disputeFiled: '2026-05-01T10:00:00Z' } }), t);
    expect(report.deadlines.find((d) => d.id === 'file-dispute')).toMatchObject({ name: 'Ouvrir un litige', needs: 'Saisissez la date de fin du contrat.' });
    expect(report.problems).toContain('La date du litige (2026-05-01) est dans le futur.');
    expect(termsDecide(t)).toBe('Les conditions d’Upwork font foi.');
    expect(whatCounts('scope', t)).toBe('L’offre et les jalons.');
  });

  it('stay English by default, as evidence.json and the report take them, in a translated browser too', () => {
    french();
    const report = caseDeadlines(input({ dates: { disputeFiled: '2026-05-01T10:00:00Z' } }));
    expect(report.deadlines.find((d) => d.id === 'file-dispute')).toMatchObject({ name: 'File a dispute over the funds in escrow (project funds)', needs: 'Enter the date the contract ended.' });
    expect(report.problems).toContain('The date the dispute was filed (2026-05-01) is in the future.');
    expect(termsDecide()).toBe("Upwork's current terms decide; check the linked help page before you rely on a date.");
    expect(whatCounts('scope')).toMatch(/^The offer, milestone descriptions and job post/);
  });
});
