// A signing key's fingerprint (evidence-bundle.md): the SHA-256 hex of its SPKI DER bytes, read
// by people in groups of four hex digits, so it can be compared aloud or across a ticket.
import { sha256Hex } from '../../shared/hash';

export { fingerprintGroups } from '../../shared/signing-key';

export function keyFingerprint(spki: Uint8Array): string {
  return sha256Hex(spki);
}
