// Long values (description, cover letter) keep their paragraphs: lines joined by "\n".
import { textLines } from '../block-text';
import { type Candidate, findCandidate, type LabelIndex } from './label-value';

const NO_SKIP: ReadonlySet<string> = new Set();

/**
 * A section of label/value pairs under a "Contract terms" heading is not prose, nor is one cell
 * of a "Description" column (a milestone's, not the contract's).
 */
function isProse(c: Candidate): boolean {
  return c.kind !== 'column' && (c.el === null || c.el.querySelector('dt, table, form, input') === null);
}

export function findLines(index: LabelIndex, labels: readonly string[]): string | null {
  const c = findCandidate(index, labels, isProse);
  if (!c) return null;
  const text = c.el ? textLines(c.el, NO_SKIP).join('\n') : c.text;
  return text === '' ? null : text;
}

/** List items of a labelled list ("Deliverables"), or its lines. */
export function findList(index: LabelIndex, labels: readonly string[]): string[] {
  const c = findCandidate(index, labels);
  if (!c) return [];
  if (!c.el) return [c.text];
  const items = [...c.el.querySelectorAll('li')].map((li) => textLines(li, NO_SKIP).join(' ')).filter((t) => t !== '');
  return items.length > 0 ? items : textLines(c.el, NO_SKIP);
}
