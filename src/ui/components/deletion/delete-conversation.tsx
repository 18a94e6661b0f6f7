// Deleting a conversation asks first: the question names what will go, with counts, and offers
// an export of the conversation before anything is removed. Focus goes to the safe answer.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredConversation } from '../../../shared/model';
import { plural } from '../format-time';

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
        Delete
      </button>
    );
  }
  const what = [messages === undefined ? 'its messages' : plural(messages, 'message'), plural(conversation.captureIds.length, 'capture')].join(' and ');
  return (
    <div class="import-question" role="alertdialog" aria-labelledby="delete-question-text">
      <p id="delete-question-text">
        Delete the conversation “{conversation.title}”: {what}, and the files no other record uses? This cannot be undone; the custody log
        records the deletion. Export its evidence first to keep a copy.
      </p>
      <div class="export-actions">
        <button type="button" ref={cancel} onClick={() => setAsking(false)}>
          Cancel
        </button>
        <button type="button" disabled={busy} onClick={onExport}>
          Export evidence
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
          Delete conversation
        </button>
      </div>
    </div>
  );
}
