// Where an MHTML file's framing ends and its parts' bodies begin. The browser writes a new
// boundary, Date header and frame Content-IDs on every save (seen in Chromium 156), so two
// saves of an unchanged page differ only in that framing: storing the bodies apart, each once
// by SHA-256, lets a recapture add little more than the framing (RFC 2046 §5.1.1, RFC 2557).
import { bytesToBinaryText } from '../../shared/bytes/bytes';

/** A run of a file: a piece stored by SHA-256 (`body`), or bytes kept inline (an MHTML file's framing). */
export interface FileSpan {
  body: boolean;
  start: number;
  end: number;
}

/** Bodies shorter than this stay with the framing: a stored row of their own costs more. */
export const MIN_BODY_BYTES = 512;

/**
 * The file cut into framing and bodies that tile it exactly, in order; null when it is not
 * MIME multipart (no header block or no boundary), so the caller keeps it whole.
 */
export function mhtmlSpans(bytes: Uint8Array): FileSpan[] | null {
  const text = bytesToBinaryText(bytes);
  const headerEnd = text.indexOf('\r\n\r\n');
  if (headerEnd < 0) return null;
  const boundary = /boundary="?([^"\r\n;]+)"?/i.exec(text.slice(0, headerEnd))?.[1];
  if (!boundary) return null;
  const delimiter = `\r\n--${boundary}`;
  const spans: FileSpan[] = [];
  let framingStart = 0;
  for (let at = text.indexOf(delimiter, headerEnd); at >= 0; ) {
    const afterDelimiter = at + delimiter.length;
    if (text.startsWith('--', afterDelimiter)) break;
    const partHeadersEnd = text.indexOf('\r\n\r\n', afterDelimiter);
    if (partHeadersEnd < 0) break;
    const bodyStart = partHeadersEnd + 4;
    const next = text.indexOf(delimiter, bodyStart);
    const bodyEnd = next < 0 ? text.length : next;
    if (bodyEnd - bodyStart >= MIN_BODY_BYTES) {
      spans.push({ body: false, start: framingStart, end: bodyStart }, { body: true, start: bodyStart, end: bodyEnd });
      framingStart = bodyEnd;
    }
    at = next;
  }
  if (framingStart < text.length) spans.push({ body: false, start: framingStart, end: text.length });
  return spans.some((s) => s.body) ? spans : null;
}
