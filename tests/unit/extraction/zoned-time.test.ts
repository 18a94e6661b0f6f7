import { describe, expect, it } from 'vitest';
import {
  parseUpworkTimestamp,
  toIsoUtc,
  utcOffsetMinutes,
  zonedToUtc,
  type LocalDateTime,
} from '../../../src/shared/zoned-time';

const NY = 'America/New_York';

function at(text: string, timeZone: string, hint?: Parameters<typeof zonedToUtc>[2]): string {
  const local = parseUpworkTimestamp(text);
  if (!local) throw new Error(`unparsed: ${text}`);
  return toIsoUtc(zonedToUtc(local, timeZone, hint));
}

describe('parseUpworkTimestamp', () => {
  it.each<[string, LocalDateTime]>([
    ['March 2, 2026 at 9:14 AM', { year: 2026, month: 3, day: 2, hour: 9, minute: 14, second: 0 }],
    ['April 20, 2026 at 2:07 PM', { year: 2026, month: 4, day: 20, hour: 14, minute: 7, second: 0 }],
    ['July 13, 2026 at 11:51 PM', { year: 2026, month: 7, day: 13, hour: 23, minute: 51, second: 0 }],
    ['January 20, 2026 3:12 AM', { year: 2026, month: 1, day: 20, hour: 3, minute: 12, second: 0 }],
    ['Mar 2, 2026 9:14 AM', { year: 2026, month: 3, day: 2, hour: 9, minute: 14, second: 0 }],
    ['Sept 9, 2026 at 1:10 PM PDT', { year: 2026, month: 9, day: 9, hour: 13, minute: 10, second: 0 }],
    ['March 2, 2026, 9:14:05 AM', { year: 2026, month: 3, day: 2, hour: 9, minute: 14, second: 5 }],
    ['March 2, 2026 at 9:14\u202fAM', { year: 2026, month: 3, day: 2, hour: 9, minute: 14, second: 0 }],
    ['  march 2, 2026 at 9:14 am  ', { year: 2026, month: 3, day: 2, hour: 9, minute: 14, second: 0 }],
    ['Monday, March 2, 2026 at 9:14 AM', { year: 2026, month: 3, day: 2, hour: 9, minute: 14, second: 0 }],
    ['March 2, 2026 at 12:05 AM', { year: 2026, month: 3, day: 2, hour: 0, minute: 5, second: 0 }],
    ['March 2, 2026 at 12:30 PM', { year: 2026, month: 3, day: 2, hour: 12, minute: 30, second: 0 }],
    ['March 2, 2026 at 14:05', { year: 2026, month: 3, day: 2, hour: 14, minute: 5, second: 0 }],
    ['February 29, 2028 at 8:00 AM GMT+5:30', { year: 2028, month: 2, day: 29, hour: 8, minute: 0, second: 0 }],
  ])('reads %j', (text, expected) => {
    expect(parseUpworkTimestamp(text)).toEqual(expected);
  });

  it.each([
    '',
    '9:14 AM',
    'Monday, March 2',
    'Yesterday',
    'Today at 9:14 AM',
    'Smarch 2, 2026 at 9:14 AM',
    'February 29, 2026 at 9:14 AM',
    'April 31, 2026 at 9:14 AM',
    'March 2, 2026 at 13:14 PM',
    'March 2, 2026 at 0:14 AM',
    'March 2, 2026 at 9:61 AM',
    'March 2, 2026 at 24:00',
    'March 2, 26 at 9:14 AM',
    'March 2, 2026 at 9:14 AM and then some',
    '2026-03-02T09:14:00Z',
  ])('rejects %j', (text) => {
    expect(parseUpworkTimestamp(text)).toBeNull();
  });
});

describe('zonedToUtc', () => {
  it.each([
    ['March 2, 2026 at 9:14 AM', NY, '2026-03-02T14:14:00Z'], // EST, UTC-5
    ['July 13, 2026 at 11:51 PM', NY, '2026-07-14T03:51:00Z'], // EDT, UTC-4, crosses midnight
    ['March 2, 2026 at 9:14 AM', 'UTC', '2026-03-02T09:14:00Z'],
    ['March 2, 2026 at 9:14 AM', 'Asia/Kolkata', '2026-03-02T03:44:00Z'], // +5:30
    ['March 2, 2026 at 12:05 AM', 'Asia/Kolkata', '2026-03-01T18:35:00Z'], // previous UTC day
    ['December 31, 2026 at 11:30 PM', 'America/Los_Angeles', '2027-01-01T07:30:00Z'], // next UTC year
    ['March 8, 2026 at 1:59 AM', NY, '2026-03-08T06:59:00Z'], // last EST minute
    ['March 8, 2026 at 3:00 AM', NY, '2026-03-08T07:00:00Z'], // first EDT minute
    ['November 1, 2026 at 12:59 AM', NY, '2026-11-01T04:59:00Z'],
    ['November 1, 2026 at 2:00 AM', NY, '2026-11-01T07:00:00Z'],
    ['March 29, 2026 at 2:30 AM', 'Europe/Berlin', '2026-03-29T01:30:00Z'], // gap in UTC+1 -> +2
    ['October 25, 2026 at 2:30 AM', 'Europe/Berlin', '2026-10-25T00:30:00Z'], // overlap: earlier (CEST)
  ])('%s in %s is %s', (text, zone, iso) => {
    expect(at(text, zone)).toBe(iso);
  });

  it('moves a spring-forward gap time forward (Temporal "compatible")', () => {
    expect(at('March 8, 2026 at 2:30 AM', NY)).toBe('2026-03-08T07:30:00Z'); // = 3:30 AM EDT
    expect(at('March 8, 2026 at 2:00 AM', NY)).toBe('2026-03-08T07:00:00Z');
  });

  it('reads an ambiguous fall-back time as the earlier instant by default', () => {
    expect(at('November 1, 2026 at 1:30 AM', NY)).toBe('2026-11-01T05:30:00Z'); // EDT
    expect(at('November 1, 2026 at 1:30 AM', NY, { prefer: 'later' })).toBe('2026-11-01T06:30:00Z'); // EST
  });

  it('takes the later instant when the earlier one would run backwards', () => {
    const prev = zonedToUtc(parseUpworkTimestamp('November 1, 2026 at 1:50 AM')!, NY);
    expect(toIsoUtc(prev)).toBe('2026-11-01T05:50:00Z');
    expect(at('November 1, 2026 at 1:05 AM', NY, { notBefore: prev })).toBe('2026-11-01T06:05:00Z');
    // Not ambiguous, or not running backwards: the hint changes nothing.
    expect(at('November 1, 2026 at 1:55 AM', NY, { notBefore: prev })).toBe('2026-11-01T05:55:00Z');
    expect(at('November 1, 2026 at 2:05 AM', NY, { notBefore: prev.getTime() })).toBe('2026-11-01T07:05:00Z');
    expect(at('March 2, 2026 at 9:14 AM', NY, { notBefore: Date.UTC(2030, 0, 1) })).toBe('2026-03-02T14:14:00Z');
  });

  it('rejects an unknown zone and impossible fields', () => {
    const local = parseUpworkTimestamp('March 2, 2026 at 9:14 AM')!;
    expect(() => zonedToUtc(local, 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => zonedToUtc({ ...local, month: 13 }, 'UTC')).toThrow(RangeError);
    expect(() => zonedToUtc({ ...local, hour: 24 }, 'UTC')).toThrow(RangeError);
  });
});

describe('utcOffsetMinutes', () => {
  it.each([
    ['2026-03-02T14:14:00Z', NY, -300],
    ['2026-07-14T03:51:00Z', NY, -240],
    ['2026-03-08T06:59:59Z', NY, -300],
    ['2026-03-08T07:00:00Z', NY, -240],
    ['2026-11-01T05:59:59Z', NY, -240],
    ['2026-11-01T06:00:00Z', NY, -300],
    ['2026-03-02T14:14:00Z', 'UTC', 0],
    ['2026-03-02T14:14:00Z', 'Asia/Kolkata', 330],
    ['2026-03-02T14:14:00Z', 'Asia/Kathmandu', 345],
  ])('%s in %s is %i', (iso, zone, minutes) => {
    expect(utcOffsetMinutes(new Date(iso), zone)).toBe(minutes);
  });
});

describe('toIsoUtc', () => {
  it('drops zero milliseconds and keeps others', () => {
    expect(toIsoUtc(new Date(Date.UTC(2026, 2, 2, 14, 14)))).toBe('2026-03-02T14:14:00Z');
    expect(toIsoUtc(new Date(Date.UTC(2026, 2, 2, 14, 14, 0, 123)))).toBe('2026-03-02T14:14:00.123Z');
    expect(toIsoUtc(new Date(1772442840000))).toBe('2026-03-02T09:14:00Z');
  });
});
