// The manifest checks of verification: every file datapackage.json lists is present with the
// listed SHA-256 and size, and nothing else is in the bundle (evidence-bundle.md, datapackage.json).
import { sha256Hex } from '../../shared/hash';
import { DIGEST_PATH, MANIFEST_PATH, REQUIRED_PATHS } from '../bundle/bundle-paths';
import { DAMAGED, type Problems } from './verify-problems';

interface ListedResource {
  path: string;
  hash: unknown;
  bytes: unknown;
}

/** The listed resources, or null (with the reason recorded) when the manifest is unusable. */
export function readManifest(bytes: Uint8Array, problems: Problems): ListedResource[] | null {
  let manifest: unknown;
  try {
    manifest = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    problems.add('datapackage.json is not valid JSON');
    return null;
  }
  const { resources, formatVersion } = (manifest ?? {}) as { resources?: unknown; formatVersion?: unknown };
  if (formatVersion !== 1 && formatVersion !== 2) problems.add(`datapackage.json: formatVersion is ${JSON.stringify(formatVersion) ?? 'missing'}, expected 1 or 2`);
  if (!Array.isArray(resources)) {
    problems.add('datapackage.json has no list of resources');
    return null;
  }
  const listed: ListedResource[] = [];
  resources.forEach((r: unknown, i) => {
    const { path, hash, bytes: size } = (r ?? {}) as { path?: unknown; hash?: unknown; bytes?: unknown };
    if (typeof path !== 'string' || !path) problems.add(`datapackage.json: resource ${i + 1} has no path`);
    else listed.push({ path, hash, bytes: size });
  });
  return listed;
}

export function checkResources(listed: ListedResource[], files: ReadonlyMap<string, Uint8Array>, problems: Problems): void {
  const seen = new Set<string>();
  for (const r of listed) {
    if (seen.has(r.path)) {
      problems.add(`datapackage.json lists ${r.path} more than once`);
      continue;
    }
    seen.add(r.path);
    const bytes = files.get(r.path);
    if (!bytes) {
      problems.add(`missing: ${r.path}`);
      continue;
    }
    if (bytes === DAMAGED) continue;
    if (typeof r.hash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(r.hash)) {
      problems.add(`datapackage.json gives no SHA-256 for ${r.path}`);
      continue;
    }
    const differences: string[] = [];
    if (r.hash !== `sha256:${sha256Hex(bytes)}`) differences.push('hash differs');
    if (r.bytes !== bytes.length) differences.push(`${bytes.length} bytes, datapackage.json says ${JSON.stringify(r.bytes) ?? 'nothing'}`);
    if (differences.length) problems.add(`changed: ${r.path} (${differences.join('; ')})`);
  }
  for (const path of files.keys()) {
    if (!seen.has(path) && path !== MANIFEST_PATH && path !== DIGEST_PATH) problems.add(`unlisted: ${path}`);
  }
  for (const path of REQUIRED_PATHS) {
    if (!files.has(path)) problems.add(`missing: ${path}`);
  }
}
