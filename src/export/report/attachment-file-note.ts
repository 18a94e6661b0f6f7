// What the reports say about an attachment's file: where it is in the bundle, or why it is not.
// One wording for report.html and report.md.
import type { Attachment } from '../../shared/model';
import { savedAttachmentPath } from '../../shared/attachment-files';
import { formatBytes } from '../../shared/bytes/byte-size';

export type AttachmentFileNote =
  | { saved: true; path: string; detail: string }
  | { saved: false; text: string };

/** `leftOut`: the user left the saved file out of this export (redaction). */
export function attachmentFileNote(a: Attachment, leftOut?: { sha256: string; reason: string }): AttachmentFileNote {
  if (leftOut) return { saved: false, text: `file left out of this export by the freelancer (${leftOut.reason}); its SHA-256 is ${leftOut.sha256}` };
  const path = savedAttachmentPath(a);
  if (path) {
    const facts = [a.savedBytes !== undefined ? formatBytes(a.savedBytes) : '', a.mediaType ?? ''].filter(Boolean);
    return { saved: true, path, detail: facts.join(', ') };
  }
  if (a.downloadError) return { saved: false, text: `file not in this bundle: ${a.downloadError}` };
  return { saved: false, text: 'file not in this bundle: it was not saved' };
}
