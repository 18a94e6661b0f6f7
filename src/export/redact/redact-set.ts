// The export's copy of an evidence set with the user's redactions applied, before anything is
// rendered: every renderer (evidence.json, both reports, the CSV) then reads the same redacted
// copy and none can let a hidden span through. The store's records are never changed.
//
// Rules (README, "Redaction"):
// - each redacted span's text is hidden wherever it appears in an exported message's text,
//   earlier versions or the values of its conflicts (what the page and its own data each said),
//   so the same phone number written again does not give it away;
// - a capture's page copy, MHTML and screenshots cannot be redacted in part, so those of every
//   capture that saw a redacted message are left out (their hashes stay in evidence.json);
// - a left-out attachment file is left out of the whole export, whichever message names it;
// - a span made on a text the message no longer has refuses the export, in plain words.
import type { Attachment, EvidenceSet, MessageVersion, StoredCapture, StoredMessage } from '../../shared/model';
import { applyRedactions, rangesToHide, spanWords } from '../../shared/redaction/redaction';
import { sha256Hex } from '../../shared/bytes/hash';
import { ATTACHMENT_PATH } from '../../shared/attachment-files';
import { CAPTURE_FILE_LEFT_OUT, noRedactions, type RedactionNotes } from './redaction-notes';

interface Secret {
  value: string;
  reason: string;
}

export function redactEvidenceSet(set: EvidenceSet): { set: EvidenceSet; notes: RedactionNotes } {
  const secrets = secretsOf(set.messages);
  const leftOutFiles = new Map(set.messages.flatMap((m) => (m.redactions?.files ?? []).map((f) => [f.sha256, f.reason] as const)));
  const notes = noRedactions();
  if (secrets.length === 0 && leftOutFiles.size === 0) return { set, notes };

  const redactedIds = new Set<string>();
  const messages = set.messages.map((m) => {
    const copy = redactMessage(m, secrets, leftOutFiles, notes);
    if (notes.texts.has(copy) || copy.versions.some((v) => notes.texts.has(v))) redactedIds.add(m.id);
    return copy;
  });
  const seenIn = new Set(messages.filter((m) => redactedIds.has(m.id)).flatMap((m) => m.captureIds));
  const captures = set.captures.map((c) => withoutFilesShowing(c, redactedIds, seenIn, notes));
  const dropped = new Set([...notes.leftOutCaptureFiles.values()].flat().map((f) => f.path));
  const files = new Map([...set.files].filter(([path]) => !dropped.has(path) && !leftOutFiles.has(ATTACHMENT_PATH.exec(path)?.[1] ?? '')));
  return { set: { ...set, messages, captures, files }, notes };
}

/** The words of every stored span, refusing spans whose text the message no longer has as it was. */
function secretsOf(messages: readonly StoredMessage[]): Secret[] {
  const secrets: Secret[] = [];
  for (const m of messages) {
    for (const span of m.redactions?.spans ?? []) {
      const value = spanWords(m, span);
      if (value === null) {
        const when = m.sentAt ? ` sent ${m.sentAt}` : '';
        throw new Error(`the message from ${m.sender ?? 'Upwork'}${when} changed after you redacted part of it. Open it in the dashboard, remove the redactions marked "made on an earlier text" and redact again, then export.`);
      }
      secrets.push({ value, reason: span.reason });
    }
  }
  return secrets;
}

function redactMessage(m: StoredMessage, secrets: readonly Secret[], leftOutFiles: ReadonlyMap<string, string>, notes: RedactionNotes): StoredMessage {
  const ranges = rangesToHide(m.text, (m.redactions?.spans ?? []).filter((s) => !s.inVersion), secrets);
  const versions = m.versions.map((v) => redactVersion(v, secrets, notes));
  const attachments = m.attachments.map((a) => leaveOut(a, leftOutFiles, notes));
  const copy: StoredMessage = { ...m, versions, attachments };
  if (m.conflicts?.length) copy.conflicts = m.conflicts.map((c) => ({ ...c, dom: hideIn(c.dom, secrets), pageData: hideIn(c.pageData, secrets) }));
  if (ranges.length) {
    const redacted = applyRedactions(m.text, ranges);
    copy.text = redacted.text;
    notes.texts.set(copy, { redactions: redacted.redactions, originalSha256: sha256Hex(m.text) });
  }
  return copy;
}

function hideIn<T>(value: T | string, secrets: readonly Secret[]): T | string {
  return typeof value === 'string' ? applyRedactions(value, rangesToHide(value, [], secrets)).text : value;
}

function redactVersion(v: MessageVersion, secrets: readonly Secret[], notes: RedactionNotes): MessageVersion {
  const ranges = rangesToHide(v.text, [], secrets);
  if (!ranges.length) return v;
  const redacted = applyRedactions(v.text, ranges);
  const copy = { ...v, text: redacted.text };
  notes.texts.set(copy, { redactions: redacted.redactions, originalSha256: sha256Hex(v.text) });
  return copy;
}

/** Without its hash the copy names no bundle path; the note keeps the hash for the record. */
function leaveOut(a: Attachment, leftOutFiles: ReadonlyMap<string, string>, notes: RedactionNotes): Attachment {
  const reason = a.sha256 ? leftOutFiles.get(a.sha256) : undefined;
  if (!a.sha256 || reason === undefined) return a;
  const { sha256, ...rest } = a;
  const copy: Attachment = { ...rest };
  notes.leftOutAttachments.set(copy, { sha256, reason });
  return copy;
}

/** `seenIn`: the captures the redacted messages name as having seen them. */
function withoutFilesShowing(c: StoredCapture, redactedIds: ReadonlySet<string>, seenIn: ReadonlySet<string>, notes: RedactionNotes): StoredCapture {
  const shows = seenIn.has(c.id) || c.messageIds.some((id) => redactedIds.has(id));
  if (!shows || c.files.length === 0) return c;
  notes.leftOutCaptureFiles.set(c.id, c.files.map((f) => ({ ...f, reason: CAPTURE_FILE_LEFT_OUT })));
  return { ...c, files: [] };
}
