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

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });

/** The reader's local calendar day of an instant, for the dividers between days. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dayFormat.format(date);
}
