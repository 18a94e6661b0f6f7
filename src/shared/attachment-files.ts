// Where a saved attachment file lives and how it is stored. Shared by the content script (which
// saves), storage (which checks) and the exporter (which writes the bundle), so all three always
// agree on the path: attachments/<sha256>.<ext> (evidence-bundle.md, "where downloaded").
import type { Attachment } from './model';

const EXTENSION = /^[a-z0-9]{1,8}$/;
export const ATTACHMENT_PATH = /^attachments\/([0-9a-f]{64})\.([a-z0-9]{1,8})$/;

/** The file name's extension, lowercased, when it is 1–8 letters or digits; else "bin". */
export function attachmentExtension(name: string): string {
  const trimmed = name.trim();
  const dot = trimmed.lastIndexOf('.');
  // A leading dot names a hidden file, not an extension.
  const ext = dot > 0 ? trimmed.slice(dot + 1).toLowerCase() : '';
  return EXTENSION.test(ext) ? ext : 'bin';
}

export function attachmentPath(sha256: string, name: string): string {
  return `attachments/${sha256}.${attachmentExtension(name)}`;
}

/** The bundle path of an attachment's saved file, or null when none was saved. */
export function savedAttachmentPath(attachment: Attachment): string | null {
  return attachment.sha256 ? attachmentPath(attachment.sha256, attachment.name) : null;
}

/** Whether a bundle path is a well-formed attachment path whose name is the given hash. */
export function isAttachmentPathFor(path: string, sha256: string): boolean {
  return ATTACHMENT_PATH.exec(path)?.[1] === sha256;
}

/** Text-like files shrink a lot under gzip; images, PDFs, archives and office files are compressed already. */
export function isCompressible(mediaType: string): boolean {
  return /^text\/|[/+](json|xml)$|^image\/svg\+xml$/.test(mediaType);
}

const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  txt: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  xml: 'application/xml',
  zip: 'application/zip',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * The media type to record: the server's own Content-Type when it names one, else a guess from
 * the file name (downloads are often served as application/octet-stream).
 */
export function attachmentMediaType(contentType: string | null, name: string): string {
  const served = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(served) && served !== 'application/octet-stream') return served;
  return BY_EXTENSION[attachmentExtension(name)] ?? 'application/octet-stream';
}
