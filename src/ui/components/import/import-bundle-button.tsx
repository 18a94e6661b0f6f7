// "Import bundle": a real button that opens the browser's file picker for a .zip. The file input
// stays in the DOM (hidden) so keyboard users, screen readers and tests reach one named button.
import { useRef } from 'preact/hooks';
import { t } from '../translate';

interface ImportBundleButtonProps {
  importing: boolean;
  onPick: (file: File) => void;
}

export function ImportBundleButton({ importing, onPick }: ImportBundleButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" disabled={importing} onClick={() => input.current?.click()}>
        {t('import_bundle', 'Import bundle')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        hidden
        aria-label={t('import_bundle_file', 'Evidence bundle to import')}
        onChange={(event) => {
          const picked = event.currentTarget.files?.[0];
          // Cleared so picking the same file again (after a refusal) still fires a change.
          event.currentTarget.value = '';
          if (picked) onPick(picked);
        }}
      />
    </>
  );
}
