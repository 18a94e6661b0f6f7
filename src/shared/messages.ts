// The extension's protocol: one map per receiver from message name to (input) => output.
// A wrong payload or a missing handler fails to compile (see messaging.ts).
import type { CaptureCounts, CaptureEnvironment, CaptureFile, PageKind, RoomExtraction } from './model';

export interface StageFileInput {
  captureId: string;
  file: CaptureFile;
  /** 0-based chunk index; chunks keep each message small. */
  part: number;
  parts: number;
  /** This chunk of the file's stored bytes (gzip when `gzip`), base64. */
  base64: string;
  gzip: boolean;
}

export interface CommitCaptureInput {
  captureId: string;
  pageKind: PageKind;
  url: string;
  title: string;
  environment: CaptureEnvironment;
  actions: string[];
  extraction: RoomExtraction;
  /** Files staged with capture.stageFile, all of which must have arrived whole. */
  files: CaptureFile[];
  partial: boolean;
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
  'capture.discard': (input: { captureId: string }) => { discarded: boolean };
};

export type CaptureTrigger = 'page-button' | 'popup' | 'shortcut';

export type CaptureOutcome =
  | { status: 'captured'; result: CaptureResult; message: string }
  | { status: 'failed'; message: string }
  | { status: 'cancelled'; message: string };

/** Handled by the content script in an Upwork tab; sent by the popup and the service worker. */
export type ContentProtocol = {
  'content.pageInfo': (input: Record<string, never>) => { pageKind: PageKind | null; capturing: boolean };
  'content.capture': (input: { trigger: CaptureTrigger }) => CaptureOutcome;
};
