// Storage used against the browser's quota, and whether the browser keeps the evidence for good.
import type { StorageCare } from '../../hooks/use-storage-care';
import { t } from '../translate';

function megabytes(bytes: number): string {
  return t('storage_megabytes', '$1 MB', (bytes / 1e6).toLocaleString(undefined, { maximumFractionDigits: bytes < 1e7 ? 1 : 0 }));
}

export function StorageCarePanel({ care }: { care: StorageCare }) {
  return (
    <section class="settings storage-care" aria-label={t('storage_heading', 'Storage')}>
      <h2 class="settings-heading">{t('storage_heading', 'Storage')}</h2>
      <p>
        {care.usedBytes === null
          ? t('storage_use_unknown', 'Storage use unknown')
          : care.quotaBytes === null
            ? t('storage_used', '$1 used', megabytes(care.usedBytes))
            : t('storage_used_of_quota', '$1 used of $2 the browser allows', megabytes(care.usedBytes), megabytes(care.quotaBytes))}
      </p>
      <p class={care.persisted === false ? 'error' : 'muted'}>
        {care.persisted === true
          ? t('storage_persisted', 'Kept for good: the browser will not clear it to free space.')
          : care.persisted === false
            ? t('storage_not_persisted', 'The browser did not grant persistent storage: it may clear this evidence if the disk runs low. Export it regularly.')
            : t('storage_asking_persist', 'Asking the browser to keep this evidence for good…')}
      </p>
    </section>
  );
}
