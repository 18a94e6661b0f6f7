// A full disk, as IndexedDB reports it (directly, wrapped by Dexie as `inner`, or as one of a
// bulk write's `failures`), so that every write path can say so in plain words instead of
// passing on the browser's error name.
export function isDiskFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (e.name === 'QuotaExceededError') return true;
  if (e.inner !== undefined && e.inner !== error && isDiskFull(e.inner)) return true;
  // A bulkAdd/bulkPut that failed row by row (Dexie's BulkError): one full-disk failure is enough.
  return Array.isArray(e.failures) && e.failures.some((f) => f !== error && isDiskFull(f));
}
