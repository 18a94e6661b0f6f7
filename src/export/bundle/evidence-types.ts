// The records of evidence.json, as evidence-bundle.md defines them. Fields beyond the spec are
// marked "extra": the spec welcomes additions as long as none of its own fields change meaning.
import type { Attachment, FieldConflict, FieldSource, IsoUtc, MessageKind, MessageVersion, SentAtPrecision, SourcedField, Software, Tag } from '../../shared/model';

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
  versions: MessageVersion[];
  firstCapturedAt: IsoUtc;
  captureIds: string[];
  /** Where each field came from: the page (dom), the page's own data (page-data), or both agreeing. */
  sources: Record<SourcedField, FieldSource>;
  /** Where the page and its own data disagreed: both values. */
  conflicts: FieldConflict[];
  tags: string[];
  note: string;
  key: boolean;
}

export interface EvidenceDocument {
  format: 'upwork-evidence';
  formatVersion: 2;
  exportedAt: IsoUtc;
  software: Software;
  /** What filter produced this export: its description, and the filter's fields that were set. */
  scope: { description: string; conversationId?: string; tagId?: string; text?: string; keyOnly?: boolean };
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
  cases: unknown[];
}
