// datapackage-digest.json: its hash must be datapackage.json's, and its signature must verify
// with the public key it carries. Who owns that key is for the reader to establish, by the
// fingerprint; a bundle without it fails (NOT SIGNED), as whoever edits a bundle can also drop it.
import { sha256Hex } from '../../shared/bytes/hash';
import { fromBase64 } from '../../shared/bytes/base64';
import { rawEcdsaSignature, SIGNATURE_PARAMS, SIGNING_ALGORITHM } from '../sign/signature';
import { keyFingerprint } from '../sign/fingerprint';
import { MANIFEST_PATH } from '../bundle/bundle-paths';
import type { Problems } from './verify-problems';
import { NOT_SIGNED, type SignatureVerdict } from './verify-result';

interface Digest {
  path?: unknown;
  hash?: unknown;
  signedData?: { created?: unknown; software?: { name?: unknown; version?: unknown }; publicKey?: unknown; signature?: unknown };
}

export async function checkDigest(digestBytes: Uint8Array | undefined, manifestBytes: Uint8Array, problems: Problems): Promise<SignatureVerdict> {
  if (!digestBytes) {
    problems.add(NOT_SIGNED);
    return { status: 'missing' };
  }
  const invalid = (reason: string, fingerprint: string | null = null): SignatureVerdict => {
    problems.add(`datapackage-digest.json: ${reason}`);
    return { status: 'invalid', fingerprint, reason };
  };
  let digest: Digest;
  try {
    digest = JSON.parse(new TextDecoder().decode(digestBytes)) as Digest;
    if (digest === null || typeof digest !== 'object') throw new Error('not an object');
  } catch {
    return invalid('it is not valid JSON');
  }
  const { publicKey, signature, created } = digest.signedData ?? {};
  let spki: Uint8Array<ArrayBuffer>;
  let key: CryptoKey;
  try {
    spki = fromBase64(String(publicKey));
    key = await crypto.subtle.importKey('spki', spki, SIGNING_ALGORITHM, false, ['verify']);
  } catch {
    return invalid('the public key is not a P-256 SPKI key in base64');
  }
  const fingerprint = keyFingerprint(spki);
  if (digest.path !== MANIFEST_PATH || digest.hash !== `sha256:${sha256Hex(manifestBytes)}`) {
    return invalid('its hash does not match datapackage.json (the manifest changed after it was signed)', fingerprint);
  }
  let valid = false;
  try {
    valid = await crypto.subtle.verify(SIGNATURE_PARAMS, key, rawEcdsaSignature(fromBase64(String(signature))), new TextEncoder().encode(digest.hash));
  } catch {
    valid = false;
  }
  if (!valid) return invalid('the signature does not verify (it was not made over this manifest with this key)', fingerprint);
  const beside = differsBeside(digest, manifestBytes);
  if (beside) return invalid(beside, fingerprint);
  return { status: 'valid', fingerprint, created: typeof created === 'string' ? created : null };
}

/**
 * The signature covers datapackage.json's hash only; the signing time and software written beside
 * it are bound through the signed manifest, which states both: they must agree (a changed byte
 * there went unseen before: tests/unit/tamper-fuzz.test.ts). Its layout is free: other tools
 * (OpenSSL, Node) write it compact.
 */
function differsBeside(digest: Digest, manifestBytes: Uint8Array): string | null {
  let manifest: { created?: unknown; software?: { name?: unknown; version?: unknown } };
  try {
    manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as typeof manifest;
  } catch {
    return null; // the manifest's own check names it
  }
  const claimed = digest.signedData ?? {};
  if (claimed.created !== manifest.created || claimed.software?.name !== manifest.software?.name || claimed.software?.version !== manifest.software?.version) {
    return 'its signing time or software differs from what the signed datapackage.json states';
  }
  return null;
}
