// The bundle as one ZIP. Deterministic: the same files give the same bytes (fixed order, entry
// dates from the manifest's `created`, no folder entries), so a re-export can be compared by hash.
import JSZip from 'jszip';
import { DIGEST_PATH, MANIFEST_PATH } from './bundle-paths';

export async function zipBundle(files: Map<string, Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  const date = entryDate(files.get(MANIFEST_PATH));
  for (const path of zipOrder(files)) {
    zip.file(path, files.get(path) as Uint8Array, { date, createFolders: false, binary: true });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** datapackage.json first (a reader sees the manifest before anything it describes), then its signature, then the rest by path. */
function zipOrder(files: Map<string, Uint8Array>): string[] {
  const first = [MANIFEST_PATH, DIGEST_PATH].filter((p) => files.has(p));
  const rest = [...files.keys()].filter((p) => !first.includes(p)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...first, ...rest];
}

function entryDate(manifest: Uint8Array | undefined): Date {
  try {
    const created: unknown = manifest ? (JSON.parse(new TextDecoder().decode(manifest)) as { created?: unknown }).created : undefined;
    const ms = typeof created === 'string' ? Date.parse(created) : NaN;
    if (!Number.isNaN(ms)) return new Date(ms);
  } catch {
    // Not our manifest: fall through to the fixed date.
  }
  return new Date(Date.UTC(1980, 0, 1));
}
