// What Upwork's support looks at for each dispute type (research: Upwork help 360000990428,
// 211068528, 211068588), and the one warning people most need: taste is not evidence. Worded
// through `t`: the dashboard passes its own, for the reader's language; the default is English.
import { inEnglish, type Translate } from '../locale/translate';
import type { DisputeType, StoredMessage } from '../model';

export function whatCounts(type: DisputeType, t: Translate = inEnglish): string {
  switch (type) {
    case 'billing': return t('guidance_billing', 'The contract terms and milestone amounts, the payment and escrow events, and the messages where money was agreed or asked for. Hourly: the Work Diary with memos, inside the weekly limit.');
    case 'quality': return t('guidance_quality', 'What the contract and the messages said the work must do, and the proof it was delivered: the submission, the files, and messages acknowledging them.');
    case 'scope': return t('guidance_scope', 'The offer, milestone descriptions and job post (the basis for mediation), and every message where work was added, changed or refused.');
    case 'deadline': return t('guidance_deadline', 'The due dates in the contract and milestones, when each was changed and by whom, and when the work was submitted.');
    case 'communication': return t('guidance_communication', 'Messages in Upwork Messages only (Upwork reviews those), their times, and the gaps where the client did not answer.');
    case 'other': return t('guidance_other', 'Contract terms, milestone descriptions, messages in Upwork Messages, the delivered work, and (hourly) the Work Diary.');
  }
}

export function qualityWarning(t: Translate = inEnglish): string {
  return t('guidance_quality_warning', "Upwork's review rests on scope, dates, delivery and messages, not on taste: whether the work is good is not something it decides. Add the messages where the scope was agreed and the proof of delivery.");
}

/** True for a case of type quality, or one whose key evidence is tagged only quality. */
export function needsQualityWarning(disputeType: DisputeType, keyEvidence: readonly Pick<StoredMessage, 'tags'>[]): boolean {
  if (disputeType === 'quality') return true;
  const tagged = keyEvidence.filter((m) => m.tags.length > 0);
  return tagged.length > 0 && tagged.every((m) => m.tags.every((t) => t === 'quality'));
}
