// The user's redaction choices, kept on the message row beside the untouched original (no index
// needs them, so no schema version). Each change and its `redacted` custody event are written
// in one transaction. Custody details name offsets, reasons and hashes, never the hidden words.
import { cleanReason, MAX_REASON_LENGTH, redactionProblem, redactionTarget } from '../../shared/redaction/redaction';
import type { MessageRedactions, StoredMessage } from '../../shared/model';
import type { EvidenceDb } from '../db';
import { appendCustody } from '../custody-log';

export interface RedactionRequest {
  start: number;
  end: number;
  reason: string;
  /** SHA-256 hex of the text the user chose the span in (the current text or an earlier version): refused if the message has no such text. */
  textSha256: string;
}

type Change = (message: StoredMessage, redactions: MessageRedactions, at: string) => { next: MessageRedactions; detail: Record<string, unknown> } | null;

async function changeRedactions(db: EvidenceDb, messageId: string, change: Change): Promise<void> {
  await db.transaction('rw', [db.messages, db.custody], async () => {
    const message = await db.messages.get(messageId);
    if (!message) throw new Error('That message is no longer stored.');
    const at = new Date().toISOString();
    const result = change(message, message.redactions ?? { spans: [], files: [] }, at);
    if (!result) return;
    const next = result.next.spans.length || result.next.files.length ? result.next : undefined;
    await db.messages.update(messageId, { redactions: next });
    await appendCustody(db, { at, event: 'redacted', subject: messageId, detail: { type: 'message', ...result.detail } });
  });
}

export async function addRedaction(db: EvidenceDb, messageId: string, request: RedactionRequest): Promise<void> {
  await changeRedactions(db, messageId, (message, current, at) => {
    const { textSha256 } = request;
    const target = redactionTarget(message, textSha256);
    if (!target) throw new Error('The text of this message changed since you chose what to redact; choose again.');
    const problem = redactionProblem(target.text, current.spans.filter((s) => s.textSha256 === textSha256), request);
    if (problem) throw new Error(problem);
    const span = { start: request.start, end: request.end, reason: cleanReason(request.reason), textSha256, at, ...(target.inVersion ? { inVersion: true } : {}) };
    const spans = [...current.spans, span].sort((a, b) => a.start - b.start);
    return { next: { ...current, spans }, detail: { action: 'span added', start: span.start, end: span.end, reason: span.reason, textSha256, ...(target.inVersion ? { inVersion: true } : {}) } };
  });
}

/** Removes the span made at these offsets on that text; nothing happens (and nothing is logged) if there is none. */
export async function removeRedaction(db: EvidenceDb, messageId: string, span: { start: number; end: number; textSha256: string }): Promise<void> {
  await changeRedactions(db, messageId, (_, current) => {
    const gone = current.spans.find((s) => s.start === span.start && s.end === span.end && s.textSha256 === span.textSha256);
    if (!gone) return null;
    const spans = current.spans.filter((s) => s !== gone);
    return { next: { ...current, spans }, detail: { action: 'span removed', start: gone.start, end: gone.end, reason: gone.reason, textSha256: gone.textSha256 } };
  });
}

/** Leaves a saved attachment file out of exports (`out`), or puts it back. */
export async function leaveOutFile(db: EvidenceDb, messageId: string, sha256: string, out: boolean, reason = 'left out by the user'): Promise<void> {
  await changeRedactions(db, messageId, (message, current, at) => {
    if (!message.attachments.some((a) => a.sha256 === sha256)) throw new Error('That file is not saved with this message.');
    const listed = current.files.some((f) => f.sha256 === sha256);
    if (listed === out) return null;
    const clean = cleanReason(reason) || 'left out by the user';
    if (clean.length > MAX_REASON_LENGTH) throw new Error(`Keep the reason to ${MAX_REASON_LENGTH} characters or fewer.`);
    const files = out ? [...current.files, { sha256, reason: clean, at }] : current.files.filter((f) => f.sha256 !== sha256);
    return { next: { ...current, files }, detail: { action: out ? 'file left out' : 'file put back', file: sha256, ...(out ? { reason: clean } : {}) } };
  });
}
