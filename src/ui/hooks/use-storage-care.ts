// How much the browser lets this extension keep, and whether it keeps it for good. Evidence lost
// to the browser clearing "best-effort" storage under pressure is evidence lost, so the dashboard
// asks for persistent storage once and says what the browser answered.
import { useEffect, useState } from 'preact/hooks';

export interface StorageCare {
  usedBytes: number | null;
  quotaBytes: number | null;
  /** true: kept until the user removes it; false: the browser may clear it under pressure; null: cannot tell. */
  persisted: boolean | null;
}

export function useStorageCare(): StorageCare {
  const [care, setCare] = useState<StorageCare>({ usedBytes: null, quotaBytes: null, persisted: null });
  useEffect(() => {
    const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
    if (!storage?.estimate) return;
    let live = true;
    void (async () => {
      const persisted = storage.persisted ? ((await storage.persisted()) || (storage.persist ? await storage.persist() : false)) : null;
      const estimate = await storage.estimate();
      if (live) setCare({ usedBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null, persisted });
    })().catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return care;
}
