// Adds a custom tag with its colour. The form reports its own failure (e.g. a name that is too
// long, or one already taken) in place.
import { useState } from 'preact/hooks';
import { errorText } from '../../../shared/messaging';
import { DEFAULT_TAG_COLOUR } from '../../../shared/tags/tag-colours';
import { ColourSelect } from './colour-select';
import { t } from '../translate';

export function AddTagForm({ onAdd }: { onAdd: (label: string, color: string) => Promise<unknown> }) {
  const [label, setLabel] = useState('');
  const [color, setColor] = useState(DEFAULT_TAG_COLOUR);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await onAdd(label, color);
      setLabel('');
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <form class="add-tag" onSubmit={submit}>
      <label class="field">
        <span>{t('tag_new_label', 'New tag')}</span>
        <input type="text" value={label} maxLength={40} onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      <ColourSelect value={color} label={t('tag_colour_label', 'Colour')} onChange={setColor} />
      <button type="submit">{t('tag_add', 'Add tag')}</button>
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}
