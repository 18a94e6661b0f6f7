// The verdict in words, one wording for npm run verify and verify.html, so the two read alike.
import { fingerprintGroups } from '../sign/fingerprint';
import type { SignatureVerdict, VerifyResult } from './verify-result';
import { trustedTimeLine } from './verify-time-stamp';

/** The lines a reader sees: "OK: …" alone, or "FAILED: …" followed by each problem when there are several. */
export function verdictLines(result: VerifyResult, what: string): string[] {
  // An invalid token is already among the problems; a trusted or untrusted one gets its own line.
  const time = result.trustedTime && result.trustedTime.status !== 'invalid' ? [trustedTimeLine(result.trustedTime)] : [];
  if (result.ok) return [`OK: ${summaryText(result)}`, ...time];
  if (result.problems.length === 1) return [`FAILED: ${result.problems[0]}`, ...time];
  return [`FAILED: ${result.problems.length} problems in ${what}`, ...result.problems.map((p) => `  ${p}`), ...time];
}

function summaryText({ summary: s, signature }: VerifyResult): string {
  const parts = [
    `${plural(s.messages, 'message')} in ${plural(s.conversations, 'conversation')}`,
    plural(s.captures, 'capture'),
    plural(s.files, 'file'),
    `${plural(s.custodyEvents, 'custody event')}; hashes, custody chain and signature intact; ${signatureText(signature)}`,
  ];
  return parts.join(', ');
}

/** "signed by key 3f9a 01c2 …", "NOT SIGNED", or why the signature fails. */
export function signatureText(signature: SignatureVerdict): string {
  if (signature.status === 'valid') return `signed by key ${fingerprintGroups(signature.fingerprint)}`;
  if (signature.status === 'missing') return 'NOT SIGNED';
  return `signature INVALID: ${signature.reason}${signature.fingerprint ? ` (it names key ${fingerprintGroups(signature.fingerprint)})` : ''}`;
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
