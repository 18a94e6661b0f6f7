// The tags set on a record, as chips: each one's name, a custom tag's colour as its dot and
// border. The dashboard's message cards and the popup show the same chips.
import type { Tag } from '../../../shared/model';
import { tagBorder, TagSwatch } from './tag-swatch';

export function TagChips({ tags, label }: { tags: readonly Tag[]; label: string }) {
  if (tags.length === 0) return null;
  return (
    <ul class="tag-chips" aria-label={label}>
      {tags.map((tag) => (
        <li key={tag.id} class="tag-chip" style={tagBorder(tag)}>
          <TagSwatch tag={tag} />
          {tag.label}
        </li>
      ))}
    </ul>
  );
}
