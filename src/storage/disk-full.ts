// A full disk, as IndexedDB reports it (directly, or wrapped by Dexie as `inner`), so that every
// write path can say so in plain words instead of passing on the browser's error name.
export function isDiskFull(error: unknown): boolean {
  const name = (error as { name?: string } | null)?.name ?? '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}
