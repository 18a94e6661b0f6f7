// The dashboard's attachment settings: each change is saved at once (checkbox on click, size when
// the field is committed). An invalid size stays in the field with the reason beside it.
import { useEffect, useState } from 'preact/hooks';
import { ATTACHMENT_MEGABYTES_RANGE, type AttachmentSettings } from '../../../shared/model';
import { errorText } from '../../../shared/messaging';
import { t } from '../translate';

interface AttachmentSettingsFormProps {
  settings: AttachmentSettings;
  onSave: (next: AttachmentSettings) => Promise<unknown>;
}

export function AttachmentSettingsForm({ settings, onSave }: AttachmentSettingsFormProps) {
  const [size, setSize] = useState(String(settings.maxMegabytes));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  // A value saved elsewhere (another dashboard tab) replaces the field unless it holds an error.
  useEffect(() => {
    if (!error) setSize(String(settings.maxMegabytes));
  }, [settings.maxMegabytes]);

  const save = async (next: AttachmentSettings) => {
    setSaved(false);
    try {
      await onSave(next);
      setError(null);
      setSaved(true);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <section class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading" class="settings-heading">{t('settings_heading', 'Settings')}</h2>
      <label class="check">
        <input type="checkbox" checked={settings.saveFiles} onChange={(e) => void save({ ...settings, saveFiles: e.currentTarget.checked })} />
        <span>{t('settings_save_files', 'Save attachment files')}</span>
      </label>
      <label class="field">
        <span>{t('settings_largest_file', 'Largest attachment to save (MB)')}</span>
        <input
          type="number"
          min={ATTACHMENT_MEGABYTES_RANGE.min}
          max={ATTACHMENT_MEGABYTES_RANGE.max}
          step={1}
          inputMode="numeric"
          value={size}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => setSize(e.currentTarget.value)}
          onChange={(e) => void save({ ...settings, maxMegabytes: sizeValue(e.currentTarget.value) })}
        />
      </label>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : (
        <p class="muted" aria-live="polite">
          {saved ? t('settings_saved', 'Saved') : ''}
        </p>
      )}
    </section>
  );
}

/** An empty or unreadable field is NaN, which the store refuses with its plain reason. */
function sizeValue(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}
