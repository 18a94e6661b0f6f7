// One toggle button per tag. aria-pressed carries the state so screen readers and tests read
// it; the visible label is the tag's own label ("Billing"), a custom tag's colour beside it.
import type { Tag } from '../../../shared/model';
import { tagBorder, TagSwatch } from './tag-swatch';

interface TagTogglesProps {
  tags: readonly Tag[];
  selected: readonly string[];
  /** Names the group, e.g. "Tags for this message", so repeated "Billing" buttons stay distinguishable. */
  label: string;
  onToggle: (tagId: string, on: boolean) => void;
}

export function TagToggles({ tags, selected, label, onToggle }: TagTogglesProps) {
  if (tags.length === 0) return null;
  return (
    <div class="tag-toggles" role="group" aria-label={label}>
      {tags.map((tag) => {
        const on = selected.includes(tag.id);
        return (
          <button
            key={tag.id}
            type="button"
            class={`tag-toggle${tag.kind === 'custom' ? ' tag-toggle--custom' : ''}`}
            aria-pressed={on}
            style={tagBorder(tag)}
            onClick={() => onToggle(tag.id, !on)}
          >
            <TagSwatch tag={tag} />
            {tag.label}
          </button>
        );
      })}
    </div>
  );
}
