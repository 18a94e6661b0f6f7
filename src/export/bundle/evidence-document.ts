// evidence.json: the stored records mapped field by field to the bundle format. Explicit
// mapping (not a spread) so storage-only fields such as `position` never leak into the export.
import type { Attachment, MessageVersion, StoredCapture, StoredConversation, StoredMessage } from '../../shared/model';
import { savedAttachmentPath } from '../../shared/attachment-files';
import { scopeFields } from '../../shared/evidence-filter';
import { SOURCED_FIELDS } from '../../shared/provenance';
import { versionsOldestFirst, type ExportView } from './export-view';
import { termsArrays } from './terms-records';
import { caseRecord } from '../case/case-records';
import type { EvidenceAttachmentRecord, EvidenceCaptureRecord, EvidenceConversationRecord, EvidenceDocument, EvidenceMessageRecord, EvidenceVersionRecord } from './evidence-types';

export function evidenceDocument(view: ExportView): EvidenceDocument {
  const { set } = view;
  return {
    format: 'upwork-evidence',
    formatVersion: 2,
    exportedAt: set.exportedAt,
    software: { name: set.software.name, version: set.software.version },
    scope: { description: set.scope.description, ...scopeFields(set.scope.filter) },
    captures: view.captures.map((c) => withFilesLeftOut(captureRecord(c), view)),
    conversations: view.conversations.map(conversationRecord),
    messages: view.messages.map((m) => messageRecord(m, view)),
    ...termsArrays(set.terms),
    tags: view.tags.map((t) => ({ id: t.id, label: t.label, kind: t.kind, ...(t.color ? { color: t.color } : {}) })),
    cases: (set.cases ?? []).map((c) => caseRecord(c, set)),
  };
}

export function captureRecord(c: StoredCapture): EvidenceCaptureRecord {
  // The spec has one kind for message rooms; the workroom's message tab is the same records
  // in another layout, so it exports as that kind and names its layout.
  const kind = c.pageKind === 'workroom-messages' ? { pageKind: 'messages-room' as const, pageVariant: c.pageKind } : { pageKind: c.pageKind };
  return {
    id: c.id,
    url: c.url,
    ...kind,
    title: c.title,
    capturedAt: c.capturedAt,
    timeZone: c.timeZone,
    utcOffsetMinutes: c.utcOffsetMinutes,
    browser: c.browser,
    userAgent: c.userAgent,
    extensionVersion: c.extensionVersion,
    actions: [...c.actions],
    files: c.files.map((f) => f.path),
    sha256: c.sha256,
    conversationId: c.conversationId,
    partial: c.partial,
    importedFrom: c.importedFrom ? { bundle: c.importedFrom.bundle, datapackageSha256: c.importedFrom.datapackageSha256, signedBy: c.importedFrom.signedBy } : null,
  };
}

function conversationRecord(c: StoredConversation): EvidenceConversationRecord {
  return {
    id: c.id,
    title: c.title,
    subtitle: c.subtitle,
    url: c.url,
    participants: [...c.participants],
    contractIds: [...c.contractIds],
    tags: [...c.tags],
    note: c.note,
    key: c.key,
  };
}

function withFilesLeftOut(record: EvidenceCaptureRecord, view: ExportView): EvidenceCaptureRecord {
  const leftOut = view.redaction.leftOutCaptureFiles.get(record.id);
  if (leftOut) record.filesLeftOut = leftOut.map((f) => ({ path: f.path, sha256: f.sha256, bytes: f.bytes, reason: f.reason }));
  return record;
}

function messageRecord(m: StoredMessage, view: ExportView): EvidenceMessageRecord {
  const redacted = view.redaction.texts.get(m);
  return {
    id: m.id,
    conversationId: m.conversationId,
    kind: m.kind,
    sender: m.sender,
    sentAt: m.sentAt,
    sentAtText: m.sentAtText,
    sentAtPrecision: m.sentAtPrecision,
    text: m.text,
    replyTo: m.replyTo,
    attachments: m.attachments.map((a) => attachmentRecord(a, view)),
    deleted: m.deleted,
    edited: m.edited,
    versions: versionsOldestFirst(m.versions).map((v) => versionRecord(v, view)),
    firstCapturedAt: m.firstCapturedAt,
    captureIds: [...m.captureIds],
    // Every field named, so a reader need not know that an unnamed one came from the page.
    sources: Object.fromEntries(SOURCED_FIELDS.map((f) => [f, m.sources?.[f] ?? 'dom'])) as EvidenceMessageRecord['sources'],
    conflicts: (m.conflicts ?? []).map((c) => ({ field: c.field, dom: c.dom, pageData: c.pageData })),
    tags: [...m.tags],
    note: m.note,
    key: m.key,
    // The case's own number, only in an export about that case (another case may number it otherwise).
    exhibit: view.theCase ? (view.exhibits.get(m) ?? null) : null,
    redactions: redacted ? redacted.redactions.map((r) => ({ ...r })) : [],
    ...(redacted ? { originalSha256: redacted.originalSha256 } : {}),
  };
}

function versionRecord(v: MessageVersion, view: ExportView): EvidenceVersionRecord {
  const redacted = view.redaction.texts.get(v);
  const record: EvidenceVersionRecord = { text: v.text, seenAt: v.seenAt, captureId: v.captureId };
  if (redacted) Object.assign(record, { redactions: redacted.redactions.map((r) => ({ ...r })), originalSha256: redacted.originalSha256 });
  return record;
}

/** Only the file fields a record has: an attachment from before files were saved exports as it did. */
function attachmentRecord(a: Attachment, view: ExportView): EvidenceAttachmentRecord {
  const record: EvidenceAttachmentRecord = { name: a.name, size: a.size, url: a.url };
  const leftOut = view.redaction.leftOutAttachments.get(a);
  if (leftOut) Object.assign(record, { sha256: leftOut.sha256, leftOut: { reason: leftOut.reason } });
  if (a.sha256 !== undefined) record.sha256 = a.sha256;
  const path = savedAttachmentPath(a);
  if (path) record.path = path;
  if (a.savedBytes !== undefined) record.savedBytes = a.savedBytes;
  if (a.mediaType !== undefined) record.mediaType = a.mediaType;
  if (a.downloadError !== undefined) record.downloadError = a.downloadError;
  return record;
}
