// The chain-of-custody log of evidence-bundle.md, format 2. Each line's `bodyHash` covers what
// happened ({ seq, at, event, subject, detail }); its `hash` covers only { seq, bodyHash, prev }.
// So a line about records outside an export can be withheld (its body dropped, its hashes kept)
// and the reader still sees a whole log in order. A chain by itself proves order, not time or
// authorship: whoever holds the log can rebuild it (the bundle's signature says who made it).
import type { CustodyEvent, CustodyEventType, CustodyLine, IsoUtc, WithheldCustodyLine } from '../model';
import { sha256Hex } from '../bytes/hash';

export interface CustodyEntry {
  at: IsoUtc;
  event: CustodyEventType;
  subject: string;
  detail: Record<string, unknown>;
}

/** What a bundle's custody.jsonl is written in: datapackage.json's formatVersion. */
export type CustodyFormat = 1 | 2;

type Body = Pick<CustodyEvent, 'seq' | 'at' | 'event' | 'subject' | 'detail'>;

/** SHA-256 hex of JSON.stringify({ seq, at, event, subject, detail }), keys in that order. */
export function custodyBodyHash(e: Body): string {
  return sha256Hex(JSON.stringify({ seq: e.seq, at: e.at, event: e.event, subject: e.subject, detail: e.detail }));
}

/** SHA-256 hex of JSON.stringify({ seq, bodyHash, prev }): the link a withheld line keeps. */
export function custodyLinkHash(e: Pick<CustodyEvent, 'seq' | 'bodyHash' | 'prev'>): string {
  return sha256Hex(JSON.stringify({ seq: e.seq, bodyHash: e.bodyHash, prev: e.prev }));
}

/** Format 1 (bundles made before bodyHash): SHA-256 hex of JSON.stringify({ seq, at, event, subject, detail, prev }). */
export function formatOneCustodyHash(e: Body & { prev: string | null }): string {
  return sha256Hex(JSON.stringify({ seq: e.seq, at: e.at, event: e.event, subject: e.subject, detail: e.detail, prev: e.prev }));
}

/** The event that follows `last` (null for the first event of a log). */
export function chainCustody(last: CustodyLine | null, entry: CustodyEntry): CustodyEvent {
  const body = { seq: last ? last.seq + 1 : 1, at: entry.at, event: entry.event, subject: entry.subject, detail: entry.detail };
  const link = { seq: body.seq, bodyHash: custodyBodyHash(body), prev: last ? last.hash : null };
  return { ...body, prev: link.prev, bodyHash: link.bodyHash, hash: custodyLinkHash(link) };
}

/** The line as a bundle shows it when its event is about records outside the export. */
export function withheldLine(e: CustodyLine): WithheldCustodyLine {
  return { seq: e.seq, withheld: true, bodyHash: e.bodyHash, prev: e.prev, hash: e.hash };
}

export function isWithheld(e: CustodyLine): e is WithheldCustodyLine {
  return (e as Partial<WithheldCustodyLine>).withheld === true;
}

/** Plain-words problems with a log as read from a bundle; empty when every line is intact and chained. */
export function custodyProblems(lines: readonly CustodyLine[], format: CustodyFormat = 2): string[] {
  const problems: string[] = [];
  let prev: CustodyLine | null = null;
  for (const [i, e] of lines.entries()) {
    const line = i + 1;
    if (e.prev !== (prev ? prev.hash : null)) problems.push(`custody line ${line}: does not follow the line before it`);
    if (prev && e.seq !== prev.seq + 1) problems.push(`custody line ${line}: sequence number ${e.seq} follows ${prev.seq}`);
    const own = lineProblem(e, format);
    if (own) problems.push(`custody line ${line}: ${own}`);
    prev = e;
  }
  return problems;
}

function lineProblem(e: CustodyLine, format: CustodyFormat): string | null {
  if (format === 1) {
    if (isWithheld(e)) return 'a withheld line in a format 1 bundle, which has none';
    return formatOneCustodyHash(e) === e.hash ? null : 'its hash does not match its content';
  }
  if (isWithheld(e)) {
    // A withheld line that still carried its event would only pretend to hide it.
    const extra = Object.keys(e).filter((k) => !WITHHELD_KEYS.has(k));
    if (extra.length) return `a withheld line also carries ${extra.join(', ')}`;
  } else if (custodyBodyHash(e) !== e.bodyHash) {
    return 'its bodyHash does not match its content';
  }
  return custodyLinkHash(e) === e.hash ? null : 'its hash does not match its seq, bodyHash and prev';
}

const WITHHELD_KEYS = new Set(['seq', 'withheld', 'bodyHash', 'prev', 'hash']);
