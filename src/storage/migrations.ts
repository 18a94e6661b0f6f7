// Pure row transforms for schema upgrades, each tested on its own (design/architecture.md).
import { chainCustody } from '../shared/proof/custody';
import type { CustodyEvent } from '../shared/model';

/** v1 → v2: a capture lists the messages it saw; a message no longer carries lastCapturedAt. */
export function capturesSawMessages<C extends { id: string }>(captures: readonly C[], messages: readonly { id: string; captureIds: string[] }[]): (C & { messageIds: string[] })[] {
  const seen = new Map<string, string[]>(captures.map((c) => [c.id, []]));
  // v1 appended every sighting to the message, so its captureIds are exactly the captures that saw it.
  for (const m of messages) for (const captureId of m.captureIds) seen.get(captureId)?.push(m.id);
  return captures.map((c) => ({ ...c, messageIds: seen.get(c.id) ?? [] }));
}

export function withoutLastCapturedAt<M extends { lastCapturedAt?: unknown }>(message: M): Omit<M, 'lastCapturedAt'> {
  const { lastCapturedAt: _dropped, ...rest } = message;
  return rest;
}

/** A custody row as schema v1–v5 stored it: `hash` over { seq, at, event, subject, detail, prev }. */
export type FormatOneCustodyRow = Pick<CustodyEvent, 'seq' | 'at' | 'event' | 'subject' | 'detail' | 'prev' | 'hash'>;

/**
 * v5 → v6: the custody log rechained in format 2 (bodyHash, and hash over { seq, bodyHash, prev }),
 * in the stored order, every event's seq, time, type, subject and detail kept exactly.
 *
 * Rebuilding is safe because a chain proves order and nothing more (whoever holds the log can
 * rebuild it, as this does): the order and every body stay as they were, so each event can still
 * be matched to a format 1 bundle exported before, line by line. The old hashes are not kept
 * anywhere; they would prove nothing the bodies do not. No event records the rebuild itself:
 * the spec's events are about evidence, and writing one into a body would be a change of what
 * happened. Rows are renumbered 1… only if an older version left a gap, so the chain checks.
 */
export function custodyInFormatTwo(rows: readonly FormatOneCustodyRow[]): CustodyEvent[] {
  const ordered = [...rows].sort((a, b) => a.seq - b.seq);
  const out: CustodyEvent[] = [];
  for (const row of ordered) {
    const event = chainCustody(out.at(-1) ?? null, { at: row.at, event: row.event, subject: row.subject, detail: row.detail });
    out.push(event);
  }
  return out;
}
