// Turns timestamp titles into UTC in page order. The page writes wall times in the viewer's zone
// (research §2.4), so a fall-back hour is ambiguous; stories are in time order, so a reading
// that would run backwards takes the later instant (fixture dst-new-york.html).
import { parseUpworkTimestamp, toIsoUtc, zonedToUtc } from '../shared/zoned-time';

export class StoryClock {
  private last: number | null = null;

  constructor(private readonly timeZone: string) {}

  /** The UTC instant of a title such as "March 2, 2026 at 9:14 AM", or null if it has no full date. */
  read(title: string | null): string | null {
    const local = title === null ? null : parseUpworkTimestamp(title);
    if (local === null) return null;
    const instant = zonedToUtc(local, this.timeZone, { notBefore: this.last });
    this.last = instant.getTime();
    this.lastYear = local.year;
    return toIsoUtc(instant);
  }

  /** The year of the last time read, for a day shown without one. */
  year(): number | null {
    return this.lastYear;
  }

  private lastYear: number | null = null;
}
