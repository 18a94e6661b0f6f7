// How a message's attachments seen again combine with the stored ones: a saved file is never
// dropped (a later capture that skipped or failed the download keeps the earlier file), and a
// newer attempt's outcome replaces an older failure.
import type { Attachment } from '../../shared/model';
import { canonicalJson } from '../../shared/bytes/hash';

type FileFields = Pick<Attachment, 'sha256' | 'savedBytes' | 'mediaType' | 'downloadError'>;

/** The attachments to store, or null when they equal the stored ones. */
export function mergeAttachments(stored: readonly Attachment[], seen: readonly Attachment[]): Attachment[] | null {
  // The longer list is the fuller reading of the page (as before files were saved).
  const seenIsFuller = seen.length > stored.length;
  const base = seenIsFuller ? seen : stored;
  const other = seenIsFuller ? stored : seen;
  const merged = base.map((a, i) => {
    const match = counterpart(other, a, i);
    const [storedOne, seenOne] = seenIsFuller ? [match, a] : [a, match];
    return { ...describe(a), ...fileFields(storedOne, seenOne) };
  });
  return canonicalJson(merged) === canonicalJson(stored) ? null : merged;
}

/** The same attachment in the other list: same position and link, else the first with that link (or name). */
function counterpart(list: readonly Attachment[], a: Attachment, index: number): Attachment | undefined {
  const same = (b: Attachment | undefined) => b !== undefined && (a.url !== null ? b.url === a.url : b.url === null && b.name === a.name);
  const atIndex = list[index];
  return same(atIndex) ? atIndex : list.find(same);
}

function fileFields(stored: Attachment | undefined, seen: Attachment | undefined): FileFields {
  if (stored?.sha256) return pick(stored);
  if (seen?.sha256) return pick(seen);
  if (seen?.downloadError) return { sha256: null, downloadError: seen.downloadError };
  return stored ? pick(stored) : {};
}

function describe(a: Attachment): Attachment {
  return { name: a.name, size: a.size, url: a.url };
}

function pick(a: Attachment): FileFields {
  const out: FileFields = {};
  if (a.sha256 !== undefined) out.sha256 = a.sha256;
  if (a.savedBytes !== undefined) out.savedBytes = a.savedBytes;
  if (a.mediaType !== undefined) out.mediaType = a.mediaType;
  if (a.downloadError !== undefined) out.downloadError = a.downloadError;
  return out;
}
