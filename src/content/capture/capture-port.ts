// What a capture as a whole needs from the background: store it whole, or throw away what it
// staged. Each step has its own port (history/, page-copy/, attachments/); CapturePorts is the
// set a capture is given. The one implementation over the extension's messaging is
// ports/runtime-ports.ts; tests pass fakes.
import type { CaptureResult, CommitCaptureInput, CommitPageInput, PageCaptureResult } from '../../shared/messaging/messages';
import type { AttachmentPort } from '../attachments/attachment-port';
import type { HistoryPort } from '../history/history-port';
import type { PageCopyPort } from '../page-copy/page-copy-port';
import type { CaptureRequest } from '../capture-code';
import type { PageKind } from '../../shared/model';

export interface CapturePort {
  /** Stores a room's capture and its staged files in one transaction. */
  commitRoom(input: CommitCaptureInput): Promise<CaptureResult>;
  /** Stores a terms page's capture (contract, timesheet, job post, offer, proposal). */
  commitPage(input: CommitPageInput): Promise<PageCaptureResult>;
  /** Drops whatever the capture staged; a no-op when it staged nothing. */
  discard(captureId: string): Promise<void>;
}

export interface CapturePorts {
  capture: CapturePort;
  history: HistoryPort;
  pageCopy: PageCopyPort;
  attachments: AttachmentPort;
}

/** A capture request as the capture code runs it: the page's story data has become its ports. */
export type CaptureRun<Kind extends PageKind = PageKind> = Omit<CaptureRequest, 'pageStories' | 'pageKind'> & { pageKind: Kind; ports: CapturePorts };
