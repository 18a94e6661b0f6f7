// Times in the reports: UTC as the reference, the capture's local zone beside it, because the
// page showed local times and a reader has to be able to check the conversion.
import type { StoredMessage } from '../../../shared/model';
import type { ExportView } from '../../bundle/export-view';

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

// A message's time as both reports show it: UTC as the reference, and the local time of the
// first capture that saw it in that capture's zone. Formatting times was the largest share of
// rendering the reports and each report shows every message's time, so each message's is
// formatted once per export (remembered for the export's view, dropped with it).

export interface MessageTime {
  /** "2026-03-02 14:14 UTC" (to the second when the page gave milliseconds). */
  utc: string;
  /** The IANA zone of the first capture that recorded one; null when none did. */
  zone: string | null;
  /** The same instant in `zone`; null when there is no zone or it is unknown. */
  local: string | null;
}

const remembered = new WeakMap<ExportView, Map<StoredMessage, MessageTime>>();

/** Null when the page showed no time for the message. */
export function messageTime(view: ExportView, m: StoredMessage): MessageTime | null {
  if (!m.sentAt) return null;
  let times = remembered.get(view);
  if (!times) remembered.set(view, (times = new Map()));
  let time = times.get(m);
  if (!time) {
    const zone = m.captureIds.map((id) => view.captureById.get(id)?.timeZone).find(Boolean) ?? null;
    time = { utc: utcText(m.sentAt, m.sentAtPrecision === 'millisecond' ? 'second' : 'minute'), zone, local: zone ? zonedText(m.sentAt, zone) : null };
    times.set(m, time);
  }
  return time;
}
