// The contract view: values in the reader's locale, fields of the other contract type hidden,
// milestones with their dates, activity in date order, changes as before → after, timesheets
// and the other terms pages with their own fields (its words are held to _locales by locale/messages.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredTerms } from '../../../src/shared/model';
import { TermsView } from '../../../src/ui/components/terms/terms-view';
import { formatDay, formatHours, formatMoney } from '../../../src/ui/components/terms/format-terms';
import { mount, unmount } from './ui-fixtures';
import { fixtureRecord, section, storedTerms, tableRows } from './ui-terms-fixtures';

let container: HTMLElement | undefined;
afterEach(async () => {
  if (container) await unmount(container);
  container = undefined;
});

async function view(terms: StoredTerms): Promise<HTMLElement> {
  container = await mount(<TermsView terms={terms} tags={[]} onToggleTag={() => {}} onKeyChange={() => {}} onSaveNote={() => {}} />);
  return container;
}

const facts = (root: HTMLElement) => Object.fromEntries(tableRows(section(root, 'Terms')).map(([k, v]) => [k, v]));
const usd = (n: number) => new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(n);

describe('terms values in the reader\'s locale', () => {
  it('formats money in the record\'s currency, days without shifting, and hours', () => {
    expect(formatMoney({ value: '2400.00', currency: 'USD' }, 'en-US')).toBe('$2,400.00');
    expect(formatMoney({ value: '2400.00', currency: 'EUR' }, 'de-DE').replace(/\s/g, ' ')).toBe('2.400,00 €');
    // A currency the browser cannot name stays as captured, never dropped.
    expect(formatMoney({ value: '2400.00', currency: 'US Dollars' }, 'en-US')).toBe('2,400.00 US Dollars');
    expect(formatMoney({ value: 'n/a', currency: 'USD' }, 'en-US')).toBe('n/a USD');
    expect(formatDay('2026-03-13', 'en-US')).toBe('Fri, Mar 13, 2026');
    expect(formatDay('2026-03-13', 'de-DE')).toBe('Fr., 13. März 2026');
    expect(formatHours(2.8333, 'en-US')).toBe('2 hr 50 min');
    expect(formatHours(4, 'en-US')).toBe('4 hr');
    expect(formatHours(0.5, 'en-US')).toBe('30 min');
  });
});

describe('contract view', () => {
  it('shows a fixed-price contract\'s terms as a table, with no hourly field and nothing as (none)', async () => {
    const root = await view(storedTerms(fixtureRecord('contract-fixed')));
    expect(facts(root)).toEqual({
      Type: 'Fixed price',
      Status: 'Active',
      Client: 'Dana Whitfield, Whitfield Home Goods',
      Freelancer: 'Priya Raman',
      'Start date': formatDay('2026-03-02'),
      Budget: usd(2400),
      'In escrow': usd(600),
      'Upwork contract ID': '38123456',
    });
    expect(root.textContent).not.toContain('(none)');
    expect(root.textContent).toContain('(1 capture)');
    // The captured amount stays one hover away.
    expect(section(root, 'Terms').querySelector(`[title="2400.00 USD"]`)).not.toBeNull();
    expect(section(root, 'Description').textContent).toContain('Migrate the existing Shopify Liquid theme');
  });

  it('shows an hourly contract\'s rate, limit and manual time, no budget or escrow, and says what the page did not show', async () => {
    const root = await view(storedTerms(fixtureRecord('contract-hourly'), { captureIds: ['cap_1', 'cap_2'] }));
    expect(facts(root)).toEqual({
      Type: 'Hourly',
      Status: 'Paused',
      Client: 'Not shown on the captured page',
      Freelancer: 'Not shown on the captured page',
      'Start date': formatDay('2026-01-12'),
      'Hourly rate': `${usd(45)} an hour`,
      'Weekly limit': '0 hours a week',
      'Manual time allowed': 'No',
      'Upwork contract ID': '40566110',
    });
    expect(root.textContent).toContain('(2 captures)');
    expect(root.querySelector('[aria-label="Milestones"]')).toBeNull();
  });

  it('lists milestones with amounts, due dates, statuses and the funded and submitted dates the activity shows', async () => {
    const root = await view(storedTerms(fixtureRecord('contract-fixed')));
    const table = section(root, 'Milestones');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual(['Milestone', 'Amount', 'Due', 'Status', 'Funded', 'Submitted']);
    const rows = tableRows(table);
    expect(rows.map((r) => r.slice(1, 4))).toEqual([
      [usd(600), formatDay('2026-03-13'), 'Changes requested'],
      [usd(1000), formatDay('2026-03-27'), 'Not started'],
      [usd(800), formatDay('2026-04-10'), 'Not started'],
    ]);
    expect(rows[0]![0]).toMatch(/^1\. Storefront scaffold \+ product listing pages ?Next\.js app scaffold/);
    expect(rows[0]![4]).not.toBe('');
    expect(rows[1]![4]).toBe('');
    // The due date keeps the page's own wording (it had no year) on hover.
    expect(table.querySelector('time[datetime="2026-03-13"]')?.getAttribute('title')).toBe('2026-03-13; the page showed: Mar 13');
    // The funded time is an instant: local text, UTC on hover.
    expect(table.querySelector('time[datetime="2026-03-02T10:21:00.000Z"]')?.getAttribute('title')).toContain('UTC 2026-03-02 10:21:00');
  });

  it('shows when a milestone was paid, matched by "Milestone <n>" as the activity may name it', async () => {
    const record = fixtureRecord('contract-fixed');
    if (record.kind !== 'contract') throw new Error('fixture');
    const paid = { kind: 'milestone-released' as const, date: '2026-03-30', at: null, dateText: 'Mar 30, 2026', text: 'Payment released Mar 30, 2026', milestone: 'Milestone 2', amount: { value: '1000.00', currency: 'USD' }, message: null };
    const root = await view(storedTerms({ ...record, contract: { ...record.contract, events: [...record.contract.events!, paid] } }));
    const table = section(root, 'Milestones');
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent).at(-1)).toBe('Paid');
    expect(tableRows(table).map((r) => r.at(-1))).toEqual(['', formatDay('2026-03-30'), '']);
  });

  it('lists the contract\'s activity in date order, whatever order it was stored in', async () => {
    const record = fixtureRecord('contract-fixed');
    if (record.kind !== 'contract') throw new Error('fixture');
    const events = record.contract.events!;
    const root = await view(storedTerms({ ...record, contract: { ...record.contract, events: [events[4]!, events[1]!, events[3]!, events[0]!, events[2]!] } }));
    const rows = tableRows(section(root, 'Activity'));
    expect(rows.map((r) => r[1])).toEqual(['Offer sent', 'Contract started', 'Milestone funded', 'Work submitted', 'Changes requested “Add size chart block to PDP”']);
    expect(rows[2]![3]).toBe(usd(600));
  });

  it('shows each change between captures as before → after, with both capture times', async () => {
    const v1 = fixtureRecord('contract-v1');
    const v2 = fixtureRecord('contract-v2');
    const root = await view(storedTerms(v2, { versions: [{ record: v1, seenAt: '2026-04-21T09:00:00Z', captureId: 'cap_1', replacedAt: '2026-05-02T16:30:00Z' }], captureIds: ['cap_1', 'cap_2'] }));
    const changes = section(root, 'Changes between captures');
    expect(changes.querySelector('time[datetime="2026-04-21T09:00:00Z"]')).not.toBeNull();
    expect(changes.querySelector('time[datetime="2026-05-02T16:30:00Z"]')).not.toBeNull();
    const rows = tableRows(changes);
    expect(rows).toContainEqual(['Budget', usd(2100), `→ ${usd(2350)}`]);
    expect(rows).toContainEqual(['Milestone 1: status', 'Active & funded', '→ Paid']);
    expect(rows).toContainEqual(['Milestone 2: due', formatDay('2026-05-22'), `→ ${formatDay('2026-06-05')}`]);
    expect(changes.textContent).not.toContain('(none)');
  });
});

describe('other terms pages', () => {
  it('shows a timesheet week day by day with the manual hours split out, and warns of manual time', async () => {
    const record = fixtureRecord('contract-hourly.timesheet');
    if (record.kind !== 'timesheet') throw new Error('fixture');
    const root = await view(storedTerms(record));
    expect(root.querySelector('h2')?.textContent).toBe(`Timesheet, week of ${formatDay('2026-03-09')}`);
    expect(facts(root)).toEqual({ Contract: '40566110', 'Week starting': formatDay('2026-03-09'), 'Total hours': formatHours(18.3333) });
    const days = tableRows(section(root, 'Hours by day'));
    expect(days).toHaveLength(7);
    expect(days[3]).toEqual([formatDay('2026-03-12'), formatHours(2.8333), formatHours(0)]);
    expect(root.querySelector('[role="note"]')).toBeNull();

    await unmount(root);
    const manual = { ...record.timesheet.manualHoursByDay!, '2026-03-11': 1.5 };
    container = await view(storedTerms({ kind: 'timesheet', timesheet: { ...record.timesheet, manualHoursByDay: manual } }));
    expect(container.querySelector('[role="note"]')?.textContent).toContain(`Manual time is not covered by Hourly Payment Protection. Manual hours this week: ${formatHours(1.5)}`);
  });

  it('shows a job post\'s hourly range, posting day (as the page said it on hover) and deliverables', async () => {
    const root = await view(storedTerms(fixtureRecord('job-post-hourly')));
    expect(facts(root)).toMatchObject({ Type: 'Hourly', Posted: formatDay('2025-12-01'), 'Hourly range': `${usd(25)} – ${usd(50)} an hour` });
    expect(facts(root)).not.toHaveProperty('Budget');
    expect(section(root, 'Terms').querySelector('time')?.getAttribute('title')).toBe('2025-12-01; the page showed: Posted 2 weeks ago');
    expect([...section(root, 'Deliverables').querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Data Model', 'ETL Pipeline', 'Dashboard']);
  });

  it('names an offer\'s other party as the client and a proposal\'s as the freelancer; captured markup stays text', async () => {
    const offer = await view(storedTerms(fixtureRecord('offer-hourly')));
    expect(facts(offer)).toMatchObject({ Client: 'Rafael Moreno', 'Hourly rate': `${usd(55)} an hour`, 'Weekly limit': '20 hours a week', 'Manual time allowed': 'Yes' });
    expect(facts(offer)).not.toHaveProperty('Price');
    await unmount(offer);
    container = await view(storedTerms(fixtureRecord('proposal')));
    expect(facts(container)).toMatchObject({ Freelancer: 'Priya Raman' });
    expect(section(container, 'Cover letter').textContent).toContain('<img src=x');
    expect(container.querySelector('img')).toBeNull();
  });
});
