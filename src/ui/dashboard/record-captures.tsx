// The captures list of the conversation or terms record shown, read live by key, with the
// deletion of one capture wired to the dashboard's export and deletion.
import type { StoredCapture } from '../../shared/model';
import { previewCaptureDeletion } from '../../storage';
import { CaptureList } from '../components/deletion/capture-list';
import { formatLocalTime } from '../components/format-time';
import { t } from '../components/translate';
import { useDb } from '../hooks/use-db';
import { useRecordCaptures } from '../hooks/use-record-captures';

interface RecordCapturesProps {
  captureIds: readonly string[];
  exportWhat: 'conversation' | 'everything';
  busy: boolean;
  onExport: () => void;
  /** Deletes the capture; `title` names it for the status line. */
  onDelete: (captureId: string, title: string) => void;
}

export function RecordCaptures({ captureIds, exportWhat, busy, onExport, onDelete }: RecordCapturesProps) {
  const db = useDb();
  const captures = useRecordCaptures(db, captureIds);
  return (
    <CaptureList
      captures={captures ?? []}
      preview={(id) => previewCaptureDeletion(db, id)}
      exportWhat={exportWhat}
      onExport={onExport}
      onDelete={(c: StoredCapture) => onDelete(c.id, t('deletion_capture_of', 'capture of $1', formatLocalTime(c.capturedAt)))}
      busy={busy}
    />
  );
}
