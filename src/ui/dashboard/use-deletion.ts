// Runs a deletion the user confirmed and words what went for the status line.
import { useCallback, useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';
import { deleteCapture, deleteConversation, type DeletionSummary, type EvidenceDb } from '../../storage';
import type { ActionStatus } from '../components/dashboard-header';
import { t, tn } from '../components/translate';

export function deletionText(title: string, s: DeletionSummary): string {
  const messages = tn('count_messages', s.messages, '$1 message', '$1 messages');
  const captures = tn('deletion_count_captures', s.captures.length, '$1 capture', '$1 captures');
  const files = tn('deletion_count_files', s.files, '$1 stored file', '$1 stored files');
  return t('deletion_done', 'Deleted “$1”: $2, $3, $4', title, messages, captures, files);
}

/** `onDeleted` hears what went, so the container can leave a view whose record is gone. */
export function useDeletion(db: EvidenceDb, onDeleted: (summary: DeletionSummary) => void) {
  const [status, setStatus] = useState<ActionStatus>({ text: '', tone: 'info' });
  const [deleting, setDeleting] = useState(false);
  const run = useCallback(
    async (title: string, remove: () => Promise<DeletionSummary>) => {
      setDeleting(true);
      setStatus({ text: t('deletion_running', 'Deleting “$1”…', title), tone: 'info' });
      try {
        const summary = await remove();
        onDeleted(summary);
        setStatus({ text: deletionText(title, summary), tone: 'info' });
      } catch (error) {
        setStatus({ text: t('deletion_failed', 'Nothing was deleted: $1', errorText(error)), tone: 'error' });
      } finally {
        setDeleting(false);
      }
    },
    [db, onDeleted],
  );
  const conversation = useCallback((id: string, title: string) => run(title, () => deleteConversation(db, id)), [run]);
  /** `title` names the capture for the status line, e.g. "capture of Mar 20, 3:00 PM". */
  const capture = useCallback((id: string, title: string) => run(title, () => deleteCapture(db, id)), [run]);
  return { status, deleting, conversation, capture };
}
