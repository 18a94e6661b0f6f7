// The manifest checks of verification: every file datapackage.json lists is present with the
// listed SHA-256 and size, and nothing else is in the bundle (evidence-bundle.md, datapackage.json).
import { fileSha256 } from './file-hashes';
import { DIGEST_PATH, MANIFEST_PATH, REQUIRED_PATHS } from '../bundle/bundle-paths';
import { DAMAGED, type Problems } from './verify-problems';
import type { FileVerdict } from './verify-result';

interface ListedResource {
  path: string;
  hash: unknown;
  bytes: unknown;
}

export interface ReadManifest {
  /** The listed resources, or null (with the reason recorded) when the manifest is unusable. */
  listed: ListedResource[] | null;
  formatVersion: number | null;
}

export function readManifest(bytes: Uint8Array, problems: Problems): ReadManifest {
  let manifest: unknown;
  try {
    manifest = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    problems.add('datapackage.json is not valid JSON');
    return { listed: null, formatVersion: null };
  }
  const { resources, formatVersion } = (manifest ?? {}) as { resources?: unknown; formatVersion?: unknown };
  // Format 1 bundles still verify (unsigned ones fail as NOT SIGNED, like any other).
  if (formatVersion !== 1 && formatVersion !== 2) problems.add(`datapackage.json: formatVersion is ${JSON.stringify(formatVersion) ?? 'missing'}, expected 1 or 2`);
  if (!Array.isArray(resources)) {
    problems.add('datapackage.json has no list of resources');
    return { listed: null, formatVersion: numberOrNull(formatVersion) };
  }
  const listed: ListedResource[] = [];
  resources.forEach((r: unknown, i) => {
    const { path, hash, bytes: size } = (r ?? {}) as { path?: unknown; hash?: unknown; bytes?: unknown };
    if (typeof path !== 'string' || !path) problems.add(`datapackage.json: resource ${i + 1} has no path`);
    else listed.push({ path, hash, bytes: size });
  });
  return { listed, formatVersion: numberOrNull(formatVersion) };
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}

/** Each file's verdict; every file that is not OK is also a problem. */
export function checkResources(listed: ListedResource[], files: ReadonlyMap<string, Uint8Array>, problems: Problems): FileVerdict[] {
  const verdicts: FileVerdict[] = [];
  const seen = new Set<string>();
  for (const r of listed) {
    if (seen.has(r.path)) {
      problems.add(`datapackage.json lists ${r.path} more than once`);
      continue;
    }
    seen.add(r.path);
    const verdict = checkResource(r, files.get(r.path), problems);
    if (verdict) verdicts.push(verdict);
  }
  for (const path of files.keys()) {
    if (seen.has(path) || path === MANIFEST_PATH || path === DIGEST_PATH) continue;
    problems.add(`unlisted: ${path}`);
    verdicts.push({ path, status: 'UNLISTED', detail: 'in the bundle but not listed in datapackage.json' });
  }
  for (const path of REQUIRED_PATHS) {
    if (!files.has(path)) problems.add(`missing: ${path}`);
  }
  return verdicts;
}

function checkResource(r: ListedResource, bytes: Uint8Array | undefined, problems: Problems): FileVerdict | null {
  if (!bytes) {
    problems.add(`missing: ${r.path}`);
    return { path: r.path, status: 'MISSING', detail: 'listed in datapackage.json but not in the bundle' };
  }
  if (bytes === DAMAGED) return { path: r.path, status: 'CHANGED', detail: 'its compressed data is damaged' };
  if (typeof r.hash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(r.hash)) {
    problems.add(`datapackage.json gives no SHA-256 for ${r.path}`);
    return { path: r.path, status: 'CHANGED', detail: 'datapackage.json gives no SHA-256 for it' };
  }
  const hash = `sha256:${fileSha256(bytes)}`;
  const differences: string[] = [];
  if (r.hash !== hash) differences.push('hash differs');
  if (r.bytes !== bytes.length) differences.push(`${bytes.length} bytes, datapackage.json says ${JSON.stringify(r.bytes) ?? 'nothing'}`);
  if (!differences.length) return { path: r.path, status: 'OK', detail: hash };
  problems.add(`changed: ${r.path} (${differences.join('; ')})`);
  return { path: r.path, status: 'CHANGED', detail: differences.join('; ') };
}
