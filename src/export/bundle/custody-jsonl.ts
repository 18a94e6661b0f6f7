// custody.jsonl: one compact line per event, keys in the order evidence-bundle.md gives, so a
// reader can recompute each hash from the line itself.
import type { CustodyEvent } from '../../shared/model';

export function custodyJsonl(events: readonly CustodyEvent[]): string {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  return ordered
    .map((e) => JSON.stringify({ seq: e.seq, at: e.at, event: e.event, subject: e.subject, detail: e.detail, prev: e.prev, hash: e.hash }) + '\n')
    .join('');
}

export interface ParsedCustody {
  events: CustodyEvent[];
  problems: string[];
}

/** Lines as written; a line that is not a JSON object is a problem, not an exception. */
export function parseCustodyJsonl(text: string): ParsedCustody {
  const events: CustodyEvent[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    try {
      const value: unknown = JSON.parse(line);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
      events.push(value as CustodyEvent);
    } catch {
      problems.push(`custody line ${i + 1}: is not a JSON object`);
    }
  });
  return { events, problems };
}
