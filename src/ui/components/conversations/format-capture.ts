// Words for a capture's facts, shared by the popup history and anything else that lists captures.
import type { CaptureCounts, StoredPageKind } from '../../../shared/model';
import { t, tn } from '../translate';

export function pageKindLabel(kind: StoredPageKind): string {
  switch (kind) {
    case 'messages-room':
      return t('page_kind_messages', 'Messages');
    case 'workroom-messages':
      return t('page_kind_workroom_messages', 'Workroom messages');
    case 'contract':
      return t('page_kind_contract', 'Contract');
    case 'job-post':
      return t('page_kind_job_post', 'Job post');
    case 'offer':
      return t('page_kind_offer', 'Offer');
    case 'proposal':
      return t('page_kind_proposal', 'Proposal');
    case 'timesheet':
      return t('page_kind_timesheet', 'Timesheet');
    case 'other':
      return t('page_kind_other', 'Other page');
    default:
      return kind;
  }
}

/** "16 messages, 3 new", with edits and deletions named only when there were any. */
export function formatCounts(counts: CaptureCounts): string {
  const parts = [
    tn('count_messages', counts.total, '$1 message', '$1 messages'),
    t('count_new', '$1 new', counts.new.toLocaleString()),
  ];
  if (counts.edited) parts.push(t('count_edited', '$1 edited', counts.edited.toLocaleString()));
  if (counts.deleted) parts.push(t('count_deleted', '$1 deleted', counts.deleted.toLocaleString()));
  return parts.join(', ');
}
