// Where a trusted time goes in a bundle: signedData.timeSignature and timestampCert in
// datapackage-digest.json (evidence-bundle.md). The token is over the signature, so it is added
// after signing, and the signature itself is left untouched.
import type { TimeStamp } from '../../shared/proof/time-stamp-authorities';
import { DIGEST_PATH } from '../bundle/bundle-paths';

interface DigestJson {
  signedData?: { signature?: unknown } & Record<string, unknown>;
}

function readDigest(files: ReadonlyMap<string, Uint8Array>): DigestJson | null {
  const bytes = files.get(DIGEST_PATH);
  if (!bytes) return null;
  return JSON.parse(new TextDecoder().decode(bytes)) as DigestJson;
}

/** The base64 signature the bundle was signed with; null for an unsigned bundle. */
export function bundleSignature(files: ReadonlyMap<string, Uint8Array>): string | null {
  const signature = readDigest(files)?.signedData?.signature;
  return typeof signature === 'string' ? signature : null;
}

/** A copy of `files` whose datapackage-digest.json also carries the time stamp. */
export function withTimeStamp(files: ReadonlyMap<string, Uint8Array>, stamp: TimeStamp): Map<string, Uint8Array> {
  const digest = readDigest(files);
  if (!digest?.signedData) throw new Error('cannot add a trusted time: the bundle is not signed');
  const signedData = { ...digest.signedData, timeSignature: stamp.timeSignature, timestampCert: stamp.timestampCert };
  const text = JSON.stringify({ ...digest, signedData }, null, 2) + '\n';
  return new Map([...files, [DIGEST_PATH, new TextEncoder().encode(text)]]);
}
