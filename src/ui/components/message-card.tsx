// One captured message or system event. Every captured string is a text child, never HTML.
import type { StoredMessage, Tag } from '../../shared/model';
import { AttachmentList } from './attachment-list';
import { formatLocalTime } from './format-time';
import { LocalTime } from './local-time';
import { MessageVersions } from './message-versions';
import { ProvenanceMark } from './provenance-mark';
import { RedactionEditor } from './redaction-editor';
import { ReviewControls } from './review-controls';

export interface MessageReviewHandlers {
  onToggleTag: (messageId: string, tagId: string, on: boolean) => void;
  onKeyChange: (messageId: string, key: boolean) => void;
  onSaveNote: (messageId: string, note: string) => void;
}

interface MessageCardProps extends MessageReviewHandlers {
  message: StoredMessage;
  tags: readonly Tag[];
  /** Shown when messages of several conversations are listed together. */
  conversationTitle?: string | undefined;
}

export function senderName(message: StoredMessage): string {
  return message.sender ?? 'Upwork';
}

export function messageLabel(message: StoredMessage): string {
  const when = message.sentAt ? formatLocalTime(message.sentAt) : 'time not shown';
  return `Message from ${senderName(message)} at ${when}`;
}

export function MessageCard({ message, tags, conversationTitle, onToggleTag, onKeyChange, onSaveNote }: MessageCardProps) {
  const classes = ['message', `message--${message.kind}`, message.deleted && 'message--deleted', message.key && 'message--key'];
  return (
    <article class={classes.filter(Boolean).join(' ')} data-message-id={message.id} aria-label={messageLabel(message)}>
      <header class="message-header">
        <span class="sender">{senderName(message)}</span>
        <LocalTime iso={message.sentAt} pageText={message.sentAtText} />
        {message.kind === 'system' && <span class="badge badge--system">System event</span>}
        {message.deleted && <span class="badge badge--deleted">Deleted</span>}
        {message.edited && (
          <span class="badge badge--edited" title={message.editedAt ? `Edited ${formatLocalTime(message.editedAt)}` : undefined}>
            Edited
          </span>
        )}
        {conversationTitle && <span class="muted message-conversation">{conversationTitle}</span>}
      </header>
      <ProvenanceMark message={message} />
      {message.deleted && (
        <p class="muted">
          Last text seen before deletion{message.deletedSeenAt && <> (deletion seen <LocalTime iso={message.deletedSeenAt} />)</>}:
        </p>
      )}
      <p class="message-text">{message.text}</p>
      <AttachmentList attachments={message.attachments} />
      <MessageVersions versions={message.versions} />
      <RedactionEditor message={message} />
      <ReviewControls
        review={message}
        tags={tags}
        tagsLabel="Tags for this message"
        onToggleTag={(tagId, on) => onToggleTag(message.id, tagId, on)}
        onKeyChange={(key) => onKeyChange(message.id, key)}
        onSaveNote={(note) => onSaveNote(message.id, note)}
      />
    </article>
  );
}
