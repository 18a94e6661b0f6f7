// Words for a capture's facts, shared by the popup history and anything else that lists captures.
import type { CaptureCounts, StoredPageKind } from '../../shared/model';
import { plural } from './format-time';

const PAGE_KIND_LABELS: Record<StoredPageKind, string> = {
  'messages-room': 'Messages',
  'workroom-messages': 'Workroom messages',
  contract: 'Contract',
  'job-post': 'Job post',
  offer: 'Offer',
  proposal: 'Proposal',
  timesheet: 'Timesheet',
  other: 'Other page',
};

export function pageKindLabel(kind: StoredPageKind): string {
  return PAGE_KIND_LABELS[kind] ?? kind;
}

/** "16 messages, 3 new", with edits and deletions named only when there were any. */
export function formatCounts(counts: CaptureCounts): string {
  const parts = [plural(counts.total, 'message'), `${counts.new.toLocaleString()} new`];
  if (counts.edited) parts.push(`${counts.edited.toLocaleString()} edited`);
  if (counts.deleted) parts.push(`${counts.deleted.toLocaleString()} deleted`);
  return parts.join(', ');
}
