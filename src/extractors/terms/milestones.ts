// The milestone list of a contract, offer or proposal: the first list or table on the page whose
// entries read as milestones (title + amount). Lists are recognised by content, tables by their
// header text ("Milestone"/"Title", "Amount", "Due date", "Status"), never by class names.
import type { IsoDate, Milestone } from '../../shared/model';
import { parseDate } from './dates';
import { parseMoney } from './money';
import { milestoneFromList } from './milestone-list';
import { column, readTable } from './tables';

export function readMilestones(root: ParentNode, reference: IsoDate): Milestone[] {
  for (const el of root.querySelectorAll('ol, ul, [role="list"], table')) {
    const found = el.localName === 'table' ? fromTable(el, reference) : milestoneFromList(el, reference);
    if (found.length > 0) return found;
  }
  return [];
}

function fromTable(table: Element, reference: IsoDate): Milestone[] {
  const read = readTable(table);
  if (!read) return [];
  const title = column(read, ['milestone', 'title', 'deliverable', 'name', 'description']);
  const amount = column(read, ['amount', 'price', 'milestone amount']);
  if (title < 0 || amount < 0) return [];
  const due = column(read, ['due date', 'due', 'due on']);
  const status = column(read, ['status']);
  const desc = column(read, ['description']);
  const out: Milestone[] = [];
  for (const row of read.rows) {
    const money = parseMoney(row[amount] ?? '');
    const name = row[title] ?? '';
    if (money === null || name === '') continue;
    out.push({
      title: name,
      amount: money,
      dueDate: due < 0 ? null : parseDate(row[due] ?? '', reference),
      status: status < 0 ? null : row[status] || null,
      description: desc < 0 || desc === title ? null : row[desc] || null,
    });
  }
  return out;
}
