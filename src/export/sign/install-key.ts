// The install's signing key: made on first use (ECDSA P-256, private key not extractable) and
// kept in IndexedDB. A stored key that is missing or damaged is never repaired or guessed at: a
// new key is made and the change is written to the custody log with both fingerprints, so a
// reader of a later bundle sees why its key differs from an earlier one.
import type { IsoUtc } from '../../shared/model';
import { SigningKeyChanged, type SigningKeyStore, type StoredSigningKey } from '../../shared/proof/signing-key';
import { keyFingerprint } from './fingerprint';
import { SIGNATURE_PARAMS, SIGNING_ALGORITHM } from './signature';

export interface Signer {
  keys: CryptoKeyPair;
  /** SHA-256 hex of the public key's SPKI DER. */
  fingerprint: string;
  /** Set when this call had to make a new key: why, and the key it replaces where known. */
  made?: { reason: KeyReason; previous: string | null };
}

/** first-use: no key and none logged; missing: a key was logged but none is stored; unreadable: the stored row is damaged. */
export type KeyReason = 'first-use' | 'missing' | 'unreadable';

export async function installSigner(store: SigningKeyStore, now: () => Date = () => new Date()): Promise<Signer> {
  for (let attempt = 0; ; attempt++) {
    const stored = await store.read();
    const usable = await usableKey(stored);
    if (usable) return usable;
    const storedFingerprint = fingerprintField(stored);
    const previous = storedFingerprint ?? (await store.lastLoggedFingerprint());
    const reason: KeyReason = stored !== undefined ? 'unreadable' : previous ? 'missing' : 'first-use';
    const row = await newKeyRow(now().toISOString());
    try {
      await store.replace(row, {
        at: row.createdAt,
        // `key` is the event for the device's signing key (made, or replaced): it is about no
        // record, so no export withholds it, and a reader can match each bundle's signature to it.
        event: 'key',
        subject: 'signing-key',
        detail: { fingerprint: row.fingerprint, replaces: previous, reason },
      }, storedFingerprint);
    } catch (error) {
      // Another tab made a key at the same moment: use that one rather than replace it again.
      if (error instanceof SigningKeyChanged && attempt === 0) continue;
      throw error;
    }
    return { keys: { privateKey: row.privateKey, publicKey: row.publicKey }, fingerprint: row.fingerprint, made: { reason, previous } };
  }
}

/** This install's fingerprint when a whole key is stored, else null; reads only, never makes a key. */
export async function storedFingerprint(store: SigningKeyStore): Promise<string | null> {
  return (await usableKey(await store.read()))?.fingerprint ?? null;
}

async function newKeyRow(createdAt: IsoUtc): Promise<StoredSigningKey> {
  // extractable: false keeps the private key inside the browser; the public key stays exportable.
  const keys = await crypto.subtle.generateKey(SIGNING_ALGORITHM, false, ['sign', 'verify']);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keys.publicKey));
  return { id: 'install', privateKey: keys.privateKey, publicKey: keys.publicKey, fingerprint: keyFingerprint(spki), createdAt };
}

function fingerprintField(stored: unknown): string | null {
  const value = (stored as { fingerprint?: unknown } | null | undefined)?.fingerprint;
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value) ? value : null;
}

/** The stored pair when it is whole: both keys P-256, the fingerprint theirs, and a probe signature verifies. */
async function usableKey(stored: unknown): Promise<Signer | null> {
  if (stored === null || typeof stored !== 'object') return null;
  const { privateKey, publicKey, fingerprint } = stored as Partial<Record<keyof StoredSigningKey, unknown>>;
  if (!isP256(privateKey, 'private', 'sign') || !isP256(publicKey, 'public', 'verify')) return null;
  try {
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', publicKey));
    if (keyFingerprint(spki) !== fingerprint) return null;
    const probe = new TextEncoder().encode('evidence-locker key check');
    const signature = await crypto.subtle.sign(SIGNATURE_PARAMS, privateKey, probe);
    if (!(await crypto.subtle.verify(SIGNATURE_PARAMS, publicKey, signature, probe))) return null;
    return { keys: { privateKey, publicKey }, fingerprint };
  } catch {
    return null;
  }
}

function isP256(key: unknown, type: KeyType, usage: KeyUsage): key is CryptoKey {
  if (typeof CryptoKey === 'undefined' || !(key instanceof CryptoKey)) return false;
  const algorithm = key.algorithm as EcKeyAlgorithm;
  return key.type === type && algorithm.name === 'ECDSA' && algorithm.namedCurve === 'P-256' && key.usages.includes(usage);
}
