// The stored fields evidence.json does not carry, derived from the other records of the same
// bundle. Each rule is the closest the bundle allows; none invents a fact the bundle lacks.
import type { IsoUtc, StoredCapture, StoredConversation, StoredMessage, StoredTerms } from '../shared/model';

export interface BundleRecords {
  captures: StoredCapture[];
  conversations: StoredConversation[];
  messages: StoredMessage[];
  terms: StoredTerms[];
}

export function withDerivedFields(records: BundleRecords, exportedAt: IsoUtc): BundleRecords {
  const captureById = new Map(records.captures.map((c) => [c.id, c]));
  const capturesOf = (ids: readonly string[]) => ids.flatMap((id) => captureById.get(id) ?? []).sort(byTime);
  // One pass over the messages and terms, not one per capture: a bundle may hold many of each.
  const sightings = new Map<string, StoredMessage[]>();
  for (const m of records.messages) {
    for (const id of new Set(m.captureIds)) {
      const list = sightings.get(id);
      if (list) list.push(m);
      else sightings.set(id, [m]);
    }
  }
  const termsRead = new Map<string, StoredTerms>();
  for (const t of records.terms) for (const id of t.captureIds) if (!termsRead.has(id)) termsRead.set(id, t);
  return {
    captures: records.captures.map((c) => captureFields(c, sightings.get(c.id) ?? [], termsRead.get(c.id))),
    conversations: records.conversations.map((c) => conversationFields(c, records, exportedAt)),
    messages: withPositions(records.messages),
    terms: records.terms.map((t) => termsFields(t, capturesOf(t.captureIds), exportedAt)),
  };
}

function byTime(a: StoredCapture, b: StoredCapture): number {
  return Date.parse(a.capturedAt) - Date.parse(b.capturedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Position: the bundle lists messages in time order, the page's order kept for equal times, so their place in it is that order. */
function withPositions(messages: StoredMessage[]): StoredMessage[] {
  const next = new Map<string, number>();
  return messages.map((m) => {
    const position = next.get(m.conversationId) ?? 0;
    next.set(m.conversationId, position + 1);
    return { ...m, position };
  });
}

/**
 * A capture's messages are those that name it (an export lists every capture that saw a message);
 * "new" ones are those it saw first. Edits and deletions per capture are not in the bundle, so 0.
 */
function captureFields(c: StoredCapture, seen: readonly StoredMessage[], terms: StoredTerms | undefined): StoredCapture {
  return {
    ...c,
    messageIds: seen.map((m) => m.id),
    termsId: terms ? terms.id : null,
    counts: { total: seen.length, new: seen.filter((m) => m.captureIds[0] === c.id).length, edited: 0, deleted: 0 },
  };
}

/** A conversation's captures are those that read it; without any, its messages' first capture times stand in. */
function conversationFields(c: StoredConversation, records: BundleRecords, exportedAt: IsoUtc): StoredConversation {
  const captures = records.captures.filter((k) => k.conversationId === c.id).sort(byTime);
  const times = captures.length ? captures.map((k) => k.capturedAt) : records.messages.filter((m) => m.conversationId === c.id).map((m) => m.firstCapturedAt).sort(byIso);
  return { ...c, captureIds: captures.map((k) => k.id), firstCapturedAt: times[0] ?? exportedAt, lastCapturedAt: times.at(-1) ?? exportedAt };
}

/** Terms take their url and last capture time from the latest capture that read them. */
function termsFields(t: StoredTerms, captures: StoredCapture[], exportedAt: IsoUtc): StoredTerms {
  const first = t.firstCapturedAt || captures[0]?.capturedAt || exportedAt;
  const last = captures.at(-1);
  return { ...t, firstCapturedAt: first, url: last?.url ?? '', lastCapturedAt: last?.capturedAt ?? first };
}

function byIso(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}
