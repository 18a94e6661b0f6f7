// The evidentiary copy of the page, staged for the capture's commit: the DOM without anything
// that could run, hashed before it leaves the page.
import type { CaptureFile } from '../../shared/model';
import { sha256Hex } from '../../shared/hash';
import type { PageCopyPort } from './page-copy-port';
import { snapshotPage } from './page-snapshot';

export async function keepPageCopy(doc: Document, captureId: string, exclude: Element | null, signal: AbortSignal, port: PageCopyPort): Promise<{ file: CaptureFile; actions: string[] }> {
  const snapshot = snapshotPage(doc, exclude);
  const html = new TextEncoder().encode(snapshot.html);
  const file: CaptureFile = { path: `captures/${captureId}/page.html`, sha256: sha256Hex(html), bytes: html.length, mediaType: 'text/html' };
  await port.stage(captureId, file, html, signal);
  return { file, actions: snapshot.actions };
}
