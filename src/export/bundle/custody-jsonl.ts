// custody.jsonl: one compact line per event, keys in the order evidence-bundle.md gives, so a
// reader can recompute each hash from the line itself.
import type { CustodyLine } from '../../shared/model';
import { isWithheld } from '../../shared/proof/custody';

export function custodyJsonl(lines: readonly CustodyLine[]): string {
  const ordered = [...lines].sort((a, b) => a.seq - b.seq);
  return ordered.map((e) => JSON.stringify(inSpecOrder(e)) + '\n').join('');
}

function inSpecOrder(e: CustodyLine): object {
  if (isWithheld(e)) return { seq: e.seq, withheld: true, bodyHash: e.bodyHash, prev: e.prev, hash: e.hash };
  return { seq: e.seq, at: e.at, event: e.event, subject: e.subject, detail: e.detail, prev: e.prev, bodyHash: e.bodyHash, hash: e.hash };
}

export interface ParsedCustody {
  events: CustodyLine[];
  problems: string[];
}

/** Lines as written; a line that is not a JSON object is a problem, not an exception. */
export function parseCustodyJsonl(text: string): ParsedCustody {
  const events: CustodyLine[] = [];
  const problems: string[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    try {
      const value: unknown = JSON.parse(line);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error('not an object');
      events.push(value as CustodyLine);
    } catch {
      problems.push(`custody line ${i + 1}: is not a JSON object`);
    }
  });
  return { events, problems };
}
