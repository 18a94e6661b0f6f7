// A deadline as people read it: their own zone first, then UTC, so nobody converts in their head.
import type { IsoUtc } from '../model';

export function describeDue(due: IsoUtc, timeZone: string): string {
  const date = new Date(due);
  const local = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).format(date);
  const utc = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
  return `${local} (${timeZone}) · ${utc} UTC`;
}
