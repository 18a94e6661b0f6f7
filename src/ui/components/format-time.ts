// Times are stored in UTC; people read them in their own zone, with the zone named so a
// screenshot of the dashboard is unambiguous ("Mon, Mar 2, 2026, 9:14 AM EST").
const OPTIONS: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'short',
};

const pageZone = new Intl.DateTimeFormat(undefined, OPTIONS);

/** `timeZone` is for tests; pages use the browser's own zone. */
export function formatLocalTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const formatter = timeZone ? new Intl.DateTimeFormat(undefined, { ...OPTIONS, timeZone }) : pageZone;
  return formatter.format(date);
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });

/** The reader's local calendar day of an instant, for the dividers between days. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dayFormat.format(date);
}

/** Whether two instants fall on the same local calendar day, without formatting either (asked for every row shown). */
export function sameLocalDay(a: string, b: string): boolean {
  const x = new Date(a);
  const y = new Date(b);
  return x.getFullYear() === y.getFullYear() && x.getMonth() === y.getMonth() && x.getDate() === y.getDate();
}
