// extractTerms pieces beyond the fixture pages: dispatch, the capture day, milestone shapes, the
// timesheet grid and the price of offers and proposals.
import { describe, expect, it } from 'vitest';
import { extractTerms } from '../../../src/extractors/terms';
import { parseDate } from '../../../src/extractors/terms/dates';
import { lineFacts, readMilestoneItem } from '../../../src/extractors/terms/milestone-item';
import { readMilestones } from '../../../src/extractors/terms/milestones';
import { referenceDay } from '../../../src/extractors/terms/options';
import { readTable } from '../../../src/extractors/terms/tables';
import { readWeekTable } from '../../../src/extractors/terms/week-table';

const W = 'https://www.upwork.com';
const usd = (value: string) => ({ value, currency: 'USD' });

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<main>${html}</main>`, 'text/html');
}

describe('referenceDay', () => {
  it('takes an ISO day as is, and a Date as the calendar day in the viewer\'s zone', () => {
    expect(referenceDay({ referenceDate: '2026-03-21' })).toBe('2026-03-21');
    const late = new Date('2026-03-21T02:30:00Z');
    expect(referenceDay({ referenceDate: late })).toBe('2026-03-21');
    expect(referenceDay({ referenceDate: late, timeZone: 'America/Los_Angeles' })).toBe('2026-03-20');
    expect(referenceDay({ referenceDate: late, timeZone: 'Asia/Tokyo' })).toBe('2026-03-21');
  });

  it('places "Due" dates from a Date reference', () => {
    const page = parse('<h1>T</h1><ul><li><h3>Logo</h3><span>$100.00</span><span>Due Jan 5</span></li></ul>');
    const result = extractTerms(page, new URL(`${W}/ab/contracts/77`), 'contract', { referenceDate: new Date('2025-12-20T12:00:00Z') });
    expect(result.kind === 'contract' && result.contract.milestones[0]?.dueDate).toBe('2026-01-05');
  });
});

describe('milestone lines', () => {
  it.each([
    ['$600.00', usd('600.00'), null, null],
    ['Active & funded. Due Mar 18.', null, 'Mar 18', 'Active & funded'],
    ['$300.00Active & fundedDue Aug 1', usd('300.00'), 'Aug 1', 'Active & funded'],
    ['$600.00 · Paid', usd('600.00'), null, 'Paid'],
    ['Due Mar 27', null, 'Mar 27', null],
  ])('%j', (line, amount, due, status) => {
    expect(lineFacts(line)).toEqual({ amount, due, status, statusDate: null, meta: true });
  });

  it('reads a status with the date it came about ("Paid Mar 12, 2026", a title cell\'s sub-line)', () => {
    expect(lineFacts('Paid Mar 12, 2026')).toEqual({ amount: null, due: null, status: 'Paid', statusDate: 'Mar 12, 2026', meta: true });
    expect(lineFacts('Funded on Mar 2')).toMatchObject({ status: 'Funded', statusDate: 'Mar 2', meta: true });
  });

  it.each(['Funded · $600.00 in escrow', 'Activated and funded Mar 2, 2026', 'Storefront scaffold', '$600.00 deposit for fonts'])('%j is not a fact line', (line) => {
    expect(lineFacts(line).meta).toBe(false);
  });

  it('needs a title and an amount', () => {
    const [item] = parse('<ul><li><span>Paid</span><span>Due Mar 2</span></li></ul>').querySelectorAll('li');
    expect(readMilestoneItem(item!, '2026-03-21')).toBeNull();
  });

  it('reads a labelled description inside the item', () => {
    const [item] = parse('<ul><li><div>Logo</div><div>$100.00</div><div>Description: Three concepts</div></li></ul>').querySelectorAll('li');
    expect(readMilestoneItem(item!, '2026-03-21')).toEqual({ title: 'Logo', amount: usd('100.00'), dueDate: null, status: null, description: 'Three concepts' });
  });

  it('ignores lists of files and activity, and tables without a title and amount column', () => {
    const html =
      '<ul><li><a href="/f">a.pdf</a> 412 KB · Mar 3, 2026</li></ul>' +
      '<ul><li>Mar 2, 2026 Milestone 1 activated and funded ($600.00)</li></ul>' +
      '<table><thead><tr><th>Week</th><th>Hours</th><th>Amount</th><th>Status</th></tr></thead><tbody><tr><td>Mar 9</td><td>18:20</td><td>$825.00</td><td>Pending</td></tr></tbody></table>';
    expect(readMilestones(parse(html), '2026-03-21')).toEqual([]);
  });

  it('does not take a job summary\'s "$2,500.00 / Fixed-price" tag for a milestone', () => {
    const html = '<ul><li><strong>$2,500.00</strong><div>Fixed-price</div></li><li><strong>Expert</strong><div>Experience level</div></li></ul>';
    expect(readMilestones(parse(html), '2026-03-21')).toEqual([]);
  });
});

describe('offer and proposal price', () => {
  const extract = (html: string) => {
    const result = extractTerms(parse(`<h1>Dashboards</h1>${html}`), new URL(`${W}/nx/proposals/456`), 'proposal', { referenceDate: '2026-01-12' });
    return result.kind === 'proposal' ? result.terms.price : undefined;
  };
  const jobSummary = '<div><strong>$2,500.00</strong><div>Fixed-price</div></div>';

  it('takes the side\'s own price, not the budget of the job summary beside it', () => {
    expect(extract(`${jobSummary}<div><span>Total price of project</span><span>$2,400.00</span></div>`)).toEqual(usd('2400.00'));
    expect(extract('<dl><dt>Fixed-price</dt><dd>$2,500.00</dd><dt>Total price</dt><dd>$2,400.00</dd></dl>')).toEqual(usd('2400.00'));
  });

  it('never reads a value above its label as the price', () => {
    expect(extract(`${jobSummary}<h2>Cover letter</h2><p>Hi</p>`)).toBeNull();
  });
});

describe('timesheet grid cells', () => {
  const day = (text: string) => parseDate(text, '2026-03-10');
  const grid = (rows: string) => readTable(parse(`<table><thead><tr><th>Date</th><th>Total</th></tr></thead><tbody>${rows}</tbody></table>`).querySelector('table')!)!;

  it('reads a dash as a day with no time, and leaves a blank cell unknown', () => {
    const table = grid('<tr><td>Mon, Mar 2</td><td>2:00 hrs</td></tr><tr><td>Tue, Mar 3</td><td>\u2014</td></tr><tr><td>Wed, Mar 4</td><td></td></tr><tr><td>Total</td><td>2:00 hrs</td></tr>');
    expect(readWeekTable(table, day)).toEqual({ hoursByDay: { '2026-03-02': 2, '2026-03-03': 0 }, total: 2, manualByDay: null });
  });

  it('with days as columns and Tracked, Manual and Total rows, takes the totals and the manual split', () => {
    const html = `<table><thead><tr><th></th><th>Mon, Mar 2</th><th>Tue, Mar 3</th><th>Total</th></tr></thead><tbody>
      <tr><td>Tracked</td><td>2:00</td><td>1:00</td><td>3:00</td></tr><tr><td>Manual</td><td>0:30</td><td>—</td><td>0:30</td></tr>
      <tr><td>Total</td><td>2:30</td><td>1:00</td><td>3:30</td></tr></tbody></table>`;
    const table = readTable(parse(html).querySelector('table')!)!;
    expect(readWeekTable(table, day)).toEqual({ hoursByDay: { '2026-03-02': 2.5, '2026-03-03': 1 }, total: 3.5, manualByDay: { '2026-03-02': 0.5, '2026-03-03': 0 } });
  });
});
