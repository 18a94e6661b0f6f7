// Times in the reports: UTC as the reference, the capture's local zone beside it, because the
// page showed local times and a reader has to be able to check the conversion.

export type ShownPrecision = 'minute' | 'second' | 'millisecond';

/** "2026-03-02 14:14 UTC"; the input unchanged when it is not a time. */
export function utcText(iso: string, precision: ShownPrecision = 'minute'): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const full = new Date(ms).toISOString(); // 2026-03-02T14:14:05.123Z
  const cut = precision === 'minute' ? 16 : precision === 'second' ? 19 : 23;
  return `${full.slice(0, 10)} ${full.slice(11, cut)} UTC`;
}

/** The same instant in an IANA zone, e.g. "Mar 2, 2026, 9:14 AM"; null when the zone is unknown. */
export function zonedText(iso: string, timeZone: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  return zoneFormat(timeZone)?.format(ms) ?? null;
}

// Making an Intl.DateTimeFormat costs far more than formatting with one (it was most of a large
// export's time), and a report uses a handful of zones: one formatter per zone, kept.
const formats = new Map<string, Intl.DateTimeFormat | null>();

function zoneFormat(timeZone: string): Intl.DateTimeFormat | null {
  let format = formats.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', { timeZone, dateStyle: 'medium', timeStyle: 'short' });
    } catch {
      format = null;
    }
    formats.set(timeZone, format);
  }
  return format;
}

/** -300 → "UTC-05:00" (minutes east of UTC, as the capture records them). */
export function offsetText(utcOffsetMinutes: number): string {
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `UTC${sign}${hh}:${mm}`;
}
