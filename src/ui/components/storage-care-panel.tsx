// Storage used against the browser's quota, and whether the browser keeps the evidence for good.
import type { StorageCare } from '../hooks/use-storage-care';

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toLocaleString(undefined, { maximumFractionDigits: bytes < 1e7 ? 1 : 0 })} MB`;
}

export function StorageCarePanel({ care }: { care: StorageCare }) {
  return (
    <section class="settings storage-care" aria-label="Storage">
      <h2 class="settings-heading">Storage</h2>
      <p>
        {care.usedBytes === null ? 'Storage use unknown' : `${megabytes(care.usedBytes)} used`}
        {care.quotaBytes !== null && ` of ${megabytes(care.quotaBytes)} the browser allows`}
      </p>
      <p class={care.persisted === false ? 'error' : 'muted'}>
        {care.persisted === true
          ? 'Kept for good: the browser will not clear it to free space.'
          : care.persisted === false
            ? 'The browser did not grant persistent storage: it may clear this evidence if the disk runs low. Export it regularly.'
            : 'Asking the browser to keep this evidence for good…'}
      </p>
    </section>
  );
}
