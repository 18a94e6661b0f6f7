// verifyBundle: the command-line and test verdict on a bundle ZIP, by the rules of
// evidence-bundle.md. Every failure is a plain sentence naming the file; nothing throws.
import JSZip from 'jszip';
import { concatBytes } from '../../shared/bytes';
import { DIGEST_PATH, MANIFEST_PATH } from '../bundle/bundle-paths';
import { DAMAGED, Problems } from './verify-problems';
import { checkResources, readManifest } from './verify-manifest';
import { checkCustody, checkEvidence } from './verify-records';
import { checkDigest } from './verify-digest';
import { checkTrustedTime } from './verify-time-stamp';
import { EMPTY_SUMMARY, type VerifyOptions, type VerifyResult } from './verify-result';

export async function verifyBundle(zip: Uint8Array, options: VerifyOptions = {}): Promise<VerifyResult> {
  return (await verifyBundleFiles(zip, options)).result;
}

/**
 * The verdict together with the very bytes it was reached on, so an importer reads only what
 * was checked (unzipping a second time could read a different entry of the same name).
 */
export async function verifyBundleFiles(zip: Uint8Array, options: VerifyOptions = {}): Promise<{ result: VerifyResult; files: ReadonlyMap<string, Uint8Array> }> {
  const problems = new Problems();
  const refused = (problem: string) => ({ result: { ok: false, problems: [problem], summary: { ...EMPTY_SUMMARY }, signed: false }, files: new Map() });
  let files: Map<string, Uint8Array> | null;
  try {
    files = await unzip(zip, problems, unzippedBudget(zip.length));
  } catch (error) {
    if (error instanceof UnzipsTooLarge) return refused(error.message);
    throw error;
  }
  if (!files) return refused('not a ZIP file');
  return { result: await verifyFiles(files, problems, options), files };
}

async function verifyFiles(files: Map<string, Uint8Array>, problems: Problems, options: VerifyOptions): Promise<VerifyResult> {
  const manifest = files.get(MANIFEST_PATH);
  if (!manifest) {
    return { ok: false, problems: ['datapackage.json is missing: this is not an evidence bundle'], summary: { ...EMPTY_SUMMARY, files: files.size }, signed: false };
  }
  const listed = readManifest(manifest, problems);
  if (listed) checkResources(listed, files, problems);
  const custodyEvents = checkCustody(files, problems);
  const counts = checkEvidence(files, problems);
  const digest = files.get(DIGEST_PATH);
  const signed = digest ? await checkDigest(digest, manifest, problems) : false;
  const trustedTime = digest ? await checkTrustedTime(digest, problems, options.trustRoots) : null;
  const list = problems.list;
  return { ok: list.length === 0, problems: list, summary: { files: files.size, ...counts, custodyEvents }, signed, ...(trustedTime ? { trustedTime } : {}) };
}

/** Path → bytes of every file entry (folder entries carry nothing to verify); null when not a ZIP. */
async function unzip(zip: Uint8Array, problems: Problems, budget: UnzipBudget): Promise<Map<string, Uint8Array> | null> {
  let archive: JSZip;
  try {
    archive = await JSZip.loadAsync(zip);
  } catch {
    return null;
  }
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(archive.files)) {
    if (entry.dir) continue;
    try {
      files.set(entry.name, await readEntry(entry, budget));
    } catch (error) {
      if (error instanceof UnzipsTooLarge) throw error;
      // A damaged entry is a changed file; it stays in the map so it is not also called missing.
      problems.add(`changed: ${entry.name} (its compressed data is damaged)`);
      files.set(entry.name, DAMAGED);
    }
  }
  return files;
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

interface UnzipBudget {
  readonly total: number;
  left: number;
}

class UnzipsTooLarge extends Error {}

/** JSZip's documented ZipObject#internalStream, missing from its type declarations. */
type EntryStream = {
  on(event: 'data', callback: (chunk: Uint8Array) => void): EntryStream;
  on(event: 'end', callback: () => void): EntryStream;
  on(event: 'error', callback: (error: Error) => void): EntryStream;
  pause(): EntryStream;
  resume(): EntryStream;
};

/** An entry's bytes, inflated chunk by chunk and stopped as soon as the bundle's budget runs out. */
function readEntry(entry: JSZip.JSZipObject, budget: UnzipBudget): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    const stream = (entry as unknown as { internalStream(type: 'uint8array'): EntryStream }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        budget.left -= chunk.length;
        if (budget.left >= 0) return void chunks.push(chunk);
        stream.pause();
        chunks.length = 0;
        reject(new UnzipsTooLarge(`the ZIP unpacks to more than ${Math.round(budget.total / 1024 / 1024)} MB, far more than an evidence bundle of its size holds, so it was not opened`));
      })
      .on('error', reject)
      .on('end', () => resolve(concatBytes(chunks)))
      .resume();
  });
}
