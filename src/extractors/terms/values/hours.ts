// Hours as the page shows them -> decimal hours. Upwork writes tracked time as "h:mm" (timesheet,
// research §4.2: 10-minute segments) and limits as "20 hrs/week". Results are rounded to 4
// decimals so 18:20 is 18.3333, not a float tail.
const UNIT = String.raw`(?:hrs?|hours?|h)\b\.?`;
const PER_WEEK = String.raw`(?:\s*(?:\/|per)\s*(?:week|wk)\b)?`;
const CLOCK = new RegExp(String.raw`^(\d{1,3}):([0-5]\d)(?:\s*${UNIT})?${PER_WEEK}`, 'i');
const DECIMAL = new RegExp(String.raw`^(\d{1,3}(?:\.\d+)?)(?:\s*${UNIT})?${PER_WEEK}`, 'i');
const H_M = /^(\d{1,3})\s*h(?:rs?|ours?)?\s+(\d{1,2})\s*m(?:in(?:utes?|s)?)?\b/i;
const MINUTES = /^(\d{1,3})\s*(?:m|min|mins|minutes?)\b/i;

function round(hours: number): number {
  return Math.round(hours * 10_000) / 10_000;
}

/** The hours at the start of `text` and the rest, or null. */
export function leadingHours(text: string): { hours: number; rest: string } | null {
  const t = text.trim();
  let m = H_M.exec(t);
  if (m && Number(m[2]) < 60) return { hours: round(Number(m[1]) + Number(m[2]) / 60), rest: t.slice(m[0].length) };
  m = CLOCK.exec(t);
  if (m) return { hours: round(Number(m[1]) + Number(m[2]) / 60), rest: t.slice(m[0].length) };
  m = MINUTES.exec(t);
  if (m) return { hours: round(Number(m[1]) / 60), rest: t.slice(m[0].length) };
  m = DECIMAL.exec(t);
  if (m) return { hours: round(Number(m[1])), rest: t.slice(m[0].length) };
  return null;
}

/** The whole text is an amount of time ("20 hrs/week", "1:30 hrs", "1.5 hrs", "0:00"); else null. */
export function parseHours(text: string): number | null {
  const found = leadingHours(text);
  return found && found.rest.trim() === '' ? found.hours : null;
}

/** Hours at the start of a value with a remark after it ("0 hrs/week (was 20 hrs/week …)"). */
export function hoursPrefix(text: string): number | null {
  const found = leadingHours(text);
  if (!found || !/^(?:$|\s*[(\u00b7\u2013,-])/.test(found.rest)) return null;
  return found.hours;
}
