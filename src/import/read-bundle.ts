// Reading a bundle for import, page side: verify it first (../export/verify-bundle.ts), then read
// records only from the bytes that verification checked. A refusal is always words, never a throw.
import { parseCustodyJsonl, verifyBundleFiles } from '../export';
import { sha256HexAsync } from '../shared/hash';
import { BundleFiles } from './bundle-files';
import { Fields } from './fields';
import type { BundleReading, ImportedBundle } from '../shared/imported-bundle';
import { MAX_BUNDLE_BYTES, MAX_EVIDENCE_JSON_BYTES } from './limits';
import { readEvidence } from './read-evidence';
import { BundleRefusal, refuse } from './refusal';

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function readBundle(zip: Uint8Array): Promise<BundleReading> {
  if (zip.length > MAX_BUNDLE_BYTES) return { ok: false, problems: ['the file is larger than 1 GB, more than an evidence bundle holds'] };
  let verified: Awaited<ReturnType<typeof verifyBundleFiles>>;
  try {
    verified = await verifyBundleFiles(zip);
  } catch {
    return { ok: false, problems: ['the file could not be read as a ZIP'] };
  }
  if (!verified.result.ok) return { ok: false, problems: verified.result.problems };
  try {
    return { ok: true, bundle: await readVerified(zip, verified.files) };
  } catch (error) {
    if (error instanceof BundleRefusal) return { ok: false, problems: [error.message] };
    // Anything else (memory, a decoder) still reaches the user as words, not as a stack.
    return { ok: false, problems: ['its records could not be read'] };
  }
}

async function readVerified(zip: Uint8Array, files: ReadonlyMap<string, Uint8Array>): Promise<ImportedBundle> {
  const manifest = json(files, 'datapackage.json', MAX_EVIDENCE_JSON_BYTES);
  const bundleFiles = await BundleFiles.of(files, mediaTypes(manifest));
  const records = readEvidence(json(files, 'evidence.json', MAX_EVIDENCE_JSON_BYTES), bundleFiles);
  return {
    name: manifest.optional('name', (k) => manifest.id(k), 'an unnamed bundle'),
    zip: { sha256: await sha256HexAsync(zip), mediaType: 'application/zip', bytes: zip },
    custodyLastHash: custodyLastHash(files),
    ...records,
    files: [...bundleFiles.named.values()],
  };
}

function json(files: ReadonlyMap<string, Uint8Array>, path: string, maxBytes: number): Fields {
  const bytes = files.get(path);
  if (!bytes) refuse(`${path} is missing.`);
  if (bytes.length > maxBytes) refuse(`${path} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(bytes));
  } catch {
    refuse(`${path} is not valid JSON in UTF-8.`);
  }
  return Fields.of(value, path);
}

/** The media type datapackage.json gives each file, by path. */
function mediaTypes(manifest: Fields): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of manifest.list('resources')) {
    const { path, mediatype } = (r ?? {}) as { path?: unknown; mediatype?: unknown };
    if (typeof path === 'string' && typeof mediatype === 'string') out.set(path, mediatype);
  }
  return out;
}

/** The last line's hash; verification has checked the chain it ends. */
function custodyLastHash(files: ReadonlyMap<string, Uint8Array>): string | null {
  const bytes = files.get('custody.jsonl');
  const events = bytes ? parseCustodyJsonl(new TextDecoder().decode(bytes)).events : [];
  const hash = events.at(-1)?.hash;
  return typeof hash === 'string' && /^[0-9a-f]{64}$/.test(hash) ? hash : null;
}
