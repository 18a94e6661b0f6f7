// verifyBundle: the command-line and test verdict on a bundle ZIP, by the rules of
// evidence-bundle.md. Every failure is a plain sentence naming the file; nothing throws.
import JSZip from 'jszip';
import { DIGEST_PATH, MANIFEST_PATH } from './bundle-paths';
import { DAMAGED, Problems } from './verify-problems';
import { checkResources, readManifest } from './verify-manifest';
import { checkCustody, checkEvidence } from './verify-records';
import { checkDigest } from './verify-digest';
import { EMPTY_SUMMARY, type VerifyResult } from './verify-result';

export async function verifyBundle(zip: Uint8Array): Promise<VerifyResult> {
  return (await verifyBundleFiles(zip)).result;
}

/**
 * The verdict together with the very bytes it was reached on, so an importer reads only what
 * was checked (unzipping a second time could read a different entry of the same name).
 */
export async function verifyBundleFiles(zip: Uint8Array): Promise<{ result: VerifyResult; files: ReadonlyMap<string, Uint8Array> }> {
  const problems = new Problems();
  const files = await unzip(zip, problems);
  if (!files) return { result: { ok: false, problems: ['not a ZIP file'], summary: { ...EMPTY_SUMMARY }, signed: false }, files: new Map() };
  return { result: await verifyFiles(files, problems), files };
}

async function verifyFiles(files: Map<string, Uint8Array>, problems: Problems): Promise<VerifyResult> {
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
  const list = problems.list;
  return { ok: list.length === 0, problems: list, summary: { files: files.size, ...counts, custodyEvents }, signed };
}

/** Path → bytes of every file entry (folder entries carry nothing to verify); null when not a ZIP. */
async function unzip(zip: Uint8Array, problems: Problems): Promise<Map<string, Uint8Array> | null> {
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
      files.set(entry.name, await entry.async('uint8array'));
    } catch {
      // A damaged entry is a changed file; it stays in the map so it is not also called missing.
      problems.add(`changed: ${entry.name} (its compressed data is damaged)`);
      files.set(entry.name, DAMAGED);
    }
  }
  return files;
}
