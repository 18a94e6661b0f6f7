// The capture's one-line record of what happened to its attachment files, e.g.
// "saved 3 attachment files (1.2 MB); 1 not saved: larger than the limit".
import { formatBytes } from '../../shared/byte-size';

export type Outcome =
  | { sha256: string; savedBytes: number; mediaType: string; /** Stored by an earlier capture, not fetched. */ known: boolean }
  | { error: string; /** A few words for the summary; '' when the whole step was skipped. */ short: string };

export function savedSummary(outcomes: readonly Outcome[], unlinked: number): string[] {
  const parts: string[] = [];
  let saved = 0;
  let bytes = 0;
  let known = 0;
  const reasons = new Map<string, number>();
  for (const o of outcomes) {
    if ('error' in o) reasons.set(o.short, (reasons.get(o.short) ?? 0) + 1);
    else if (o.known) known += 1;
    else {
      saved += 1;
      bytes += o.savedBytes;
    }
  }
  const failed = [...reasons.values()].reduce((a, b) => a + b, 0);
  if (saved > 0) parts.push(`saved ${files(saved)} (${formatBytes(bytes)})`);
  if (known > 0) parts.push(`${files(known)} already stored, not fetched again`);
  if (failed > 0) {
    const why = reasons.size === 1 ? [...reasons.keys()][0] : [...reasons].map(([reason, n]) => `${n} ${reason}`).join(', ');
    parts.push(`${saved + known > 0 ? failed : files(failed)} not saved: ${why}`);
  }
  if (unlinked > 0) parts.push(`${unlinked} attachment${unlinked === 1 ? '' : 's'} without an Upwork download link`);
  return parts.length ? [parts.join('; ')] : [];
}

function files(n: number): string {
  return `${n} attachment file${n === 1 ? '' : 's'}`;
}
