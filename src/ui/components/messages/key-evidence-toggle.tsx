// Marks a record as key evidence; the label text is fixed by the UI contract.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../translate';

interface KeyEvidenceToggleProps {
  checked: boolean;
  onChange: (key: boolean) => void;
}

export function KeyEvidenceToggle({ checked, onChange }: KeyEvidenceToggleProps) {
  // The store answers after the click; a re-render before it does (the click also makes the card
  // current) must show the user's choice, not put the box back to the stored value.
  const [chosen, setChosen] = useState<boolean | null>(null);
  useEffect(() => setChosen(null), [checked]);
  return (
    <label class="key-toggle">
      <input
        type="checkbox"
        checked={chosen ?? checked}
        onChange={(e) => {
          const key = e.currentTarget.checked;
          setChosen(key);
          onChange(key);
        }}
      />
      <span>{t('key_evidence', 'Key evidence')}</span>
    </label>
  );
}
