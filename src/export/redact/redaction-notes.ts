// What an export's redaction changed, keyed by the export's own copies of the records, so each
// renderer can say where "[redacted]" stands and which files were left out, and why.
import type { Attachment, CaptureFile, MessageVersion, StoredMessage } from '../../shared/model';
import type { SpanRange } from '../../shared/redaction/redaction';

/** The spec's `redactions` (offsets in the copy) and `originalSha256` (of the stored original). */
export interface RedactedCopy {
  redactions: SpanRange[];
  originalSha256: string;
}

export interface LeftOutFileNote {
  sha256: string;
  reason: string;
}

export interface LeftOutCaptureFile extends CaptureFile {
  reason: string;
}

export interface RedactionNotes {
  /** By the copy of a message, or of an earlier version, whose text was redacted. */
  texts: Map<StoredMessage | MessageVersion, RedactedCopy>;
  /** By the copy of an attachment whose saved file is left out of the bundle. */
  leftOutAttachments: Map<Attachment, LeftOutFileNote>;
  /** By capture id: its files left out because they show redacted text. */
  leftOutCaptureFiles: Map<string, LeftOutCaptureFile[]>;
}

export function noRedactions(): RedactionNotes {
  return { texts: new Map(), leftOutAttachments: new Map(), leftOutCaptureFiles: new Map() };
}

export const CAPTURE_FILE_LEFT_OUT = 'it shows text redacted from this export, and a page copy or screenshot cannot be redacted in part';
