// Picks a custom tag's colour from the palette (shared/tags/tag-colours.ts), by name, with a
// swatch of the choice beside it: every colour offered reads in the light and the dark theme.
import { TAG_COLOURS, tagColour, type TagColour } from '../../../shared/tags/tag-colours';
import { t } from '../translate';
import { TagSwatch } from './tag-swatch';

interface ColourSelectProps {
  value: string;
  /** The select's accessible name, e.g. "Colour" or "Colour of Refund". */
  label: string;
  /** Shows the label on screen (a form field) or only to screen readers (a row of a list). */
  visibleLabel?: boolean;
  disabled?: boolean;
  onChange: (hex: string) => void;
}

export function ColourSelect({ value, label, visibleLabel = true, disabled = false, onChange }: ColourSelectProps) {
  const select = (
    <select aria-label={visibleLabel ? undefined : label} value={tagColour(value)?.hex ?? ''} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)}>
      {/* A tag imported with a colour not offered here (or none) keeps it until another is chosen. */}
      {!tagColour(value) && (
        <option value="" disabled>
          {value ? t('tag_colour_other', 'Other colour') : t('tag_colour_none', 'No colour')}
        </option>
      )}
      {TAG_COLOURS.map((c) => (
        <option key={c.hex} value={c.hex}>
          {colourName(c)}
        </option>
      ))}
    </select>
  );
  return (
    <span class="colour-select">
      <TagSwatch tag={{ color: value }} />
      {visibleLabel ? (
        <label class="field field--inline">
          <span>{label}</span>
          {select}
        </label>
      ) : (
        select
      )}
    </span>
  );
}

function colourName(c: TagColour): string {
  switch (c.id) {
    case 'blue':
      return t('tag_colour_blue', 'Blue');
    case 'red':
      return t('tag_colour_red', 'Red');
    case 'orange':
      return t('tag_colour_orange', 'Orange');
    case 'green':
      return t('tag_colour_green', 'Green');
    case 'teal':
      return t('tag_colour_teal', 'Teal');
    case 'purple':
      return t('tag_colour_purple', 'Purple');
    case 'pink':
      return t('tag_colour_pink', 'Pink');
    case 'grey':
      return t('tag_colour_grey', 'Grey');
    default:
      return c.name;
  }
}
