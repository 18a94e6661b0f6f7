// Status words as shown. Milestones: "Active & funded", "Not started", "Paid" are grounded (user
// transcriptions of live pages, research §4.2); the rest follow the milestone lifecycle described
// in Help (funded, submitted, changes requested, approved/released, refunded) and are GUESSED
// wording. Contract badges "Active"/"Paused"/"Ended" are GUESSED (shared fixtures).
import { normalize } from '../layout/visible-text';

export const MILESTONE_STATUSES = [
  'Active & funded', 'Active and funded', 'Not started', 'Not funded', 'Paid', 'Funded', 'Active',
  'Changes requested', 'Revision requested', 'Submitted', 'Work submitted', 'In review', 'Awaiting review',
  'Approved', 'Released', 'Payment released', 'Pending', 'Refunded', 'In dispute', 'Disputed', 'Cancelled', 'Completed',
];

export const CONTRACT_STATUSES = [
  'Active', 'Paused', 'Ended', 'Closed', 'Completed', 'Pending', 'Suspended', 'In dispute', 'Disputed', 'Cancelled',
];

/** The status as written on the page when `text` (minus end punctuation) is one of `known`. */
export function asStatus(text: string, known: readonly string[]): string | null {
  const t = text.trim().replace(/[.,·\u00b7\s]+$/, '');
  const key = normalize(t);
  return known.some((s) => normalize(s) === key) ? t : null;
}
