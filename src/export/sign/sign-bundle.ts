// Adds datapackage-digest.json to built bundle files: the hash of datapackage.json signed with
// an ECDSA P-256 key. Everything else is covered by that hash through the manifest.
import type { IsoUtc, Software } from '../../shared/model';
import { sha256Hex } from '../../shared/bytes/hash';
import { toBase64 } from '../../shared/bytes/base64';
import { SIGNATURE_PARAMS } from './signature';
import { DIGEST_PATH, MANIFEST_PATH } from '../bundle/bundle-paths';

export interface DatapackageDigest {
  path: 'datapackage.json';
  hash: string;
  signedData: { created: IsoUtc; software: Software; publicKey: string; signature: string };
}

/** A copy of `files` with datapackage-digest.json; `keys` is an ECDSA P-256 pair whose public key is extractable. */
export async function signBundleFiles(files: ReadonlyMap<string, Uint8Array>, keys: CryptoKeyPair, created: IsoUtc, software: Software): Promise<Map<string, Uint8Array>> {
  const manifest = files.get(MANIFEST_PATH);
  if (!manifest) throw new Error('cannot sign: the bundle has no datapackage.json');
  const hash = `sha256:${sha256Hex(manifest)}`;
  const signature = new Uint8Array(await crypto.subtle.sign(SIGNATURE_PARAMS, keys.privateKey, new TextEncoder().encode(hash)));
  const publicKey = new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
  const digest: DatapackageDigest = {
    path: MANIFEST_PATH,
    hash,
    signedData: { created, software: { name: software.name, version: software.version }, publicKey: toBase64(publicKey), signature: toBase64(signature) },
  };
  return new Map([...files, [DIGEST_PATH, new TextEncoder().encode(JSON.stringify(digest, null, 2) + '\n')]]);
}
