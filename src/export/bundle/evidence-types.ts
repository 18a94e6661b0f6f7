// The records of evidence.json, as evidence-bundle.md defines them. Fields beyond the spec are
// marked "extra": the spec welcomes additions as long as none of its own fields change meaning.
import type { Attachment, FieldConflict, FieldSource, ImportedFrom, IsoUtc, MessageKind, MessageVersion, SentAtPrecision, SourcedField, Software, Tag } from '../../shared/model';

export type SpecPageKind = 'messages-room' | 'contract' | 'job-post' | 'offer' | 'proposal' | 'timesheet' | 'other';

export interface EvidenceCaptureRecord {
  id: string;
  url: string;
  pageKind: SpecPageKind;
  /** Extra: which layout of that kind was captured, e.g. "workroom-messages" for a contract's message tab. */
  pageVariant?: string;
  title: string;
  capturedAt: IsoUtc;
  timeZone: string;
  utcOffsetMinutes: number;
  browser: string;
  userAgent: string;
  /** Extra: the extension version that made the capture (SWGDE §3.4), which may predate the exporting one. */
  extensionVersion: string;
  actions: string[];
  files: string[];
  sha256: string;
  /** Extra: the conversation this capture read, when it read one. */
  conversationId: string | null;
  /** Extra: true when the user stopped loading history and kept what had loaded. */
  partial: boolean;
  /** A capture read from a bundle: which bundle, its datapackage.json's SHA-256, the key that signed it. */
  importedFrom: ImportedFrom | null;
  /** Extra: files of this capture not in the bundle because they show redacted text. */
  filesLeftOut?: EvidenceLeftOutFile[];
}

export interface EvidenceConversationRecord {
  id: string;
  title: string;
  subtitle: string | null;
  url: string;
  participants: string[];
  contractIds: string[];
  /** Extra: the user's review of the conversation as a whole. */
  tags: string[];
  note: string;
  key: boolean;
}

/**
 * The spec's { name, size, url } plus, as extras, the saved file: its SHA-256, size, media type
 * and bundle path (attachments/<sha256>.<ext>), or why it was not saved.
 */
export interface EvidenceAttachmentRecord extends Attachment {
  /** Extra: where the saved file is in this bundle. */
  path?: string;
  /** Extra: the saved file (still named by `sha256`) was left out of this export by the user, and why. */
  leftOut?: { reason: string };
}

/** A span of the copy that says "[redacted]": offsets in the copy, UTF-16 code units. */
export interface EvidenceRedaction {
  start: number;
  end: number;
  reason: string;
}

/** Extra: an earlier text, redacted like the message's own text when it held a redacted span. */
export interface EvidenceVersionRecord extends MessageVersion {
  redactions?: EvidenceRedaction[];
  originalSha256?: string;
}

/** Extra: a capture file left out because it shows redacted text; its hash still identifies it. */
export interface EvidenceLeftOutFile {
  path: string;
  sha256: string;
  bytes: number;
  reason: string;
}

export interface EvidenceMessageRecord {
  id: string;
  conversationId: string;
  kind: MessageKind;
  sender: string | null;
  sentAt: IsoUtc | null;
  sentAtText: string | null;
  sentAtPrecision: SentAtPrecision;
  text: string;
  replyTo: string | null;
  attachments: EvidenceAttachmentRecord[];
  deleted: boolean;
  /** Extra: the page marked the message as edited (earlier texts, where seen, are in `versions`). */
  edited: boolean;
  versions: EvidenceVersionRecord[];
  firstCapturedAt: IsoUtc;
  captureIds: string[];
  /** Where each field came from: the page (dom), the page's own data (page-data), or both agreeing. */
  sources: Record<SourcedField, FieldSource>;
  /** Where the page and its own data disagreed: both values. */
  conflicts: FieldConflict[];
  tags: string[];
  note: string;
  key: boolean;
  /** "E-3" when the case this export is about numbers it. */
  exhibit: string | null;
  /** Spans of `text` that say "[redacted]" in this export; empty when none. */
  redactions: EvidenceRedaction[];
  /** SHA-256 hex of the stored original text, present when `redactions` is not empty. */
  originalSha256?: string;
}

export interface EvidenceDocument {
  format: 'upwork-evidence';
  formatVersion: 2;
  exportedAt: IsoUtc;
  software: Software;
  /** What filter produced this export: its description, and the filter's fields that were set (a case: its id). */
  scope: { description: string; conversationId?: string; caseId?: string; tagId?: string; text?: string; keyOnly?: boolean };
  captures: EvidenceCaptureRecord[];
  conversations: EvidenceConversationRecord[];
  messages: EvidenceMessageRecord[];
  /** Contracts as evidence-bundle.md's contracts[] (plus extras), each with its earlier states in versions. */
  contracts: Record<string, unknown>[];
  /** Extras beyond the spec: the other terms pages, in the same shape (fields, versions, review). */
  timesheets: Record<string, unknown>[];
  jobPosts: Record<string, unknown>[];
  offers: Record<string, unknown>[];
  proposals: Record<string, unknown>[];
  tags: Tag[];
  cases: EvidenceCaseRecord[];
}

export interface EvidenceCaseRecord {
  id: string;
  name: string;
  disputeType: string;
  stage: string;
  stageHistory: { stage: string; at: IsoUtc }[];
  contractIds: string[];
  conversationIds: string[];
  /** Extra: the dates the user confirmed, which the deadlines rest on. */
  dates: Record<string, IsoUtc | null>;
  /** As of the export; `status` (extra) is upcoming | soon | past | unknown, `needs` (extra) the missing date. */
  deadlines: { name: string; due: IsoUtc | null; basis: string; source: string; status: string; needs?: string }[];
  exhibits: { number: string; kind: string; id: string }[];
  statement: string;
  /** Extra: true when the user has not edited the statement and this is the generated draft. */
  statementDrafted: boolean;
  outcome: string | null;
  lessons: string;
}
