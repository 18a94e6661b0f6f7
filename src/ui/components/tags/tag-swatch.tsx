// A custom tag's colour as a small dot beside its name. The name is always there in words, so
// the dot only helps the eye; screen readers skip it.
import type { Tag } from '../../../shared/model';

export function TagSwatch({ tag }: { tag: Pick<Tag, 'color'> }) {
  if (!tag.color) return null;
  return <span class="tag-swatch" aria-hidden="true" style={{ backgroundColor: tag.color }} />;
}

/** The border a tag's pill takes: its colour when it has one, else the stylesheet's. */
export function tagBorder(tag: Pick<Tag, 'color'>): { borderColor: string } | undefined {
  return tag.color ? { borderColor: tag.color } : undefined;
}
