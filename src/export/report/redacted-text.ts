// What both reports say under a redacted text: how many parts, why, and the hash that lets the
// freelancer later show the original without putting it in this bundle.
import type { RedactedCopy } from '../redact/redaction-notes';

export function redactedText(copy: RedactedCopy): string {
  const n = copy.redactions.length;
  const reasons = [...new Set(copy.redactions.flatMap((r) => r.reason.split('; ')))].join(', ');
  return `Redacted for this export: ${n} ${n === 1 ? 'part says' : 'parts say'} [redacted] (${reasons}). ` +
    `SHA-256 of the original text as stored: ${copy.originalSha256}`;
}
