// The band at the foot of every screenshot: which page it shows and when it was taken (UTC),
// so a printed or cropped-out picture still carries both (research/evidence-standards.md).

/** ISO 8601 in UTC to the second, e.g. 2026-03-17T13:15:04Z. */
export function utcStamp(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function bandLines(url: string, takenAt: Date, part: number, parts: number): [string, string] {
  const which = parts > 1 ? ` — part ${part} of ${parts}, top to bottom` : '';
  return [url, `Screenshot taken ${utcStamp(takenAt)} (UTC) by Evidence Locker${which}`];
}

/**
 * The longest start of `text` that fits `maxWidth` as measured, ending in "…" when cut.
 * (A very long URL is cut in the picture; the capture's record keeps it whole.)
 */
export function fitText(text: string, maxWidth: number, measure: (s: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${text.slice(0, mid)}…`) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}
