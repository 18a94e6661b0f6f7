// A list (<ol>/<ul>/role="list") whose direct items read as milestones. Nested lists inside an
// item (its history: "Activated and funded Mar 2, 2026") are part of that item, not milestones.
import type { Milestone } from '../../../shared/model';
import type { DateReference } from '../values/dates';
import { readMilestoneItem } from './milestone-item';
import { isHidden } from '../layout/visible-text';

export function milestoneFromList(list: Element, reference: DateReference): Milestone[] {
  if (isHidden(list) || list.parentElement?.closest('li, [role="listitem"]')) return [];
  const items = [...list.children].filter((c) => (c.localName === 'li' || c.getAttribute('role') === 'listitem') && !isHidden(c));
  const read = items.map((item) => readMilestoneItem(item, reference));
  const found = read.filter((m): m is Milestone => m !== null);
  // Most items must read as milestones, so a list of files or activity never passes.
  return found.length > 0 && found.length * 2 >= items.length ? found : [];
}
