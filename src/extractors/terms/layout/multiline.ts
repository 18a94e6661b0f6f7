// Long values (description, cover letter) keep their paragraphs: lines joined by "\n".
import { textLines } from '../../block-text';
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
  return c.el ? listItems(c.el) : [c.text];
}

/** An element's <li>s; else its child elements, one item each; else its lines. */
export function listItems(el: Element): string[] {
  const items = [...el.querySelectorAll('li')].map((li) => textLines(li, NO_SKIP).join(' ')).filter((t) => t !== '');
  if (items.length > 0) return items;
  // Tokens (<span>s in a skills list) run together on one line with no space between them, so
  // only the elements tell the items apart. Text beside them would be lost: then read lines.
  let box = el;
  while (box.children.length === 1 && !hasOwnText(box)) box = box.children[0] as Element;
  const parts = [...box.children].map((c) => textLines(c, NO_SKIP).join(' ')).filter((t) => t !== '');
  return parts.length > 1 && !hasOwnText(box) ? parts : textLines(el, NO_SKIP);
}

function hasOwnText(el: Element): boolean {
  return [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
}
