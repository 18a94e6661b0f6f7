// Deleting a conversation asks first: the question names what will go, with counts, and offers
// an export of the conversation before anything is removed. Focus goes to the safe answer.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredConversation } from '../../../shared/model';
import { t, tn } from '../translate';

interface DeleteConversationProps {
  conversation: StoredConversation;
  /** How many messages the conversation holds (undefined while counting). */
  messages: number | undefined;
  onExport: () => void;
  onDelete: () => void;
  busy: boolean;
}

export function DeleteConversation({ conversation, messages, onExport, onDelete, busy }: DeleteConversationProps) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancel.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" class="delete-action" disabled={busy} onClick={() => setAsking(true)}>
        {t('deletion_delete', 'Delete')}
      </button>
    );
  }
  return (
    <div class="import-question" role="alertdialog" aria-labelledby="delete-question-text">
      <p id="delete-question-text">
        {questionText(conversation, messages)}
      </p>
      <div class="export-actions">
        <button type="button" ref={cancel} onClick={() => setAsking(false)}>
          {t('deletion_cancel', 'Cancel')}
        </button>
        <button type="button" disabled={busy} onClick={onExport}>
          {t('exportEvidence', 'Export evidence')}
        </button>
        <button
          type="button"
          class="danger"
          disabled={busy}
          onClick={() => {
            setAsking(false);
            onDelete();
          }}
        >
          {t('deletion_confirm_conversation', 'Delete conversation')}
        </button>
      </div>
    </div>
  );
}

function questionText(conversation: StoredConversation, messages: number | undefined): string {
  const counted = messages === undefined ? t('deletion_conversation_messages_counting', 'its messages') : tn('count_messages', messages, '$1 message', '$1 messages');
  const captures = tn('count_captures', conversation.captureIds.length, '$1 capture', '$1 captures');
  return t(
    'deletion_conversation_question',
    'Delete the conversation “$1”: $2 and $3, and the files no other record uses? This cannot be undone; the custody log records the deletion. Export its evidence first to keep a copy.',
    conversation.title,
    counted,
    captures,
  );
}
