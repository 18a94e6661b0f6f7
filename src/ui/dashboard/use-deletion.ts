// Runs a deletion the user confirmed and words what went for the status line.
import { useCallback, useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';
import { deleteConversation, type DeletionSummary, type EvidenceDb } from '../../storage';
import type { ActionStatus } from '../components/dashboard-header';
import { plural } from '../components/format-time';

export function deletionText(title: string, s: DeletionSummary): string {
  return `Deleted “${title}”: ${plural(s.messages, 'message')}, ${plural(s.captures.length, 'capture')}, ${plural(s.files, 'stored file')}`;
}

export function useDeletion(db: EvidenceDb, onDeleted: () => void) {
  const [status, setStatus] = useState<ActionStatus>({ text: '', tone: 'info' });
  const [deleting, setDeleting] = useState(false);
  const conversation = useCallback(
    async (id: string, title: string) => {
      setDeleting(true);
      setStatus({ text: `Deleting “${title}”…`, tone: 'info' });
      try {
        const summary = await deleteConversation(db, id);
        onDeleted();
        setStatus({ text: deletionText(title, summary), tone: 'info' });
      } catch (error) {
        setStatus({ text: `Nothing was deleted: ${errorText(error)}`, tone: 'error' });
      } finally {
        setDeleting(false);
      }
    },
    [db, onDeleted],
  );
  return { status, deleting, conversation };
}
