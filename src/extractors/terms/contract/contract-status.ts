// The contract's status: a "Status" label when the page has one, else the badge beside the title
// ("Active", "Paused": a word from CONTRACT_STATUSES standing alone next to the heading; the badge
// has no label on the page, research §4.1 and the shared fixtures).
import { findText, type LabelIndex } from '../layout/label-value';
import { asStatus, CONTRACT_STATUSES } from '../values/statuses';

export function contractStatus(root: ParentNode, index: LabelIndex): string | null {
  // Only the explicit label: a bare "Status" is also a milestone table's column header.
  const labelled = findText(index, ['Contract status']);
  if (labelled !== null) return labelled;
  const h1 = root.querySelector('h1');
  // The heading's container and, if the badge sits one level further out, the container's parent.
  for (let box = h1?.parentElement ?? null, depth = 0; box && depth < 2; box = box.parentElement, depth++) {
    for (const el of box.querySelectorAll('*')) {
      const entry = index.byElement.get(el);
      if (!entry || el === h1 || el.children.length > 0) continue;
      const status = asStatus(entry.text, CONTRACT_STATUSES);
      if (status !== null) return status;
    }
  }
  return null;
}
