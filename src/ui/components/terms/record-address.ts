// A dashboard address that names a record (#conversation=room_…, #case=…, #terms=…). Imports
// nothing, so the page's first read (dashboard/first-read.ts) can tell what the page opens on.

export type RecordTarget = { kind: 'conversation' | 'case' | 'terms'; id: string };

const KINDS: readonly RecordTarget['kind'][] = ['conversation', 'case', 'terms'];

export function recordHref(target: RecordTarget): string {
  return `#${new URLSearchParams({ [target.kind]: target.id }).toString()}`;
}

/** The record a dashboard address names (its #fragment), if any. */
export function recordFromHash(hash: string): RecordTarget | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const kind = KINDS.find((k) => params.get(k));
  return kind ? { kind, id: params.get(kind)! } : undefined;
}
