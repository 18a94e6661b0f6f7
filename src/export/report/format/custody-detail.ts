// A custody line's detail in words for the reports ("tag: billing; messages: 3"), not raw JSON:
// custody.jsonl keeps the exact JSON a reader recomputes hashes from.
export function custodyDetailText(detail: Record<string, unknown>): string {
  return entries(detail, '').join('; ');
}

function entries(value: Record<string, unknown>, prefix: string): string[] {
  return Object.entries(value).flatMap(([key, v]) => {
    const name = `${prefix}${key}`;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return entries(v as Record<string, unknown>, `${name}.`);
    return [`${name}: ${valueText(v)}`];
  });
}

function valueText(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : valueText(v))).join(', ');
  return String(value);
}
