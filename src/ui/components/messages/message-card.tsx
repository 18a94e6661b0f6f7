// One captured message or system event, compact: a header line (sender, local time, markers),
// the text, files and earlier versions, and the review in one line. Every captured string is a
// text child, never HTML.
import type { StoredMessage, Tag } from '../../../shared/model';
import { AttachmentList } from './attachment-list';
import { CompactReview } from './compact-review';
import { formatLocalTime } from '../format-time';
import { HighlightedText } from '../search/highlighted-text';
import { LocalTime } from './local-time';
import { MessageVersions } from './message-versions';
import { ProvenanceMark } from './provenance-mark';
import { RedactionEditor } from '../redaction/redaction-editor';
import { ImportedBadge } from './imported-badge';
import { t } from '../translate';
import { useMessageImport } from '../../hooks/use-imported-captures';
import { drawnOnChange } from '../drawn-on-change';

export interface MessageReviewHandlers {
  onToggleTag: (messageId: string, tagId: string, on: boolean) => void;
  onKeyChange: (messageId: string, key: boolean) => void;
  onSaveNote: (messageId: string, note: string) => void;
}

interface MessageCardProps extends MessageReviewHandlers {
  message: StoredMessage;
  tags: readonly Tag[];
  /** The search's words, marked in the text. */
  highlight?: string | undefined;
  /** Shown on a search result listed among several rooms: opens the message in its conversation. */
  onOpen?: ((message: StoredMessage) => void) | undefined;
  /** Shown when messages of several conversations are listed together. */
  conversationTitle?: string | undefined;
  /** The keyboard's current message, and a review panel the keyboard asked to open on it. */
  current?: boolean;
  request?: { panel: 'tags' | 'note'; nonce: number } | null;
  /** In the range selected for tagging at once. */
  selected?: boolean;
}

export function senderName(message: StoredMessage): string {
  return message.sender ?? 'Upwork';
}

export function messageLabel(message: StoredMessage): string {
  const when = message.sentAt ? formatLocalTime(message.sentAt) : 'time not shown';
  return `Message from ${senderName(message)} at ${when}`;
}

/**
 * Drawn again only when its message or another data prop changes: the list keeps its rows while
 * it scrolls, and the handlers (new closures on each of the container's renders) are called
 * through stable ones, so the cards already on screen cost nothing per frame.
 */
export const MessageCard = drawnOnChange<MessageCardProps>(MessageCardContent);

function MessageCardContent({ message, tags, highlight, onOpen, conversationTitle, current = false, request = null, selected = false, onToggleTag, onKeyChange, onSaveNote }: MessageCardProps) {
  const classes = ['message', `message--${message.kind}`, message.deleted && 'message--deleted', message.key && 'message--key', current && 'message--current', selected && 'message--selected'];
  const imported = useMessageImport(message);
  return (
    <article class={classes.filter(Boolean).join(' ')} data-message-id={message.id} aria-label={messageLabel(message)} aria-current={current ? 'true' : undefined}>
      <header class="message-header">
        <span class="sender">
          <HighlightedText text={senderName(message)} query={highlight} />
        </span>
        <LocalTime iso={message.sentAt} pageText={message.sentAtText} />
        {message.kind === 'system' && <span class="badge badge--system">System event</span>}
        {message.edited && (
          <span class="badge badge--edited" title={message.editedAt ? `Edited ${formatLocalTime(message.editedAt)}` : undefined}>
            Edited{message.versions.length > 0 && ` · ${message.versions.length + 1} versions`}
          </span>
        )}
        {message.deleted && (
          <span class="badge badge--deleted" title={message.deletedSeenAt ? `Deletion seen ${formatLocalTime(message.deletedSeenAt)}` : undefined}>
            Deleted: last text seen below
          </span>
        )}
        {imported && <ImportedBadge from={imported} />}
        {conversationTitle && <span class="muted message-conversation">{conversationTitle}</span>}
        {onOpen && (
          <button type="button" class="button-small" onClick={() => onOpen(message)}>
            {t('search_open_in_conversation', 'Open in conversation')}
          </button>
        )}
        <CompactReview
          review={message}
          tags={tags}
          request={request}
          onToggleTag={(tagId, on) => onToggleTag(message.id, tagId, on)}
          onKeyChange={(key) => onKeyChange(message.id, key)}
          onSaveNote={(note) => onSaveNote(message.id, note)}
        />
      </header>
      <ProvenanceMark message={message} />
      <p class="message-text">
        <HighlightedText text={message.text} query={highlight} />
      </p>
      <AttachmentList attachments={message.attachments} />
      <MessageVersions versions={message.versions} />
      <RedactionEditor message={message} />
    </article>
  );
}
