// Bundles for verification tests: built from the export fixtures, then tampered with in the
// ways a forger (or a damaged disk) would.
import { buildBundleFiles, keyFingerprint, signBundleFiles, zipBundle } from '../../../src/export';
import { sha256Hex } from '../../../src/shared/hash';
import { makeEvidenceSet } from './export-fixtures';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const TEST_SOFTWARE = { name: 'Evidence Locker for Upwork', version: '0.1.0' };

export function p256Keys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
}

/** The key "this device" signs test bundles with, and another device's. */
export const DEVICE_KEYS = await p256Keys();
export const OTHER_KEYS = await p256Keys();

export async function fingerprintOf(keys: CryptoKeyPair): Promise<string> {
  return keyFingerprint(new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey)));
}

export const DEVICE_FINGERPRINT = await fingerprintOf(DEVICE_KEYS);

/** The bundle's files as the exporter builds them, before signing. */
export function unsignedFiles(): Map<string, Uint8Array> {
  return buildBundleFiles(makeEvidenceSet(), { signedBy: DEVICE_FINGERPRINT });
}

/** `files` with datapackage-digest.json over their datapackage.json, as an export signs them. */
export function signed(files: ReadonlyMap<string, Uint8Array>, keys = DEVICE_KEYS): Promise<Map<string, Uint8Array>> {
  return signBundleFiles(files, keys, '2026-11-26T10:04:00Z', TEST_SOFTWARE);
}

/** The files of an intact, signed bundle. */
export function bundleFiles(): Promise<Map<string, Uint8Array>> {
  return signed(unsignedFiles());
}

export async function intactZip(): Promise<Uint8Array> {
  return zipBundle(await bundleFiles());
}

export function editText(files: Map<string, Uint8Array>, path: string, edit: (text: string) => string): Map<string, Uint8Array> {
  const copy = new Map(files);
  copy.set(path, encoder.encode(edit(decoder.decode(files.get(path)))));
  return copy;
}

interface Resource {
  path: string;
  hash: string;
  bytes: number;
}

export function editManifest(files: Map<string, Uint8Array>, edit: (resources: Resource[]) => Resource[]): Map<string, Uint8Array> {
  return editText(files, 'datapackage.json', (text) => {
    const manifest = JSON.parse(text) as { resources: Resource[] };
    return JSON.stringify({ ...manifest, resources: edit(manifest.resources) }, null, 2);
  });
}

/** What a careful forger does after editing files: recompute datapackage.json to match. */
export function relist(files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  return editManifest(files, (resources) =>
    resources.map((r) => {
      const bytes = files.get(r.path);
      return bytes ? { ...r, hash: `sha256:${sha256Hex(bytes)}`, bytes: bytes.length } : r;
    }),
  );
}

/** The zip of `files` signed by this device's test key (after any edit: a forger who re-signs). */
export async function signedZip(files: ReadonlyMap<string, Uint8Array> | Promise<ReadonlyMap<string, Uint8Array>>, keys = DEVICE_KEYS): Promise<Uint8Array> {
  return zipBundle(await signed(await files, keys));
}

/**
 * A zip naming one path twice: the second evidence.json says something else. Built by zipping
 * it under a same-length name, then renaming that entry in its headers, as a forger would.
 */
export async function pathTwiceZip(path = 'evidence.json'): Promise<Uint8Array> {
  const stand = path.slice(0, -1) + (path.endsWith('N') ? 'M' : 'N');
  const files = await bundleFiles();
  files.set(stand, encoder.encode(decoder.decode(files.get(path)).replace('Hi Priya', 'Hi Pryia')));
  const zip = await zipBundle(files);
  const [from, to] = [encoder.encode(stand), encoder.encode(path)];
  for (let i = 0; i + from.length <= zip.length; i++) {
    if (from.every((b, j) => zip[i + j] === b)) zip.set(to, i);
  }
  return zip;
}

/** A signature made over another manifest, its hash line rewritten to name this one. */
export async function signatureOverAnotherManifest(): Promise<Map<string, Uint8Array>> {
  const files = await bundleFiles();
  const other = await signed(editText(unsignedFiles(), 'datapackage.json', (t) => t.replace('"title": "', '"title": "Other ')));
  const otherHash = (JSON.parse(decoder.decode(other.get('datapackage-digest.json'))) as { hash: string }).hash;
  const forged = editText(other, 'datapackage-digest.json', (t) => t.replace(otherHash, `sha256:${sha256Hex(files.get('datapackage.json') as Uint8Array)}`));
  forged.set('datapackage.json', files.get('datapackage.json') as Uint8Array);
  return forged;
}

const edited = (files: Map<string, Uint8Array>) => editText(files, 'evidence.json', (t) => t.replace('Hi Priya', 'Hi Pryia'));

/** The tamper set every verifier is held to (npm run verify, import, verify.html): name → zip. */
export const TAMPER_SET: Record<string, () => Promise<Uint8Array>> = {
  intact: () => intactZip(),
  'a file edited': async () => zipBundle(edited(await bundleFiles())),
  'a file edited, the manifest fixed after': async () => zipBundle(relist(edited(await bundleFiles()))),
  'the signature removed': async () => {
    const files = relist(edited(await bundleFiles()));
    files.delete('datapackage-digest.json');
    return zipBundle(files);
  },
  're-signed with another key': async () => signedZip(relist(edited(unsignedFiles())), OTHER_KEYS),
  'a path named twice': () => pathTwiceZip(),
  'a signature over another manifest': async () => zipBundle(await signatureOverAnotherManifest()),
  'a custody line edited, the manifest fixed after': async () => zipBundle(relist(editText(await bundleFiles(), 'custody.jsonl', (t) => t.replace('"tag":"billing"', '"tag":"quality"')))),
  'a file added': async () => zipBundle(new Map([...(await bundleFiles()), ['extra.txt', encoder.encode('added later')]])),
  'a file removed': async () => {
    const files = await bundleFiles();
    files.delete('messages.csv');
    return zipBundle(files);
  },
};

/**
 * The same bundle as a format 1 exporter wrote it (before bodyHash and withheld lines): custody
 * lines hashed over { seq, at, event, subject, detail, prev }, formatVersion 1, manifest redone.
 */
export function asFormatOne(files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  let prev: string | null = null;
  const oldCustody = editText(files, 'custody.jsonl', (text) =>
    text
      .trim()
      .split('\n')
      .map((line) => {
        const { seq, at, event, subject, detail } = JSON.parse(line) as Record<string, unknown>;
        const hash = sha256Hex(JSON.stringify({ seq, at, event, subject, detail, prev }));
        const out = JSON.stringify({ seq, at, event, subject, detail, prev, hash });
        prev = hash;
        return out + '\n';
      })
      .join(''),
  );
  const oldVersion = (text: string) => text.replace('"formatVersion": 2', '"formatVersion": 1');
  return relist(editText(editText(oldCustody, 'evidence.json', oldVersion), 'datapackage.json', oldVersion));
}
