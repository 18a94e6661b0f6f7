// What verifyBundle reports: a verdict, one plain sentence per problem naming the file, counts,
// and the three verdicts a reader looks for: each file, the custody chain, the signature.
import type { TrustedTime } from './verify-time-stamp';

export interface VerifySummary {
  files: number;
  captures: number;
  conversations: number;
  messages: number;
  custodyEvents: number;
}

/** One file of the bundle: OK, CHANGED (hash or size differs, or damaged), MISSING (listed, absent) or UNLISTED (present, not listed). */
export interface FileVerdict {
  path: string;
  status: 'OK' | 'CHANGED' | 'MISSING' | 'UNLISTED';
  detail: string;
}

/**
 * valid: the signature verifies over this manifest with the key the bundle carries (whose key
 * that is, the fingerprint lets a reader establish). missing: NOT SIGNED. invalid: present but
 * not over this manifest, or not verifying.
 */
export type SignatureVerdict =
  | { status: 'valid'; fingerprint: string; created: string | null }
  | { status: 'missing' }
  | { status: 'invalid'; fingerprint: string | null; reason: string };

export interface VerifyResult {
  ok: boolean;
  problems: string[];
  summary: VerifySummary;
  /** datapackage.json's formatVersion (1 or 2), or null when unreadable. */
  formatVersion: number | null;
  files: FileVerdict[];
  custody: { events: number; intact: boolean };
  signature: SignatureVerdict;
  /** The trusted time (RFC 3161) in datapackage-digest.json, when it carries one. */
  trustedTime?: TrustedTime;
}

/** What a caller may add to the checks: extra roots to trust for time stamps (tests, `--trust-root`). */
export interface VerifyOptions {
  trustRoots?: readonly string[];
}

export const EMPTY_SUMMARY: VerifySummary = { files: 0, captures: 0, conversations: 0, messages: 0, custodyEvents: 0 };

export const NOT_SIGNED =
  'NOT SIGNED: the bundle has no datapackage-digest.json, so nothing shows which device made it (whoever edits a bundle can also remove its signature)';

/** A refusal before any file could be checked. */
export function refusedResult(problem: string, files = 0): VerifyResult {
  return { ok: false, problems: [problem], summary: { ...EMPTY_SUMMARY, files }, formatVersion: null, files: [], custody: { events: 0, intact: false }, signature: { status: 'missing' } };
}
