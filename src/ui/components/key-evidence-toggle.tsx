// Marks a record as key evidence; the label text is fixed by the UI contract.
interface KeyEvidenceToggleProps {
  checked: boolean;
  onChange: (key: boolean) => void;
}

export function KeyEvidenceToggle({ checked, onChange }: KeyEvidenceToggleProps) {
  return (
    <label class="key-toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>Key evidence</span>
    </label>
  );
}
