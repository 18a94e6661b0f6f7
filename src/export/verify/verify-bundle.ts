// verifyBundle: the command-line and test verdict on a bundle ZIP, by the rules of
// evidence-bundle.md. Every failure is a plain sentence naming the file; nothing throws.
import { DIGEST_PATH, MANIFEST_PATH } from '../bundle/bundle-paths';
import { Problems } from './verify-problems';
import { readZip, UnzipsTooLarge, type UnzipBudget } from './read-zip';
import { checkResources, readManifest } from './verify-manifest';
import { checkCustody, checkEvidence } from './verify-records';
import { checkDigest } from './verify-digest';
import { checkTrustedTime } from './verify-time-stamp';
import { refusedResult, type VerifyOptions, type VerifyResult } from './verify-result';
import { hashFiles } from './file-hashes';

export async function verifyBundle(zip: Uint8Array, options: VerifyOptions = {}): Promise<VerifyResult> {
  return (await verifyBundleFiles(zip, options)).result;
}

/**
 * The verdict together with the very bytes it was reached on, so an importer reads only what
 * was checked (unzipping a second time could read a different entry of the same name).
 */
export async function verifyBundleFiles(zip: Uint8Array, options: VerifyOptions = {}): Promise<{ result: VerifyResult; files: ReadonlyMap<string, Uint8Array> }> {
  const problems = new Problems();
  let files: Map<string, Uint8Array> | null;
  try {
    files = await readZip(zip, problems, unzippedBudget(zip.length));
  } catch (error) {
    if (error instanceof UnzipsTooLarge) return { result: refusedResult(error.message), files: new Map() };
    throw error;
  }
  if (!files) return { result: refusedResult('not a ZIP file'), files: new Map() };
  return { result: await verifyFiles(files, problems, options), files };
}

/** The verdict on a bundle's files by path (an unzipped folder, or a zip's entries). */
export async function verifyFiles(files: ReadonlyMap<string, Uint8Array>, problems = new Problems(), options: VerifyOptions = {}): Promise<VerifyResult> {
  const manifest = files.get(MANIFEST_PATH);
  if (!manifest) return refusedResult('datapackage.json is missing: this is not an evidence bundle', files.size);
  await hashFiles(files);
  const { listed, formatVersion } = readManifest(manifest, problems);
  const verdicts = listed ? checkResources(listed, files, problems) : [];
  const before = problems.list.length;
  const custodyEvents = checkCustody(files, problems);
  const custody = { events: custodyEvents, intact: files.has('custody.jsonl') && problems.list.length === before };
  const counts = checkEvidence(files, problems);
  const digest = files.get(DIGEST_PATH);
  const signature = await checkDigest(digest, manifest, problems);
  const trustedTime = digest ? await checkTrustedTime(digest, problems, options.trustRoots) : null;
  const list = problems.list;
  return { ok: list.length === 0, problems: list, summary: { files: files.size, ...counts, custodyEvents }, formatVersion, files: verdicts, custody, signature, ...(trustedTime ? { trustedTime } : {}) };
}

/**
 * What a bundle may unpack to in all: a few times its size (its files are mostly compressed
 * already: PNG, PDF, gzip-friendly text at most ~10x), with a floor for small text-heavy bundles
 * and a ceiling a browser tab can hold. A "zip bomb" (a few KB that inflate to gigabytes) is
 * refused in words before it exhausts the page's memory.
 */
function unzippedBudget(zipBytes: number): UnzipBudget {
  const total = Math.min(MAX_UNZIPPED_BYTES, Math.max(MIN_UNZIPPED_BYTES, UNZIP_RATIO * zipBytes));
  return { total, left: total };
}

const UNZIP_RATIO = 50;
const MIN_UNZIPPED_BYTES = 64 * 1024 * 1024;
const MAX_UNZIPPED_BYTES = 2 * 1024 * 1024 * 1024;
