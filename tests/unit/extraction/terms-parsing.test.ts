// Money, hours, dates and yes/no as Upwork writes them (src/extractors/terms/, research §4.2).
import { describe, expect, it } from 'vitest';
import { addDays, inferYear, mondayOf, parseDate, yearlessText } from '../../../src/extractors/terms/dates';
import { hoursPrefix, parseHours } from '../../../src/extractors/terms/hours';
import { moneyPrefix, parseMoney, parseMoneyRange, parseRate } from '../../../src/extractors/terms/money';
import { postedDate } from '../../../src/extractors/terms/posted';
import { parseYesNo } from '../../../src/extractors/terms/yes-no';

const usd = (value: string) => ({ value, currency: 'USD' });

describe('parseMoney', () => {
  it.each([
    ['$2,400.00', '2400.00'],
    ['$5', '5.00'],
    ['$1.5', '1.50'],
    ['  $ 600.00 ', '600.00'],
    ['$1,000,000.99', '1000000.99'],
    ['-$50.00', '-50.00'],
    ['$0.00', '0.00'],
  ])('%s -> %s USD', (text, value) => {
    expect(parseMoney(text)).toEqual(usd(value));
  });

  it.each(['', '$', '2400', '$abc', '$1,23', '$1.234', '€1.200,50', '£45.00', '$12,3456', '$45.00/hr', 'USD'])('%j -> null (no guess)', (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it('reads an amount with a remark after it, not one inside words', () => {
    expect(moneyPrefix('$2,400.00 Fixed-price')).toEqual(usd('2400.00'));
    expect(moneyPrefix('$600.00 · funded')).toEqual(usd('600.00'));
    expect(moneyPrefix('$600.00in escrow')).toBeNull();
    expect(moneyPrefix('Total $600.00')).toBeNull();
  });
});

describe('parseRate and parseMoneyRange', () => {
  it.each([
    ['$45.00/hr', '45.00'],
    ['$45 / hr', '45.00'],
    ['$45.00/hour', '45.00'],
    ['$45.00 per hour', '45.00'],
    ['$37.50 hourly', '37.50'],
  ])('%s is %s per hour', (text, value) => {
    expect(parseRate(text)).toEqual({ ...usd(value), per: 'hour' });
  });

  it('takes a bare amount as hourly only when the label said so', () => {
    expect(parseRate('$45.00')).toBeNull();
    expect(parseRate('$45.00', true)).toEqual({ ...usd('45.00'), per: 'hour' });
    expect(parseRate('$45.00/week', true)).toBeNull();
    expect(parseRate('€45/hr')).toBeNull();
  });

  it.each([
    ['$25.00 - $50.00', '25.00', '50.00'],
    ['$25–$50/hr', '25.00', '50.00'],
    ['$25.00 to $50.00 hourly', '25.00', '50.00'],
  ])('%s is a range', (text, min, max) => {
    expect(parseMoneyRange(text)).toEqual({ min: usd(min), max: usd(max) });
  });

  it.each(['$25.00', '$25 - 50', '25 - 50', '$25 - $50 fixed'])('%j is not a range', (text) => {
    expect(parseMoneyRange(text)).toBeNull();
  });
});

describe('parseHours', () => {
  it.each([
    ['20 hrs/week', 20],
    ['20 hrs / week', 20],
    ['1:30 hrs', 1.5],
    ['1.5 hrs', 1.5],
    ['0:00', 0],
    ['18:20', 18.3333],
    ['146:40 hrs', 146.6667],
    ['6 hours', 6],
    ['1 hr', 1],
    ['2h 30m', 2.5],
    ['40 min', 0.6667],
    ['20 hours per week', 20],
  ])('%s -> %d', (text, hours) => {
    expect(parseHours(text)).toBe(hours);
  });

  it.each(['', 'abc', '1:75', '-3 hrs', 'No limit', '3 days', '20 hrs/month'])('%j -> null', (text) => {
    expect(parseHours(text)).toBeNull();
  });

  it('reads a limit with a remark after it, but not other units', () => {
    expect(hoursPrefix('0 hrs/week (was 20 hrs/week before the dispute)')).toBe(0);
    expect(hoursPrefix('20 hrs/week · changed Mar 2')).toBe(20);
    expect(hoursPrefix('3 days')).toBeNull();
    expect(hoursPrefix('No limit')).toBeNull();
  });
});

describe('parseDate', () => {
  const ref = '2026-03-21';
  it.each([
    ['Mar 18, 2026', '2026-03-18'],
    ['March 18, 2026', '2026-03-18'],
    ['Sept 3, 2025', '2025-09-03'],
    ['mar 18 2026', '2026-03-18'],
    ['18 Mar 2026', '2026-03-18'],
    ['2026-03-18', '2026-03-18'],
    ['Due Mar 18', '2026-03-18'],
    ['Due Mar 18.', '2026-03-18'],
    ['Wed, Mar 11', '2026-03-11'],
    ['Apr 10', '2026-04-10'],
    ['Feb 29, 2028', '2028-02-29'],
  ])('%s -> %s', (text, iso) => {
    expect(parseDate(text, ref)).toBe(iso);
  });

  it.each(['', 'Mar', 'Feb 30, 2026', '2026-02-30', 'Foo 3, 2026', '3/18/2026', 'Mar 32', 'yesterday'])('%j -> null', (text) => {
    expect(parseDate(text, ref)).toBeNull();
  });

  it('needs a reference for a date without a year', () => {
    expect(parseDate('Mar 18', null)).toBeNull();
    expect(parseDate('Mar 18, 2026', null)).toBe('2026-03-18');
  });

  it('places a year-less date no more than ~6 months before the reference (183 days)', () => {
    expect(inferYear(2, 13, '2026-03-21')).toBe('2026-03-13'); // overdue
    expect(inferYear(8, 30, '2026-03-21')).toBe('2025-09-30'); // 172 days before
    expect(inferYear(8, 1, '2026-03-21')).toBe('2026-09-01'); // 201 days before: the next one
    expect(inferYear(0, 5, '2025-12-20')).toBe('2026-01-05'); // across New Year
    expect(inferYear(11, 28, '2026-01-03')).toBe('2025-12-28');
    expect(inferYear(1, 29, '2028-01-10')).toBe('2028-02-29');
    expect(inferYear(1, 29, '2026-03-21')).toBeNull(); // no Feb 29 in the window
  });

  it('counts calendar days and Monday-based weeks', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(mondayOf('2026-03-11')).toBe('2026-03-09');
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
    expect(mondayOf('2026-03-15')).toBe('2026-03-09');
  });
});

describe('postedDate', () => {
  const ref = '2026-03-21';
  it.each([
    ['Posted 3 days ago', '2026-03-18'],
    ['Posted yesterday', '2026-03-20'],
    ['Posted today', '2026-03-21'],
    ['Posted 5 hours ago', '2026-03-21'],
    ['Posted 2 minutes ago', '2026-03-21'],
    ['Posted a day ago', '2026-03-20'],
    ['Posted 2 weeks ago', '2026-03-07'],
    ['Posted last week', '2026-03-14'],
    ['Posted Mar 2, 2026', '2026-03-02'],
    ['Posted Mar 2', '2026-03-02'],
    ['Renewed 3 days ago', null],
    ['Posted 2 months ago', null],
    ['Posted last year', null],
  ])('%s -> %s', (text, iso) => {
    expect(postedDate(text, ref)).toBe(iso);
  });
});

describe('parseYesNo', () => {
  it.each([
    ['Allowed', true], ['Yes', true], ['Enabled', true], ['Not allowed', false], ['No', false], ['Disabled', false], ['off', false],
    ['Maybe', null], ['', null], ['Not allowed after Mar 2', null],
  ] as const)('%j -> %s', (text, value) => {
    expect(parseYesNo(text)).toBe(value);
  });
});

describe('inferYear with the page\'s context', () => {
  it('places "Due Mar 13" on a contract started Mar 2, 2026 and captured in December in 2026, not 2027', () => {
    expect(inferYear(2, 13, '2026-12-04')).toBe('2027-03-13'); // the capture day alone
    expect(inferYear(2, 13, { captureDay: '2026-12-04', earliest: '2026-03-02', kind: 'due' })).toBe('2026-03-13');
  });

  it('puts a due date before the start in the next year, within a year of the capture', () => {
    expect(inferYear(0, 20, { captureDay: '2026-12-04', earliest: '2026-03-02', kind: 'due' })).toBe('2027-01-20');
  });

  it('never puts a done thing after the capture day', () => {
    expect(inferYear(11, 30, { captureDay: '2026-03-21', earliest: '2025-10-01', kind: 'done' })).toBe('2025-12-30');
    expect(inferYear(2, 25, { captureDay: '2026-03-21', earliest: '2026-03-02', kind: 'done' })).toBe('2025-03-25'); // none fits: the capture window
  });

  it('keeps the shown text of a year-less date beside the inferred one', () => {
    expect(yearlessText('Mar 13')).toBe('Mar 13');
    expect(yearlessText('Mar 13, 2026')).toBeUndefined();
  });
});
