// The chain-of-custody log of evidence-bundle.md: each event's hash covers the one before it,
// so editing or removing any line breaks every later hash.
import type { CustodyEvent, CustodyEventType, IsoUtc } from './model';
import { sha256Hex } from './hash';

export interface CustodyEntry {
  at: IsoUtc;
  event: CustodyEventType;
  subject: string;
  detail: Record<string, unknown>;
}

/** SHA-256 hex of JSON.stringify({ seq, at, event, subject, detail, prev }), keys in that order. */
export function custodyHash(e: Omit<CustodyEvent, 'hash'>): string {
  return sha256Hex(JSON.stringify({ seq: e.seq, at: e.at, event: e.event, subject: e.subject, detail: e.detail, prev: e.prev }));
}

/** The event that follows `last` (null for the first event of a log). */
export function chainCustody(last: CustodyEvent | null, entry: CustodyEntry): CustodyEvent {
  const unhashed = { seq: last ? last.seq + 1 : 1, at: entry.at, event: entry.event, subject: entry.subject, detail: entry.detail, prev: last ? last.hash : null };
  return { ...unhashed, hash: custodyHash(unhashed) };
}

/** Plain-words problems with a log; empty when every line is intact and chained. */
export function custodyProblems(events: readonly CustodyEvent[]): string[] {
  const problems: string[] = [];
  let prev: CustodyEvent | null = null;
  for (const [i, e] of events.entries()) {
    const line = i + 1;
    if (e.prev !== (prev ? prev.hash : null)) problems.push(`custody line ${line}: does not follow the line before it`);
    if (prev && e.seq !== prev.seq + 1) problems.push(`custody line ${line}: sequence number ${e.seq} follows ${prev.seq}`);
    if (custodyHash(e) !== e.hash) problems.push(`custody line ${line}: its hash does not match its content`);
    prev = e;
  }
  return problems;
}
