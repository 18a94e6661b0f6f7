// A job post's deliverables: the list under a "Deliverables" label, else the expertise group whose
// title names a category first, "Full Stack Development Deliverables" above a skills list of
// tokens (dmitrii-fediuk/vm s/Upwork/project/item.js, 2024-12-25, a source of research §4.3).
import type { LabelIndex } from '../layout/label-value';
import { findList, listItems } from '../layout/multiline';

const DELIVERABLES = ['Deliverables', 'Project deliverables'];
// Title case only: a sentence that ends "… your deliverables" is not a group title.
const GROUP_TITLE = /\S\sDeliverables:?$/;

export function jobDeliverables(index: LabelIndex): string[] {
  const labelled = findList(index, DELIVERABLES);
  if (labelled.length > 0) return labelled;
  for (const entry of index.entries) {
    if (entry.el.children.length > 0 || entry.el.localName === 'a' || entry.text.length > 80 || !GROUP_TITLE.test(entry.text)) continue;
    const value = entry.el.nextElementSibling;
    const items = value && index.byElement.has(value) ? listItems(value) : [];
    if (items.length > 0) return items;
  }
  return [];
}
