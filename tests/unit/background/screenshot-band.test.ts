import { describe, expect, it } from 'vitest';
import { bandLines, fitText, utcStamp } from '../../../src/shared/screenshot-band';

const AT = new Date('2026-03-17T13:15:04.321Z');

describe('the band on every screenshot', () => {
  it('names the page and the time taken in UTC, to the second', () => {
    expect(utcStamp(AT)).toBe('2026-03-17T13:15:04Z');
    expect(bandLines('https://www.upwork.com/ab/messages/rooms/room_1', AT, 1, 1)).toEqual([
      'https://www.upwork.com/ab/messages/rooms/room_1',
      'Screenshot taken 2026-03-17T13:15:04Z (UTC) by Evidence Locker',
    ]);
  });

  it('says which part a file is when the page needed several', () => {
    expect(bandLines('https://www.upwork.com/x', AT, 2, 3)[1]).toBe('Screenshot taken 2026-03-17T13:15:04Z (UTC) by Evidence Locker — part 2 of 3, top to bottom');
  });

  it('cuts a line too long for the picture with an ellipsis', () => {
    const width = (s: string) => s.length * 10;
    expect(fitText('short', 100, width)).toBe('short');
    expect(fitText('https://www.upwork.com/a/very/long/path', 100, width)).toBe('https://w…');
    expect(width(fitText('x'.repeat(500), 1280, width))).toBeLessThanOrEqual(1280);
  });
});
