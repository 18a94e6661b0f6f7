// Reading a bundle for import, page side: verify it first (the one verifier, ../export), then read
// records only from the bytes that verification checked. A refusal is always words, never a throw.
// An unsigned bundle is read (the caller must ask the user before storing it); any other failure refuses.
import { NOT_SIGNED, parseCustodyJsonl, verifyBundleFiles, type VerifyResult } from '../export';
import { sha256HexAsync } from '../shared/bytes/hash';
import { BundleFiles } from './bundle-files';
import { Fields } from './fields';
import type { BundleOrigin, BundleReading, ImportedBundle } from '../shared/imported-bundle';
import { MAX_BUNDLE_BYTES, MAX_EVIDENCE_JSON_BYTES } from './limits';
import { readEvidence } from './read-evidence';
import { BundleRefusal, refuse } from './refusal';

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function readBundle(zip: Uint8Array, fileName = 'bundle.zip'): Promise<BundleReading> {
  if (zip.length > MAX_BUNDLE_BYTES) return { ok: false, problems: ['the file is larger than 1 GB, more than an evidence bundle holds'] };
  let verified: Awaited<ReturnType<typeof verifyBundleFiles>>;
  try {
    verified = await verifyBundleFiles(zip);
  } catch {
    return { ok: false, problems: ['the file could not be read as a ZIP'] };
  }
  const { result } = verified;
  const unsignedOnly = result.problems.length === 1 && result.problems[0] === NOT_SIGNED;
  if (!result.ok && !unsignedOnly) return { ok: false, problems: result.problems };
  try {
    return { ok: true, bundle: await readVerified(zip, verified.files, await origin(fileName, verified.files, result)) };
  } catch (error) {
    if (error instanceof BundleRefusal) return { ok: false, problems: [error.message] };
    // Anything else (memory, a decoder) still reaches the user as words, not as a stack.
    return { ok: false, problems: ['its records could not be read'] };
  }
}

async function origin(fileName: string, files: ReadonlyMap<string, Uint8Array>, result: VerifyResult): Promise<BundleOrigin> {
  return {
    fileName,
    datapackageSha256: await sha256HexAsync(files.get('datapackage.json') ?? new Uint8Array()),
    signedBy: result.signature.status === 'valid' ? result.signature.fingerprint : null,
    formatVersion: result.formatVersion ?? 1,
  };
}

async function readVerified(zip: Uint8Array, files: ReadonlyMap<string, Uint8Array>, from: BundleOrigin): Promise<ImportedBundle> {
  const manifest = json(files, 'datapackage.json', MAX_EVIDENCE_JSON_BYTES);
  const bundleFiles = await BundleFiles.of(files, mediaTypes(manifest));
  const records = readEvidence(json(files, 'evidence.json', MAX_EVIDENCE_JSON_BYTES), bundleFiles);
  // Every capture keeps where it came from: this bundle (an earlier hop, if any, is in that bundle's own custody log).
  const importedFrom = { bundle: from.fileName, datapackageSha256: from.datapackageSha256, signedBy: from.signedBy };
  return {
    name: manifest.optional('name', (k) => manifest.id(k), 'an unnamed bundle'),
    origin: from,
    zip: { sha256: await sha256HexAsync(zip), mediaType: 'application/zip', bytes: zip },
    custodyLastHash: custodyLastHash(files),
    ...records,
    captures: records.captures.map((c) => ({ ...c, importedFrom })),
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
