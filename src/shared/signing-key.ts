// The install's signing key as storage keeps it, and what the signing code needs from storage.
// The key logic lives in ../export/sign/install-key.ts; storage only reads and writes rows, so
// neither side imports the other.
import type { CustodyEntry } from './custody';
import type { IsoUtc } from './model';

/** The one row of the signingKeys table: a WebCrypto ECDSA P-256 pair, private key not extractable. */
export interface StoredSigningKey {
  id: 'install';
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** SHA-256 hex of the public key's SPKI DER bytes. */
  fingerprint: string;
  createdAt: IsoUtc;
}

export interface SigningKeyStore {
  /** The stored row exactly as read (it may be damaged or of another shape), or undefined. */
  read(): Promise<unknown>;
  /** The fingerprint named by the latest `key` custody event, or null: the key this device last used. */
  lastLoggedFingerprint(): Promise<string | null>;
  /**
   * Stores `row` as the install's key and appends `custody`, in one transaction. Throws
   * SigningKeyChanged when the stored row's fingerprint is no longer `expected` (another tab made a key).
   */
  replace(row: StoredSigningKey, custody: CustodyEntry, expected: string | null): Promise<void>;
}

export class SigningKeyChanged extends Error {}

/**
 * "3f9a 01c2 …": a fingerprint in sixteen groups of four hex digits, to compare aloud or across
 * a ticket. Here, not in export/, so pages show a fingerprint without loading the signing code.
 */
export function fingerprintGroups(hex: string): string {
  return hex.replace(/(.{4})(?=.)/g, '$1 ');
}
