// Tags the selected range of messages at once, by pointer: shown while a range (Shift+click or
// Shift+arrows) holds more than one message. A tag shows as set when every selected message has
// it; pressing it sets it on all, or takes it off all when all have it, as the number keys do.
import type { StoredMessage, Tag } from '../../../shared/model';
import { t } from '../translate';
import { TagToggles } from './tag-toggles';

interface RangeTagBarProps {
  tags: readonly Tag[];
  /** The selected messages read so far. */
  selected: readonly StoredMessage[];
  onTag: (tagId: string) => void;
}

export function RangeTagBar({ tags, selected, onTag }: RangeTagBarProps) {
  if (selected.length < 2) return null;
  const onAll = tags.filter((tag) => selected.every((m) => m.tags.includes(tag.id))).map((tag) => tag.id);
  const label = t('tag_range_selected', 'Tag the $1 selected', selected.length.toLocaleString());
  return (
    <div class="range-tag-bar">
      <span class="muted">{label}</span>
      <TagToggles tags={tags} selected={onAll} label={label} onToggle={(tagId) => onTag(tagId)} />
    </div>
  );
}

/** What one press of a tag does to a range: set it on those without it, or take it off all when all have it. */
export function rangeTagChanges(messages: readonly StoredMessage[], tagId: string): { id: string; on: boolean }[] {
  const on = !messages.every((m) => m.tags.includes(tagId));
  return messages.filter((m) => m.tags.includes(tagId) !== on).map((m) => ({ id: m.id, on }));
}
