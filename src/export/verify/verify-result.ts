// What verifyBundle reports: a verdict, one plain sentence per problem naming the file, and counts.
import type { TrustedTime } from './verify-time-stamp';

export interface VerifySummary {
  files: number;
  captures: number;
  conversations: number;
  messages: number;
  custodyEvents: number;
}

export interface VerifyResult {
  ok: boolean;
  problems: string[];
  summary: VerifySummary;
  /** Extra: whether datapackage-digest.json was present and its signature verified. */
  signed: boolean;
  /** The trusted time (RFC 3161) in datapackage-digest.json, when it carries one. */
  trustedTime?: TrustedTime;
}

/** What a caller may add to the checks: extra roots to trust for time stamps (tests, `--trust-root`). */
export interface VerifyOptions {
  trustRoots?: readonly string[];
}

export const EMPTY_SUMMARY: VerifySummary = { files: 0, captures: 0, conversations: 0, messages: 0, custodyEvents: 0 };
