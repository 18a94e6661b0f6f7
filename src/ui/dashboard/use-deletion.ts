// Runs a deletion the user confirmed and words what went for the status line.
import { useCallback, useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';
import { deleteCapture, deleteConversation, type DeletionSummary, type EvidenceDb } from '../../storage';
import type { ActionStatus } from '../components/dashboard-header';
import { plural } from '../components/format-time';
import { t } from '../components/translate';

export function deletionText(title: string, s: DeletionSummary): string {
  return t('deletedSummary', 'Deleted “{what}”: {messages}, {captures}, {files}')
    .replace('{what}', title)
    .replace('{messages}', plural(s.messages, 'message'))
    .replace('{captures}', plural(s.captures.length, 'capture'))
    .replace('{files}', plural(s.files, 'stored file'));
}

/** `onDeleted` hears what went, so the container can leave a view whose record is gone. */
export function useDeletion(db: EvidenceDb, onDeleted: (summary: DeletionSummary) => void) {
  const [status, setStatus] = useState<ActionStatus>({ text: '', tone: 'info' });
  const [deleting, setDeleting] = useState(false);
  const run = useCallback(
    async (title: string, remove: () => Promise<DeletionSummary>) => {
      setDeleting(true);
      setStatus({ text: t('deleting', 'Deleting “{what}”…').replace('{what}', title), tone: 'info' });
      try {
        const summary = await remove();
        onDeleted(summary);
        setStatus({ text: deletionText(title, summary), tone: 'info' });
      } catch (error) {
        setStatus({ text: t('nothingDeleted', 'Nothing was deleted: {why}').replace('{why}', errorText(error)), tone: 'error' });
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
