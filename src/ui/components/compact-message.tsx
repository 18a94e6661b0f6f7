// A message as the narrow popup shows it: who, when, a clipped text, and dispute-type tags.
import type { StoredMessage, Tag } from '../../shared/model';
import { LocalTime } from './local-time';
import { messageLabel, senderName } from './message-card';
import { TagToggles } from './tag-toggles';

interface CompactMessageProps {
  message: StoredMessage;
  tags: readonly Tag[];
  onToggleTag: (tagId: string, on: boolean) => void;
}

export function CompactMessage({ message, tags, onToggleTag }: CompactMessageProps) {
  return (
    <li class={`compact-message message--${message.kind}`} data-message-id={message.id} aria-label={messageLabel(message)}>
      <p class="compact-message-header">
        <span class="sender">{senderName(message)}</span> <LocalTime iso={message.sentAt} pageText={message.sentAtText} />
        {message.deleted && <span class="badge badge--deleted">Deleted</span>}
        {message.edited && <span class="badge badge--edited">Edited</span>}
      </p>
      <p class="message-text clamp">{message.text}</p>
      <TagToggles tags={tags} selected={message.tags} label="Dispute type for this message" onToggle={onToggleTag} />
    </li>
  );
}
