// Deleting one capture asks first: the question says what goes (the messages no other capture
// saw, its page copy and screenshots, the record itself when this is its last capture) and
// offers an export before anything is removed. Focus goes to the safe answer.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaptureDeletionPreview } from '../../../storage';
import { errorText } from '../../../shared/messaging';
import { formatLocalTime } from '../format-time';
import { t, tn } from '../translate';

interface DeleteCaptureProps {
  captureId: string;
  capturedAt: string;
  /** What the deletion would remove, read when the user asks. */
  preview: (captureId: string) => Promise<CaptureDeletionPreview>;
  /** What the export offered first holds: the capture's conversation, or everything. */
  exportWhat: 'conversation' | 'everything';
  onExport: () => void;
  onDelete: () => void;
  busy: boolean;
}

export function DeleteCapture({ captureId, capturedAt, preview, exportWhat, onExport, onDelete, busy }: DeleteCaptureProps) {
  const [asking, setAsking] = useState(false);
  const [what, setWhat] = useState<CaptureDeletionPreview | string | null>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!asking) return;
    cancel.current?.focus();
    setWhat(null);
    preview(captureId).then(setWhat, (e: unknown) => setWhat(errorText(e)));
  }, [asking, captureId]);
  const when = formatLocalTime(capturedAt);
  if (!asking) {
    return (
      <button type="button" class="delete-action button-small" disabled={busy} aria-label={t('deletion_capture_button_name', 'Delete the capture of $1', when)} onClick={() => setAsking(true)}>
        {t('deletion_delete', 'Delete')}
      </button>
    );
  }
  const questionId = `delete-capture-${captureId}`;
  return (
    <div class="import-question" role="alertdialog" aria-labelledby={questionId}>
      <p id={questionId}>{typeof what === 'string' ? what : questionText(when, what)}</p>
      <div class="export-actions">
        <button type="button" ref={cancel} onClick={() => setAsking(false)}>
          {t('deletion_cancel', 'Cancel')}
        </button>
        <button type="button" disabled={busy} onClick={onExport}>
          {exportWhat === 'conversation' ? t('deletion_export_conversation', 'Export its conversation') : t('deletion_export_everything', 'Export all evidence')}
        </button>
        <button
          type="button"
          class="danger"
          disabled={busy || typeof what === 'string'}
          onClick={() => {
            setAsking(false);
            onDelete();
          }}
        >
          {t('deletion_confirm_capture', 'Delete capture')}
        </button>
      </div>
    </div>
  );
}

function questionText(when: string, what: CaptureDeletionPreview | null): string {
  const messages = what === null ? t('deletion_messages_counting', 'the messages') : tn('count_messages', what.messages, '$1 message', '$1 messages');
  const parts = [
    t('deletion_capture_question', 'Delete the capture of $1: $2 that no other capture saw, its page copy and screenshots, and the files no other record uses?', when, messages),
    what?.lastOfRecord ? t('deletion_capture_last', 'It is the last capture of its record, which goes with it.') : '',
    t('deletion_capture_after', 'This cannot be undone; the custody log records the deletion. Export first to keep a copy.'),
  ];
  return parts.filter(Boolean).join(' ');
}
