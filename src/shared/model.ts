// The domain vocabulary. Context-free: no chrome.*, no DOM globals, no Dexie.
// Field names follow docs/evidence-bundle.md so records export without renaming.

/** RFC 3339 in UTC, e.g. "2026-03-02T14:14:00Z" (milliseconds kept when known). */
export type IsoUtc = string;

export type PageKind =
  | 'messages-room'
  | 'workroom-messages'
  | 'contract'
  | 'job-post'
  | 'offer'
  | 'proposal'
  | 'timesheet';

/** A stored capture's kind: what this version captures, or "other" from an imported bundle made by a tool that captures more. */
export type StoredPageKind = PageKind | 'other';

export type MessageKind = 'message' | 'system';
export type SentAtPrecision = 'minute' | 'millisecond';

export interface Attachment {
  name: string;
  /** As the page shows it ("412 KB"); null when not shown. */
  size: string | null;
  /** Absolute URL on www.upwork.com, or null when the page gives no link. */
  url: string | null;
  /** SHA-256 (hex) of the saved file (bundle path attachments/<sha256>.<ext>); null when a save was tried and failed. */
  sha256?: string | null;
  /** Size of the saved file. */
  savedBytes?: number;
  /** The media type the file was served as (or guessed from its name when the server did not say). */
  mediaType?: string;
  /** Why the file was not saved, in plain words ("Upwork answered 404 (not found)"). */
  downloadError?: string;
}

/** What the user chose about saving attachment files (dashboard settings). */
export interface AttachmentSettings {
  saveFiles: boolean;
  /** Files larger than this many megabytes (1 MB = 1,048,576 bytes) are not saved. */
  maxMegabytes: number;
}

export const DEFAULT_ATTACHMENT_SETTINGS: Readonly<AttachmentSettings> = { saveFiles: true, maxMegabytes: 25 };
/** Upwork takes files under 95 MB (research §2.4); 500 leaves room without inviting a runaway download. */
export const ATTACHMENT_MEGABYTES_RANGE = { min: 1, max: 500 } as const;

/** What the messages-room extractor reads from the page: what the page said, nothing more. */
export interface ExtractedConversation {
  id: string; // room_<32 hex>
  title: string;
  subtitle: string | null;
  url: string;
  participants: string[];
  contractIds: string[];
}

/**
 * Where a message's field was read: the rendered page, the page's own story data (its API
 * responses, which any script on the page could also post), or both, agreeing.
 */
export type FieldSource = 'dom' | 'page-data' | 'both';
export type SourcedField = 'sender' | 'sentAt' | 'text' | 'kind' | 'edited' | 'deleted' | 'attachments';

export interface FieldConflict {
  field: SourcedField;
  /** What the page showed (a time as RFC 3339 UTC, files as their names one a line). */
  dom: string | boolean | null;
  /** What the page's own data said, in the same form. */
  pageData: string | boolean | null;
}

export interface ExtractedMessage {
  id: string; // story_<hash>, Upwork's story id
  kind: MessageKind;
  /** System events: the actor's name where shown, else null. */
  sender: string | null;
  sentAt: IsoUtc | null;
  /** The page's own text the time was read from (the timestamp's title). */
  sentAtText: string | null;
  sentAtPrecision: SentAtPrecision;
  /** Paragraphs joined by "\n"; quoted replies, markers and button labels excluded. */
  text: string;
  replyTo: string | null;
  attachments: Attachment[];
  deleted: boolean;
  /** The page marked this message as edited. */
  edited: boolean;
  /** Fields taken from (or confirmed by) the page's own data; a field not named came from the DOM only. */
  sources?: Partial<Record<SourcedField, FieldSource>>;
  /** Where the page showed one thing and its own data said another: both values, never one silently. */
  conflicts?: FieldConflict[];
  /** When the page's data says the message was last edited, if it says. */
  editedAt?: IsoUtc | null;
}

export interface RoomExtraction {
  conversation: ExtractedConversation;
  messages: ExtractedMessage[];
}

export interface MessageVersion {
  text: string;
  seenAt: IsoUtc;
  captureId: string;
}

export const DISPUTE_TYPES = ['billing', 'quality', 'scope', 'deadline', 'communication', 'other'] as const;
export type DisputeType = (typeof DISPUTE_TYPES)[number];

export interface Tag {
  id: string;
  label: string;
  kind: 'dispute-type' | 'custom';
  /** A custom tag's colour (#rrggbb, one of shared/tags/tag-colours.ts when made here); dispute types have none. */
  color?: string;
}

export const DISPUTE_TAGS: readonly Tag[] = DISPUTE_TYPES.map((id) => ({
  id,
  label: id.charAt(0).toUpperCase() + id.slice(1),
  kind: 'dispute-type' as const,
}));

/** Review state a user adds to any record. */
export interface Review {
  tags: string[];
  note: string;
  key: boolean;
}

/**
 * A span the user keeps out of exports. Offsets are UTF-16 code units (JavaScript string
 * indices) into the text whose SHA-256 is `textSha256`: the span stays anchored to the text it
 * was made on, so a later edit of the message leaves it stale rather than covering other words.
 */
export interface RedactionSpan {
  start: number;
  end: number;
  reason: string;
  textSha256: string;
  at: IsoUtc;
  /** Made on an earlier version of the message (words since edited out), not on its current text. */
  inVersion?: boolean;
}

/** A saved attachment file (by its SHA-256) the user leaves out of exports. */
export interface LeftOutFile {
  sha256: string;
  reason: string;
  at: IsoUtc;
}

/** What the user chose to keep out of exports of one message; the stored text stays as captured. */
export interface MessageRedactions {
  spans: RedactionSpan[];
  files: LeftOutFile[];
}

export interface StoredMessage extends ExtractedMessage, Review {
  conversationId: string;
  /** Position on the page in the capture that last saw it: orders messages with equal sentAt. */
  position: number;
  versions: MessageVersion[];
  /** When the page first showed this message as deleted. */
  deletedSeenAt: IsoUtc | null;
  firstCapturedAt: IsoUtc;
  /**
   * Captures that recorded a state of this message (first seen, edited, deleted). Which captures
   * merely saw it again is in each capture's `messageIds`, so an unchanged recapture writes no row.
   */
  captureIds: string[];
  /** Absent until the user redacts something (no index needs it, so no schema version). */
  redactions?: MessageRedactions;
}

export interface StoredConversation extends ExtractedConversation, Review {
  firstCapturedAt: IsoUtc;
  lastCapturedAt: IsoUtc;
  captureIds: string[];
  /** Kept by storage (message-tally.ts) so lists never count rows; absent on rooms stored before it was kept. Never exported. */
  messageTally?: MessageTally;
}

/** How many messages a room holds, and how many of them have no time (sentAt null). */
export interface MessageTally {
  messages: number;
  undated: number;
}

/** A file kept with a capture: page.html now; MHTML and screenshots later. */
export interface CaptureFile {
  /** Path inside an evidence bundle, e.g. "captures/<id>/page.html". */
  path: string;
  sha256: string;
  bytes: number;
  mediaType: string;
}

export interface CaptureCounts {
  total: number;
  new: number;
  edited: number;
  deleted: number;
}

export interface StoredCapture {
  id: string;
  url: string;
  pageKind: StoredPageKind;
  title: string;
  capturedAt: IsoUtc;
  timeZone: string;
  utcOffsetMinutes: number;
  browser: string;
  userAgent: string;
  extensionVersion: string;
  /** Every action the tool took that changed or completed the page. */
  actions: string[];
  files: CaptureFile[];
  /** SHA-256 (hex) of the capture's extracted records as stored (canonical JSON). */
  sha256: string;
  conversationId: string | null;
  /** Every message this capture saw, in page order. */
  messageIds: string[];
  /** The terms record this capture read (contract, job post, …), when it read one. */
  termsId?: string | null;
  counts: CaptureCounts;
  /** True when the user kept what was loaded after cancelling. */
  partial: boolean;
  /** Set on a capture read from a bundle (absent or null for one made on this device). */
  importedFrom?: ImportedFrom | null;
}

/** Where an imported capture came from: the bundle's file name, its manifest's SHA-256, and the key that signed it. */
export interface ImportedFrom {
  bundle: string;
  datapackageSha256: string;
  /** The signing key's fingerprint; null for an unsigned bundle the user chose to import. */
  signedBy: string | null;
}

export type CustodyEventType =
  | 'captured'
  | 'recaptured'
  | 'tagged'
  | 'untagged'
  | 'noted'
  | 'redacted'
  | 'exported'
  | 'imported'
  | 'deleted'
  | 'case'
  /** A custom tag was made or its colour changed (detail: label, color, and previous on a change). */
  | 'tag'
  /** The install's signing key was made or replaced (detail: fingerprint, replaces, reason). */
  | 'key';

/**
 * One line of custody.jsonl (format 2). `bodyHash` covers what happened; `hash` covers only
 * seq, bodyHash and prev, so a line can be withheld (below) and the chain still checks.
 */
export interface CustodyEvent {
  seq: number;
  at: IsoUtc;
  event: CustodyEventType;
  subject: string;
  detail: Record<string, unknown>;
  prev: string | null;
  bodyHash: string;
  hash: string;
}

/** A line about records outside an export: it shows that an event exists, and nothing of it. */
export interface WithheldCustodyLine {
  seq: number;
  withheld: true;
  bodyHash: string;
  prev: string | null;
  hash: string;
}

export type CustodyLine = CustodyEvent | WithheldCustodyLine;

/** Browser facts recorded with each capture (SWGDE §3.4). */
export interface CaptureEnvironment {
  capturedAt: IsoUtc;
  timeZone: string;
  utcOffsetMinutes: number;
  browser: string;
  userAgent: string;
}

/** What the dashboard shows and exports: every field optional; empty means everything. */
export interface EvidenceFilter {
  conversationId?: string | undefined;
  /** A dispute case: exactly its conversations and contracts (and their captures and files). */
  caseId?: string | undefined;
  tagId?: string | undefined;
  /** Case-insensitive words to find in a message's text, sender or attachment names. */
  text?: string | undefined;
  keyOnly?: boolean | undefined;
}

export interface Software {
  name: string;
  version: string;
}

/** Everything one export needs, read from the store in one go; the bundle is built from this alone. */
export interface EvidenceSet {
  exportedAt: IsoUtc;
  /** The exporting browser's IANA zone: the reports show times there beside UTC. */
  timeZone?: string;
  software: Software;
  scope: { description: string; filter: EvidenceFilter };
  captures: StoredCapture[];
  conversations: StoredConversation[];
  /** In time order (sentAt, then page position). */
  messages: StoredMessage[];
  /** Contracts, timesheets, job posts, offers and proposals, with their earlier states. */
  terms: StoredTerms[];
  tags: Tag[];
  /** The export's case alone when it is about one; every case when nothing is filtered; else none. */
  cases?: DisputeCase[];
  /**
   * The device's whole custody log as read, oldest first. The bundle holds it scoped (lines
   * about other records withheld); this export's own `exported` event is stored after the zip
   * exists (storage/evidence.ts recordExport), so it shows in the exports that follow.
   */
  custody: CustodyEvent[];
  /** Capture files and the exported messages' attachment files by bundle path (captures/<id>/page.html, attachments/<sha256>.<ext>), as originally captured. */
  files: Map<string, Uint8Array>;
}

// ---- Terms: contracts, offers, proposals, job posts, timesheets (evidence-bundle.md contracts[]) ----

/** An ISO calendar date, "2026-03-18". */
export type IsoDate = string;

/** An amount as the page shows it, as a decimal string: { value: "2400.00", currency: "USD" }. */
export interface Money {
  value: string;
  currency: string;
}

export interface Milestone {
  title: string;
  amount: Money | null;
  dueDate: IsoDate | null;
  /** The due date as shown when it had no year ("Due Mar 13"): the year in dueDate was inferred. */
  dueText?: string;
  /** As shown: "Paid", "Active & funded", "Not started", … */
  status: string | null;
  description: string | null;
}

/** What happened on a contract, as its page's activity shows it (a report's timeline reads these). */
export type ContractEventKind = 'offer' | 'contract-started' | 'milestone-funded' | 'work-submitted' | 'changes-requested' | 'milestone-released' | 'payment' | 'refund' | 'contract-ended';

export interface ContractEvent {
  kind: ContractEventKind;
  /** The calendar day it happened; null when the page showed none we could read. */
  date: IsoDate | null;
  /** The exact time when the page carries one (a <time datetime>), ISO 8601 UTC. */
  at: string | null;
  /** The date as shown ("Mar 13" or "Mar 13, 2026"). */
  dateText: string | null;
  /** The whole line as shown. */
  text: string;
  /** The milestone it concerns, as named ("Milestone 1" or its title). */
  milestone: string | null;
  amount: Money | null;
  /** Changes requested: the request's own text. */
  message: string | null;
}

/** A contract or workroom page (fixed-price or hourly). Ids come from the URL. */
export interface ExtractedContract {
  id: string;
  title: string;
  type: 'fixed' | 'hourly' | null;
  client: string | null;
  freelancer: string | null;
  status: string | null;
  /** Hourly: { value: "45.00", currency: "USD", per: "hour" }. */
  rate: (Money & { per: 'hour' }) | null;
  /** Hourly: hours per week. */
  weeklyLimit: number | null;
  manualTimeAllowed: boolean | null;
  budget: Money | null;
  inEscrow: Money | null;
  startDate: IsoDate | null;
  milestones: Milestone[];
  /** Description / scope text as shown. */
  terms: string | null;
  /** The page's activity as dated events, oldest first; absent when the page showed none. */
  events?: ContractEvent[];
}

/** One week of an hourly contract's timesheet. */
export interface ExtractedTimesheet {
  contractId: string;
  weekStart: IsoDate;
  /** Hours per day, keyed by ISO date, as decimals (1.5 = 1 h 30 min). */
  hoursByDay: Record<IsoDate, number>;
  totalHours: number | null;
  /**
   * Of those, the hours added manually, per day, when the page splits them out (Hourly
   * Protection does not cover manual time, research §5); null when it does not.
   */
  manualHoursByDay: Record<IsoDate, number> | null;
}

export interface ExtractedJobPost {
  /** The ~02… id from the URL. */
  id: string;
  title: string;
  description: string;
  budget: Money | null;
  /** Hourly range, when the post gives one. */
  hourlyRange: { min: Money; max: Money } | null;
  type: 'fixed' | 'hourly' | null;
  postedDate: IsoDate | null;
  /** The date text as shown ("Posted 3 days ago"), beside the derived date. */
  postedText: string | null;
  deliverables: string[];
}

/** An offer or a proposal: the terms one side put forward. */
export interface ExtractedProposalTerms {
  id: string;
  kind: 'offer' | 'proposal';
  title: string;
  type: 'fixed' | 'hourly' | null;
  rate: (Money & { per: 'hour' }) | null;
  /** Hourly terms: hours per week, and whether manual time may be logged (research §4.1). */
  weeklyLimit: number | null;
  manualTimeAllowed: boolean | null;
  price: Money | null;
  milestones: Milestone[];
  terms: string | null;
  coverLetter: string | null;
  /** The other party's name where shown (client on an offer, freelancer on a proposal). */
  counterparty: string | null;
}

/** The structured record a terms page yields, by page kind. */
export type TermsRecord =
  | { kind: 'contract'; contract: ExtractedContract }
  | { kind: 'timesheet'; timesheet: ExtractedTimesheet }
  | { kind: 'job-post'; jobPost: ExtractedJobPost }
  | { kind: 'offer' | 'proposal'; terms: ExtractedProposalTerms };

export interface TermsVersion {
  record: TermsRecord;
  /** The last capture that still showed this state, and when. */
  seenAt: IsoUtc;
  captureId: string;
  /** When a capture first showed the state that replaced it. */
  replacedAt: IsoUtc;
}

/** One contract, timesheet week, job post, offer or proposal as stored, with every earlier state seen. */
export interface StoredTerms extends Review {
  /** `<kind>:<id>` (a timesheet: `timesheet:<contractId>:<weekStart>`). */
  id: string;
  kind: TermsRecord['kind'];
  title: string;
  url: string;
  record: TermsRecord;
  /** Earlier states, oldest first: what "terms changed" compares against. */
  versions: TermsVersion[];
  firstCapturedAt: IsoUtc;
  lastCapturedAt: IsoUtc;
  captureIds: string[];
}

// ---- Dispute cases (evidence-bundle.md cases[]) ----

/** The dispute process in order: talk with the client, file a ticket, mediation, arbitration (fixed price only), resolved. */
export const CASE_STAGES = ['talking', 'ticket-filed', 'mediation', 'arbitration', 'resolved'] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_STAGE_LABELS: Readonly<Record<CaseStage, string>> = {
  talking: 'Talking with the client',
  'ticket-filed': 'Ticket filed',
  mediation: 'Mediation',
  arbitration: 'Arbitration',
  resolved: 'Resolved',
};

/** Dates the user confirms, as UTC instants; the deadlines rest on them. */
export interface CaseDates {
  contractEnded?: IsoUtc | null;
  workSubmitted?: IsoUtc | null;
  disputeFiled?: IsoUtc | null;
  /** When the mediator's proposal arrived (both sides then have 2 days to accept). */
  proposalReceived?: IsoUtc | null;
  /** When Upwork gave notice that mediation did not resolve it (arbitration's 7 days start). */
  nonResolutionNotice?: IsoUtc | null;
}

export type ExhibitKind = 'message' | 'contract' | 'capture' | 'attachment';

/** A numbered exhibit: `id` is a message id, a contract id, a capture id or an attachment's SHA-256. */
export interface CaseExhibit {
  number: string;
  kind: ExhibitKind;
  id: string;
}

/** What the user learned (the seed's "learning from disputes"). */
export interface CaseLessons {
  cause: string;
  avoidance: string;
  clientFeedback: string;
}

export interface DisputeCase {
  id: string;
  name: string;
  disputeType: DisputeType;
  stage: CaseStage;
  /** Every stage the case entered, oldest first (the first is its creation). */
  stageHistory: { stage: CaseStage; at: IsoUtc }[];
  /** Upwork contract ids (as in a conversation's contractIds). */
  contractIds: string[];
  conversationIds: string[];
  dates: CaseDates;
  /** In exhibit order; numbers stay until the user renumbers. */
  exhibits: CaseExhibit[];
  /** The dispute statement as the user last edited it; empty = not written yet (the draft is generated). */
  statement: string;
  outcome: string | null;
  lessons: CaseLessons;
  createdAt: IsoUtc;
}
