// Deleting one capture asks first: the question says what goes (the messages no other capture
// saw, its page copy and screenshots, the record itself when this is its last capture) and
// offers an export before anything is removed. Focus goes to the safe answer.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaptureDeletionPreview } from '../../../storage';
import { errorText } from '../../../shared/messaging';
import { formatLocalTime, plural } from '../format-time';
import { t } from '../translate';

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
      <button type="button" class="delete-action button-small" disabled={busy} aria-label={t('deleteCaptureOf', 'Delete the capture of {time}').replace('{time}', when)} onClick={() => setAsking(true)}>
        {t('delete', 'Delete')}
      </button>
    );
  }
  const questionId = `delete-capture-${captureId}`;
  return (
    <div class="import-question" role="alertdialog" aria-labelledby={questionId}>
      <p id={questionId}>{typeof what === 'string' ? what : questionText(when, what)}</p>
      <div class="export-actions">
        <button type="button" ref={cancel} onClick={() => setAsking(false)}>
          {t('cancel', 'Cancel')}
        </button>
        <button type="button" disabled={busy} onClick={onExport}>
          {exportWhat === 'conversation' ? t('exportConversationFirst', 'Export its conversation') : t('exportEverythingFirst', 'Export all evidence')}
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
          {t('deleteCapture', 'Delete capture')}
        </button>
      </div>
    </div>
  );
}

function questionText(when: string, what: CaptureDeletionPreview | null): string {
  const messages = what === null ? t('deleteCaptureCounting', 'the messages') : plural(what.messages, 'message');
  const parts = [
    t('deleteCaptureQuestion', 'Delete the capture of {time}: {messages} that no other capture saw, its page copy and screenshots, and the files no other record uses?')
      .replace('{time}', when)
      .replace('{messages}', messages),
    what?.lastOfRecord ? t('deleteCaptureLast', 'It is the last capture of its record, which goes with it.') : '',
    t('deleteCaptureAfter', 'This cannot be undone; the custody log records the deletion. Export first to keep a copy.'),
  ];
  return parts.filter(Boolean).join(' ');
}
