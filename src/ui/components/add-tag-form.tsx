// Adds a custom tag. The form reports its own failure (e.g. a name that is too long) in place.
import { useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';

export function AddTagForm({ onAdd }: { onAdd: (label: string) => Promise<unknown> }) {
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await onAdd(label);
      setLabel('');
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <form class="add-tag" onSubmit={submit}>
      <label class="field">
        <span>New tag</span>
        <input type="text" value={label} maxLength={40} onInput={(e) => setLabel(e.currentTarget.value)} />
      </label>
      <button type="submit">Add tag</button>
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}
