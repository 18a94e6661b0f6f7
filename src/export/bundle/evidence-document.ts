// evidence.json: the stored records mapped field by field to the bundle format. Explicit
// mapping (not a spread) so storage-only fields such as `position` never leak into the export.
import type { Attachment, StoredCapture, StoredConversation, StoredMessage } from '../../shared/model';
import { savedAttachmentPath } from '../../shared/attachment-files';
import { versionsOldestFirst, type ExportView } from './export-view';
import { termsArrays } from './terms-records';
import { caseRecord } from './case-records';
import type { EvidenceAttachmentRecord, EvidenceCaptureRecord, EvidenceConversationRecord, EvidenceDocument, EvidenceMessageRecord } from './evidence-types';

export function evidenceDocument(view: ExportView): EvidenceDocument {
  const { set } = view;
  return {
    format: 'upwork-evidence',
    formatVersion: 1,
    exportedAt: set.exportedAt,
    software: { name: set.software.name, version: set.software.version },
    scope: view.theCase ? { description: set.scope.description, caseId: view.theCase.id } : { description: set.scope.description },
    captures: view.captures.map(captureRecord),
    conversations: view.conversations.map(conversationRecord),
    messages: view.messages.map((m) => messageRecord(m, view.theCase ? (view.exhibits.get(m) ?? null) : null)),
    ...termsArrays(set.terms),
    tags: set.tags.map((t) => ({ id: t.id, label: t.label, kind: t.kind })),
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

function messageRecord(m: StoredMessage, exhibit: string | null): EvidenceMessageRecord {
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
    attachments: m.attachments.map(attachmentRecord),
    deleted: m.deleted,
    edited: m.edited,
    versions: versionsOldestFirst(m.versions).map((v) => ({ text: v.text, seenAt: v.seenAt, captureId: v.captureId })),
    firstCapturedAt: m.firstCapturedAt,
    captureIds: [...m.captureIds],
    tags: [...m.tags],
    note: m.note,
    key: m.key,
    exhibit,
  };
}

/** Only the file fields a record has: an attachment from before files were saved exports as it did. */
function attachmentRecord(a: Attachment): EvidenceAttachmentRecord {
  const record: EvidenceAttachmentRecord = { name: a.name, size: a.size, url: a.url };
  if (a.sha256 !== undefined) record.sha256 = a.sha256;
  const path = savedAttachmentPath(a);
  if (path) record.path = path;
  if (a.savedBytes !== undefined) record.savedBytes = a.savedBytes;
  if (a.mediaType !== undefined) record.mediaType = a.mediaType;
  if (a.downloadError !== undefined) record.downloadError = a.downloadError;
  return record;
}
