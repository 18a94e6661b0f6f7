// The extension's protocol: one map per receiver from message name to (input) => output.
// A wrong payload or a missing handler fails to compile (see messaging.ts).
import type { PageImagesProtocol } from './page-image-messages';
import type { TimeStampOutcome } from './time-stamp-authorities';
import type { AttachmentSettings, CaptureCounts, CaptureEnvironment, CaptureFile, PageKind, RoomExtraction, TermsRecord } from './model';

export interface StageFileInput {
  captureId: string;
  file: CaptureFile;
  /** 0-based chunk index; chunks keep each message small. */
  part: number;
  parts: number;
  /** This chunk of the file's stored bytes (gzip when `gzip`), base64. */
  base64: string;
  /** True when the stored bytes are gzip: page copies and text-like attachments; false for files that are compressed already. */
  gzip: boolean;
}

/** An attachment file already in storage, found through a stored message's attachment. */
export interface StoredAttachmentFile {
  url: string;
  sha256: string;
  savedBytes: number;
  mediaType: string;
}

/** What every capture sends with its records: which page, when and how, and what the tool did. */
export interface CaptureHeader {
  captureId: string;
  pageKind: PageKind;
  url: string;
  title: string;
  environment: CaptureEnvironment;
  actions: string[];
}

export interface CommitCaptureInput extends CaptureHeader {
  extraction: RoomExtraction;
  /**
   * Files staged with capture.stageFile. The page copy must have arrived whole; an attachment
   * file (attachments/<sha256>.<ext>) that did not is dropped and its attachment says so.
   */
  files: CaptureFile[];
  partial: boolean;
}

/** A capture of a contract, timesheet, job post, offer or proposal page. */
export interface CommitPageInput extends CaptureHeader {
  /** null when the page's structured data was not recognised: the page copy is kept all the same. */
  terms: TermsRecord | null;
  files: CaptureFile[];
}

export interface PageCaptureResult {
  captureId: string;
  /** The stored terms record's id, when the page was recognised. */
  termsId: string | null;
  /** True when the terms differ from the last capture of the same record. */
  termsChanged: boolean;
  /** True when this record had never been captured before. */
  firstCapture: boolean;
}

export interface CaptureResult {
  captureId: string;
  conversationId: string;
  conversationTitle: string;
  counts: CaptureCounts;
}

/** Handled by the service worker; sent by content scripts and extension pages. */
export type BackgroundProtocol = {
  'capture.stageFile': (input: StageFileInput) => { received: number };
  'capture.commit': (input: CommitCaptureInput) => CaptureResult;
  'capture.commitPage': (input: CommitPageInput) => PageCaptureResult;
  'capture.discard': (input: { captureId: string }) => { discarded: boolean };
  /** Injects the capture code into the sender's tab when a capture starts (src/content/capture-code.ts). */
  'capture.loadCaptureCode': (input: Record<string, never>) => { loaded: true };
  /** The user's attachment settings, read before files are downloaded. */
  'capture.attachmentSettings': (input: Record<string, never>) => AttachmentSettings;
  /** Which of these attachment URLs of the conversation already have a stored file, so they are not fetched again. */
  'capture.storedAttachments': (input: { conversationId: string; urls: string[] }) => { files: StoredAttachmentFile[] };
  'capture.pageMhtml': PageImagesProtocol['capture.pageMhtml'];
  'capture.screenshotView': PageImagesProtocol['capture.screenshotView'];
  'capture.stitchScreenshots': PageImagesProtocol['capture.stitchScreenshots'];
  /**
   * From the dashboard at export: a trusted time over the bundle's signature (base64), from the
   * authority named in the settings. The worker sends only its hash; its host permission lifts CORS.
   */
  'export.timeStamp': (input: { signature: string }) => TimeStampOutcome;
};

export type CaptureTrigger = 'page-button' | 'popup' | 'shortcut' | 'context-menu';

export type CaptureOutcome =
  | { status: 'captured'; result: CaptureResult | PageCaptureResult; message: string }
  | { status: 'failed'; message: string }
  | { status: 'cancelled'; message: string };

/** Handled by the content script in an Upwork tab; sent by the popup and the service worker. */
export type ContentProtocol = {
  'content.pageInfo': (input: Record<string, never>) => { pageKind: PageKind | null; capturing: boolean };
  'content.capture': (input: { trigger: CaptureTrigger }) => CaptureOutcome;
};
