// The status line's words for an import: what was added, what was already there, or why the
// bundle was refused (the verifier's own sentences, each naming the file).
import type { ImportResult } from '../../storage';
import { plural } from '../components/format-time';
import { fingerprintGroups } from '../../shared/signing-key';
import type { ImportSource } from './import-evidence';

const TERMS_WORDS = [
  ['contract', 'contract'],
  ['offer', 'offer'],
  ['proposal', 'proposal'],
  ['job-post', 'job post'],
  ['timesheet', 'timesheet week'],
] as const;

/** "Imported 152 messages, 1 contract and 3 captures from upwork-evidence-…; 10 already stored were left as they were." */
export function importSummary(result: ImportResult): string {
  const { added, alreadyStored: had } = result;
  const parts = [
    added.messages && plural(added.messages, 'message'),
    added.conversations && plural(added.conversations, 'conversation'),
    ...TERMS_WORDS.map(([kind, word]) => (result.addedTerms[kind] ?? 0) && plural(result.addedTerms[kind] ?? 0, word)),
    added.captures && plural(added.captures, 'capture'),
  ].filter((p): p is string => Boolean(p));
  const already = had.messages + had.conversations + had.terms + had.captures;
  if (parts.length === 0) return `Nothing new in ${result.bundle}: its ${plural(already, 'record')} ${already === 1 ? 'was' : 'were'} already stored and left as ${already === 1 ? 'it was' : 'they were'}.`;
  const kept = already ? `; ${already.toLocaleString('en-US')} already stored ${already === 1 ? 'was' : 'were'} left as ${already === 1 ? 'it was' : 'they were'}` : '';
  return `Imported ${list(parts)} from ${result.bundle}${kept}.`;
}

/** At most a few problems in the status line; the rest counted, so the message stays readable. */
export function refusalSummary(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).map((p) => p.replace(/\.$/, ''));
  const more = problems.length - shown.length;
  return `Import refused: ${shown.join('; ')}${more > 0 ? `; and ${more} more ${more === 1 ? 'problem' : 'problems'}` : ''}.`;
}

function list(parts: readonly string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** Who made the bundle, as far as its signature shows. */
export function originSentence(source: ImportSource, signedBy: string | null): string {
  if (source === 'this-device') return `It was signed by this device (key ${fingerprintGroups(signedBy ?? '')}).`;
  if (source === 'other-device') return `It was signed by another device, key ${fingerprintGroups(signedBy ?? '')}: check this fingerprint with whoever gave you the bundle.`;
  return 'It is not signed: its origin cannot be checked.';
}
