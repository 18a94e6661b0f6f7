// One line of the popup's capture history: what was captured, when, the conversation's
// dispute-type tags to set in place and the custom tags it carries (with their colours, as the
// dashboard shows them), with room for that conversation's recent messages below.
import type { ComponentChildren } from 'preact';
import type { StoredCapture, StoredConversation, Tag } from '../../../shared/model';
import { formatCounts, pageKindLabel } from './format-capture';
import { LocalTime } from '../messages/local-time';
import { TagChips } from '../tags/tag-chips';
import { TagToggles } from '../tags/tag-toggles';
import { t } from '../translate';

interface CaptureEntryProps {
  capture: StoredCapture;
  conversation: StoredConversation | undefined;
  /** Every tag: the dispute types are toggled here, custom tags set on the conversation shown. */
  tags: readonly Tag[];
  expanded: boolean;
  onToggleExpanded: () => void;
  onToggleTag: (tagId: string, on: boolean) => void;
  /** The expanded conversation's messages, rendered by the container. */
  children?: ComponentChildren;
}

export function CaptureEntry({ capture, conversation, tags, expanded, onToggleExpanded, onToggleTag, children }: CaptureEntryProps) {
  const title = conversation?.title ?? capture.title;
  return (
    <li class="capture-entry">
      <p class="capture-title">{title}</p>
      <p class="muted capture-facts">
        <LocalTime iso={capture.capturedAt} /> · {pageKindLabel(capture.pageKind)} · {formatCounts(capture.counts)}
        {capture.partial && ` · ${t('capture_partial', 'partial')}`}
      </p>
      {conversation && (
        <>
          <TagToggles tags={tags.filter((tag) => tag.kind === 'dispute-type')} selected={conversation.tags} label={t('capture_dispute_type_for', 'Dispute type for $1', title)} onToggle={onToggleTag} />
          <TagChips tags={tags.filter((tag) => tag.kind === 'custom' && conversation.tags.includes(tag.id))} label={t('capture_custom_tags_of', 'Tags of $1', title)} />
          <button type="button" class="link-button" aria-expanded={expanded} onClick={onToggleExpanded}>
            {expanded ? t('capture_hide_messages', 'Hide messages') : t('capture_show_messages', 'Show messages')}
          </button>
          {expanded && children}
        </>
      )}
    </li>
  );
}
