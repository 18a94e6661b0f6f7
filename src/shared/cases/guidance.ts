// What Upwork's support looks at for each dispute type (research: Upwork help 360000990428,
// 211068528, 211068588), and the one warning people most need: taste is not evidence.
import type { DisputeType, StoredMessage } from '../model';

export const WHAT_COUNTS: Readonly<Record<DisputeType, string>> = {
  billing: 'The contract terms and milestone amounts, the payment and escrow events, and the messages where money was agreed or asked for. Hourly: the Work Diary with memos, inside the weekly limit.',
  quality: 'What the contract and the messages said the work must do, and the proof it was delivered: the submission, the files, and messages acknowledging them.',
  scope: 'The offer, milestone descriptions and job post (the basis for mediation), and every message where work was added, changed or refused.',
  deadline: 'The due dates in the contract and milestones, when each was changed and by whom, and when the work was submitted.',
  communication: 'Messages in Upwork Messages only (Upwork reviews those), their times, and the gaps where the client did not answer.',
  other: 'Contract terms, milestone descriptions, messages in Upwork Messages, the delivered work, and (hourly) the Work Diary.',
};

export const QUALITY_WARNING =
  "Upwork's review rests on scope, dates, delivery and messages, not on taste: whether the work is good is not something it decides. Add the messages where the scope was agreed and the proof of delivery.";

/** True for a case of type quality, or one whose key evidence is tagged only quality. */
export function needsQualityWarning(disputeType: DisputeType, keyEvidence: readonly Pick<StoredMessage, 'tags'>[]): boolean {
  if (disputeType === 'quality') return true;
  const tagged = keyEvidence.filter((m) => m.tags.length > 0);
  return tagged.length > 0 && tagged.every((m) => m.tags.every((t) => t === 'quality'));
}
