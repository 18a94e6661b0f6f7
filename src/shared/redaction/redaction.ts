// Redaction as pure text rules, shared by the editor (what it offers and refuses), storage (what
// it accepts) and the exporter (what the bundle's copy says). Offsets are UTF-16 code units,
// JavaScript's own string indices, on both sides: stored spans index the original text,
// exported spans index the redacted copy, where each "[redacted]" stands.
import type { MessageVersion, RedactionSpan } from '../model';
import { sha256Hex } from '../bytes/hash';

export const REDACTED = '[redacted]';
export const MAX_REASON_LENGTH = 80;
export const MAX_SPANS_PER_MESSAGE = 200;

/** A span with its reason: a stored span's place in the original, or an exported span's in the copy. */
export interface SpanRange {
  start: number;
  end: number;
  reason: string;
}

/** A reason as stored: one line, no control characters, spaces collapsed. */
export function cleanReason(reason: string): string {
  return reason.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Why a new span cannot be added to `text` beside the spans it has, in plain words; null when it can. */
export function redactionProblem(text: string, existing: readonly { start: number; end: number }[], candidate: SpanRange): string | null {
  const { start, end } = candidate;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    return "That part is not inside the message's text.";
  }
  if (splitsCharacter(text, start) || splitsCharacter(text, end)) return 'That part would cut a character in two.';
  const reason = cleanReason(candidate.reason);
  if (!reason) return "Say why this part is redacted (for example 'phone number').";
  if (reason.length > MAX_REASON_LENGTH) return `Keep the reason to ${MAX_REASON_LENGTH} characters or fewer.`;
  if (existing.some((s) => s.start < end && start < s.end)) return 'That part overlaps one already redacted; remove that redaction first.';
  if (existing.length >= MAX_SPANS_PER_MESSAGE) return `A message can have at most ${MAX_SPANS_PER_MESSAGE} redactions.`;
  return null;
}

/** True between the two halves of a surrogate pair (an emoji, say). */
function splitsCharacter(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** The text a span may be made on: the message's current text, or one of its earlier versions. */
export interface RedactableText {
  text: string;
  versions: readonly MessageVersion[];
}

/** The text whose SHA-256 is `textSha256`: the current one first, else an earlier version; null when neither. */
export function redactionTarget(message: RedactableText, textSha256: string): { text: string; inVersion: boolean } | null {
  if (sha256Hex(message.text) === textSha256) return { text: message.text, inVersion: false };
  const version = message.versions.find((v) => sha256Hex(v.text) === textSha256);
  return version ? { text: version.text, inVersion: true } : null;
}

/**
 * The words a span hides, or null when the span is stale: made on the current text and the
 * message has been edited since (its words may have changed a little, so hiding the old ones
 * could let the new ones through), or made on a version the message no longer has.
 */
export function spanWords(message: RedactableText, span: RedactionSpan): string | null {
  const target = redactionTarget(message, span.textSha256);
  if (!target || target.inVersion !== (span.inVersion === true)) return null;
  return target.text.slice(span.start, span.end);
}

/**
 * Where the text must be hidden: the given spans, plus every occurrence of each secret (so the
 * same phone number written twice, or kept in an earlier version, does not give the span away).
 * Sorted, with overlapping or touching places merged and their reasons joined.
 */
export function rangesToHide(text: string, spans: readonly SpanRange[], secrets: readonly { value: string; reason: string }[]): SpanRange[] {
  const found: SpanRange[] = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end).map((s) => ({ ...s }));
  for (const secret of secrets) {
    if (!secret.value) continue;
    for (let at = text.indexOf(secret.value); at !== -1; at = text.indexOf(secret.value, at + secret.value.length)) {
      found.push({ start: at, end: at + secret.value.length, reason: secret.reason });
    }
  }
  return mergeRanges(found);
}

export function mergeRanges(ranges: readonly SpanRange[]): SpanRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: SpanRange[] = [];
  for (const r of sorted) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      if (!last.reason.split('; ').includes(r.reason)) last.reason = `${last.reason}; ${r.reason}`;
    } else {
      merged.push({ ...r });
    }
  }
  return merged;
}

/** The copy with "[redacted]" in place of each range (sorted, not overlapping), and where each one stands in it. */
export function applyRedactions(text: string, ranges: readonly SpanRange[]): { text: string; redactions: SpanRange[] } {
  let out = '';
  let from = 0;
  const redactions: SpanRange[] = [];
  for (const r of ranges) {
    out += text.slice(from, r.start);
    redactions.push({ start: out.length, end: out.length + REDACTED.length, reason: r.reason });
    out += REDACTED;
    from = r.end;
  }
  return { text: out + text.slice(from), redactions };
}
