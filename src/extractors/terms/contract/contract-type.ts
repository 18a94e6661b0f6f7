// "Fixed-price" / "Hourly" as a type, from a label's value or from a word standing alone.
import type { LabelIndex } from '../layout/label-value';

export type ContractType = 'fixed' | 'hourly';

export function parseType(text: string): ContractType | null {
  const t = text.trim().toLowerCase();
  if (/^fixed(?:[- ]price)?(?:\s+(?:contract|project))?$/.test(t)) return 'fixed';
  if (/^hourly(?:\s+(?:contract|rate|project))?$/.test(t)) return 'hourly';
  return null;
}

/** A visible element whose whole text is "Fixed-price" or "Hourly" (a tag under the price). */
export function standaloneType(index: LabelIndex): ContractType | null {
  for (const entry of index.entries) {
    if (entry.el.children.length > 0 || entry.text.length > 24) continue;
    const type = parseType(entry.text);
    if (type !== null) return type;
  }
  return null;
}
