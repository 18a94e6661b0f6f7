// Exhibit numbers E-1, E-2, … for a case's key evidence. A number, once given, stays with its
// record until the user renumbers: a mediator may already have read "E-3" in a ticket. New key
// evidence takes the next number; evidence no longer key gives its number up without the others moving.
import type { CaseExhibit, CaptureFile, DisputeCase, ExhibitKind, IsoUtc, StoredCapture, StoredMessage, StoredTerms } from '../model';

/** Something that can be an exhibit, with the time that orders it by default. */
export interface ExhibitCandidate {
  kind: ExhibitKind;
  id: string;
  /** Null sorts last (a message whose time the page did not show). */
  at: IsoUtc | null;
}

/** The screenshots a capture took of the page (captures/<id>/screenshot-N.png), in order. */
export function captureScreenshots(capture: Pick<StoredCapture, 'files'>): CaptureFile[] {
  return capture.files.filter((f) => /\/screenshot-\d+\.png$/.test(f.path));
}

/**
 * The case's key evidence in time order: key messages of its rooms, its key contracts, and every
 * capture of them that took screenshots (a picture of the page as the user saw it is evidence a
 * mediator looks at, not something the user has to think of marking). `captures` are the
 * captures of the case's rooms and contracts.
 */
export function exhibitCandidates(c: Pick<DisputeCase, 'contractIds' | 'conversationIds'>, messages: readonly StoredMessage[], terms: readonly StoredTerms[], captures: readonly StoredCapture[] = []): ExhibitCandidate[] {
  const rooms = new Set(c.conversationIds);
  const contracts = new Set(c.contractIds);
  const list: ExhibitCandidate[] = [
    ...messages.filter((m) => m.key && rooms.has(m.conversationId)).map((m) => ({ kind: 'message' as const, id: m.id, at: m.sentAt })),
    ...terms
      .filter((t) => t.key && t.record.kind === 'contract' && contracts.has(t.record.contract.id))
      .map((t) => ({ kind: 'contract' as const, id: t.record.kind === 'contract' ? t.record.contract.id : t.id, at: t.firstCapturedAt })),
    ...captures.filter((k) => captureScreenshots(k).length).map((k) => ({ kind: 'capture' as const, id: k.id, at: k.capturedAt })),
  ];
  return list.sort(byTime);
}

function byTime(a: ExhibitCandidate, b: ExhibitCandidate): number {
  if (a.at === b.at) return 0;
  if (a.at === null) return 1;
  if (b.at === null) return -1;
  return Date.parse(a.at) - Date.parse(b.at);
}

const key = (e: { kind: ExhibitKind; id: string }) => `${e.kind}:${e.id}`;

/** The numbers as they stand: kept ones unchanged, new candidates after the highest number ever given. */
export function syncExhibits(stored: readonly CaseExhibit[], candidates: readonly ExhibitCandidate[]): CaseExhibit[] {
  const wanted = new Set(candidates.map(key));
  const kept = stored.filter((e) => wanted.has(key(e)));
  const have = new Set(kept.map(key));
  let next = Math.max(0, ...stored.map(exhibitIndex)) + 1;
  const added = candidates.filter((c) => !have.has(key(c))).map((c) => ({ number: `E-${next++}`, kind: c.kind, id: c.id }));
  return [...kept, ...added];
}

/** E-1… again, in the order given (default: the candidates' time order). */
export function renumberExhibits(order: readonly { kind: ExhibitKind; id: string }[]): CaseExhibit[] {
  return order.map((e, i) => ({ number: `E-${i + 1}`, kind: e.kind, id: e.id }));
}

export function sameExhibits(a: readonly CaseExhibit[], b: readonly CaseExhibit[]): boolean {
  return a.length === b.length && a.every((e, i) => e.number === b[i]!.number && key(e) === key(b[i]!));
}

function exhibitIndex(e: CaseExhibit): number {
  const n = Number(/^E-(\d+)$/.exec(e.number)?.[1]);
  return Number.isFinite(n) ? n : 0;
}

/** Exhibit number by message id (for `exhibit` on exported messages). */
export function messageExhibits(exhibits: readonly CaseExhibit[]): Map<string, string> {
  return new Map(exhibits.filter((e) => e.kind === 'message').map((e) => [e.id, e.number]));
}
