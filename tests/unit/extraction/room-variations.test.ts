// The room variations public tools reported in 2026 (research/upwork-pages.md §2.5), one fixture
// each in tests/fixtures/room-variations/ (made by make-variations.py there).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMessagesRoom } from '../../../src/extractors/messages-room';

const DIR = path.join(import.meta.dirname, '../../fixtures/room-variations');
const URL_ = new URL('https://www.upwork.com/ab/messages/rooms/room_a1b2c3d4e5f60718293a4b5c6d7e8f90');

function read(name: string) {
  const doc = new DOMParser().parseFromString(fs.readFileSync(path.join(DIR, `${name}.html`), 'utf8'), 'text/html');
  return extractMessagesRoom(doc, URL_, { timeZone: 'America/New_York', capturedAt: new Date('2026-12-04T15:00:00Z') }).messages;
}

describe('room variations of 2026', () => {
  it('no #story-viewport: the story list is found all the same', () => {
    expect(read('no-story-viewport').map((m) => [m.id, m.sender, m.sentAt])).toEqual([
      ['story_0001', 'Olivia Hartmann', '2026-03-10T13:05:00Z'],
      ['story_0002', 'Priya Raman', '2026-03-10T13:12:00Z'],
    ]);
  });

  it('a long message split into header-less bubbles keeps its sender and time in each', () => {
    const messages = read('split-bubbles');
    expect(messages.map((m) => m.sender)).toEqual(['Olivia Hartmann', 'Olivia Hartmann', 'Olivia Hartmann']);
    expect(new Set(messages.map((m) => m.sentAt))).toEqual(new Set(['2026-03-10T13:05:00Z']));
  });

  it("a header-less bubble whose avatar names the other sender is that sender's", () => {
    expect(read('other-sender-headerless').map((m) => m.sender)).toEqual(['Olivia Hartmann', 'Priya Raman']);
  });

  it('a time with a zone suffix and no title takes its day from the day header, keeping the text shown', () => {
    expect(read('time-zone-suffix').map((m) => [m.sentAt, m.sentAtText])).toEqual([
      ['2026-03-10T17:10:00Z', '1:10 PM EDT'],
      ['2026-03-10T17:25:00Z', '1:25 PM EDT'],
    ]);
  });

  it('the day text in a child of the day header is read', () => {
    expect(read('day-in-child').map((m) => m.sentAt)).toEqual(['2026-03-11T12:02:00Z', '2026-03-11T12:30:00Z']);
  });

  it('skeleton bubbles are skipped', () => {
    expect(read('skeletons').map((m) => m.id)).toEqual(['story_0501']);
  });

  it('a "blocked link" placeholder stays in the text as shown', () => {
    expect(read('blocked-link')[0]!.text).toBe('The staging site is at [blocked link] — use the usual password.');
  });
});
