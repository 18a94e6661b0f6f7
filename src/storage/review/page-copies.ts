// The copy of the page a record was read from, as text, for what the extracted record does not
// keep: a contract page's links to its job post and proposal (ui/components/terms/page-keys.ts).
import type { EvidenceDb } from '../db';
import { readBlob } from '../files/blobs';
import { capturesById } from './queries';

/**
 * The newest stored page copy among these captures, or null when none has one (or its file is
 * gone): what is read from it is a help, never something the view cannot do without.
 */
export async function newestPageCopy(db: EvidenceDb, captureIds: readonly string[]): Promise<{ captureId: string; url: string; html: string } | null> {
  for (const capture of await capturesById(db, captureIds)) {
    const copy = capture.files.find((f) => f.mediaType === 'text/html' && f.path.endsWith('/page.html'));
    if (!copy) continue;
    try {
      return { captureId: capture.id, url: capture.url, html: new TextDecoder().decode(await readBlob(db, copy.sha256)) };
    } catch {
      continue;
    }
  }
  return null;
}
