// A message as the narrow popup shows it: who, when, a clipped text, and its review (key
// evidence, tags, note) in one line, opened on demand.
import type { StoredMessage, Tag } from '../../../shared/model';
import { LocalTime } from './local-time';
import { messageLabel, senderName } from './message-card';
import { CompactReview } from './compact-review';

interface CompactMessageProps {
  message: StoredMessage;
  tags: readonly Tag[];
  onToggleTag: (tagId: string, on: boolean) => void;
  onKeyChange: (key: boolean) => void;
  onSaveNote: (note: string) => void;
}

export function CompactMessage({ message, tags, onToggleTag, onKeyChange, onSaveNote }: CompactMessageProps) {
  return (
    <li class={`compact-message message--${message.kind}`} data-message-id={message.id} aria-label={messageLabel(message)}>
      <p class="compact-message-header">
        <span class="sender">{senderName(message)}</span> <LocalTime iso={message.sentAt} pageText={message.sentAtText} />
        {message.deleted && <span class="badge badge--deleted">Deleted</span>}
        {message.edited && <span class="badge badge--edited">Edited</span>}
      </p>
      <p class="message-text clamp">{message.text}</p>
      <CompactReview review={message} tags={tags} onToggleTag={onToggleTag} onKeyChange={onKeyChange} onSaveNote={onSaveNote} />
    </li>
  );
}
