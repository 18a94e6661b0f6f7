// The day a story's time belongs to when its timestamp shows only a time ("1:10 PM EDT", or no
// title at all, research §2.5): the day header above it ("Tuesday, March 10", its text possibly in
// a .header-timestamp child), with the year of the times around it.
import { STORY_TIMESTAMP } from './selectors';

const DAY_HEADER_CLASS = 'story-day-header';
const DAY = /\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?/i;
const FULL_TITLE_YEAR = /\b[A-Z][a-z]+\.?\s+\d{1,2},\s+(\d{4})\s+at\s/;
/** "1:10 PM", "13:10", a zone abbreviation after it is the viewer's own zone and is left aside. */
const TIME = /^\s*(\d{1,2}):(\d{2})\s*([AaPp][Mm])?(?:\s+[A-Z]{2,5})?\s*$/;

export class DayContext {
  private day: { month: string; day: string; year: number | null } | null = null;
  private readonly firstYear: number | null;

  /** `captureYear`: with no year anywhere on the page, the capture's (a day is never after it). */
  constructor(items: readonly Element[], private readonly captured: Date | null) {
    // Before any time has been read, the first full timestamp on the page gives the year.
    let year: number | null = null;
    for (const item of items) {
      const found = FULL_TITLE_YEAR.exec(item.querySelector(`${STORY_TIMESTAMP}[title]`)?.getAttribute('title') ?? '');
      if (found) {
        year = Number(found[1]);
        break;
      }
    }
    this.firstYear = year;
  }

  /** Notes the day header the story starts with, if any. */
  enter(item: Element): void {
    const header = item.getElementsByClassName(DAY_HEADER_CLASS)[0];
    if (!header) return;
    const m = DAY.exec(header.textContent ?? '');
    this.day = m ? { month: m[1]!, day: m[2]!, year: m[3] ? Number(m[3]) : null } : null;
  }

  /** The latest year, not after the capture, in which the day falls on or before the capture day. */
  private captureYearOf(day: { month: string; day: string } | null): number | null {
    if (!day || !this.captured) return null;
    const year = this.captured.getUTCFullYear();
    const sameYear = Date.parse(`${day.month} ${day.day}, ${year}`);
    return Number.isNaN(sameYear) ? null : sameYear <= this.captured.getTime() + 86_400_000 ? year : year - 1;
  }

  /** "March 10, 2026 at 1:10 PM" for a bare time under a day header; null when either is missing. */
  withDay(time: string | null, lastYear: number | null): string | null {
    const t = time === null ? null : TIME.exec(time);
    const year = this.day?.year ?? lastYear ?? this.firstYear ?? this.captureYearOf(this.day);
    if (!t || !this.day || year === null) return null;
    return `${this.day.month} ${this.day.day}, ${year} at ${t[1]}:${t[2]}${t[3] ? ` ${t[3].toUpperCase()}` : ''}`;
  }
}
