// A signing key's fingerprint (evidence-bundle.md): the SHA-256 hex of its SPKI DER bytes, read
// by people in groups of four hex digits, so it can be compared aloud or across a ticket.
import { sha256Hex } from '../../shared/hash';

export function keyFingerprint(spki: Uint8Array): string {
  return sha256Hex(spki);
}

/** "3f9a 01c2 …": sixteen groups of four for a SHA-256 fingerprint. */
export function fingerprintGroups(hex: string): string {
  return hex.replace(/(.{4})(?=.)/g, '$1 ');
}
