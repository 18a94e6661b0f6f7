// datapackage-digest.json, when present: its hash must be datapackage.json's, and its signature
// must verify with the public key it carries. (Who owns that key is for the reader to establish.)
import { sha256Hex } from '../../shared/hash';
import { fromBase64 } from '../../shared/base64';
import { rawEcdsaSignature, SIGNATURE_PARAMS, SIGNING_ALGORITHM } from '../sign/signature';
import { MANIFEST_PATH } from '../bundle/bundle-paths';
import type { Problems } from './verify-problems';

interface Digest {
  path?: unknown;
  hash?: unknown;
  signedData?: { created?: unknown; software?: { name?: unknown; version?: unknown }; publicKey?: unknown; signature?: unknown };
}

/** True when the digest is present and its signature verifies. */
export async function checkDigest(digestBytes: Uint8Array, manifestBytes: Uint8Array, problems: Problems): Promise<boolean> {
  let digest: Digest;
  try {
    digest = JSON.parse(new TextDecoder().decode(digestBytes)) as Digest;
    if (digest === null || typeof digest !== 'object') throw new Error('not an object');
  } catch {
    problems.add('datapackage-digest.json is not valid JSON');
    return false;
  }
  if (digest.path !== MANIFEST_PATH || digest.hash !== `sha256:${sha256Hex(manifestBytes)}`) {
    problems.add('datapackage-digest.json: its hash does not match datapackage.json');
    return false;
  }
  const { publicKey, signature } = digest.signedData ?? {};
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('spki', fromBase64(String(publicKey)), SIGNING_ALGORITHM, false, ['verify']);
  } catch {
    problems.add('datapackage-digest.json: the public key is not a P-256 SPKI key in base64');
    return false;
  }
  let valid = false;
  try {
    const sig = rawEcdsaSignature(fromBase64(String(signature)));
    valid = await crypto.subtle.verify(SIGNATURE_PARAMS, key, sig, new TextEncoder().encode(digest.hash));
  } catch {
    valid = false;
  }
  if (!valid) problems.add('datapackage-digest.json: the signature does not verify');
  return valid && unchangedBeside(digest, manifestBytes, problems);
}

/**
 * The signature covers datapackage.json's hash only; the signing time and software written beside
 * it are bound through the signed manifest, which states both: they must agree (a changed byte
 * there went unseen before: tests/unit/tamper-fuzz.test.ts). Its layout is free: other tools
 * (OpenSSL, Node) write it compact.
 */
function unchangedBeside(digest: Digest, manifestBytes: Uint8Array, problems: Problems): boolean {
  let manifest: { created?: unknown; software?: { name?: unknown; version?: unknown } };
  try {
    manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as typeof manifest;
  } catch {
    return true; // the manifest's own check names it
  }
  const claimed = digest.signedData ?? {};
  if (claimed.created !== manifest.created || claimed.software?.name !== manifest.software?.name || claimed.software?.version !== manifest.software?.version) {
    problems.add('datapackage-digest.json: its signing time or software differs from what the signed datapackage.json states');
    return false;
  }
  return true;
}
