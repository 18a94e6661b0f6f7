// The milestone list of a contract, offer or proposal: the first list or table on the page whose
// entries read as milestones (title + amount). Lists are recognised by content, tables by their
// header text ("Milestone"/"Title", "Amount", "Due date", "Status"), never by class names.
import type { Milestone } from '../../../shared/model';
import type { DateReference } from '../values/dates';
import { dueFields, lineFacts } from './milestone-item';
import { textLines } from '../../block-text';
import { parseMoney } from '../values/money';
import { milestoneFromList } from './milestone-list';
import { column, readTable } from '../layout/tables';

export function readMilestones(root: ParentNode, reference: DateReference): Milestone[] {
  for (const el of root.querySelectorAll('ol, ul, [role="list"], table')) {
    const found = el.localName === 'table' ? fromTable(el, reference) : milestoneFromList(el, reference);
    if (found.length > 0) return found;
  }
  return [];
}

function fromTable(table: Element, reference: DateReference): Milestone[] {
  const read = readTable(table);
  if (!read) return [];
  const title = column(read, ['milestone', 'title', 'deliverable', 'name', 'description']);
  const amount = column(read, ['amount', 'price', 'milestone amount']);
  if (title < 0 || amount < 0) return [];
  const due = column(read, ['due date', 'due', 'due on']);
  const status = column(read, ['status']);
  const desc = column(read, ['description']);
  const out: Milestone[] = [];
  read.rows.forEach((row, r) => {
    const money = parseMoney(row[amount] ?? '');
    const cell = titleCell(read.cells[r]?.[title]);
    if (money === null || cell.title === '') return;
    const dueText = due < 0 ? cell.due : row[due] || cell.due;
    out.push({
      title: cell.title,
      amount: money,
      ...dueFields(dueText || null, reference),
      status: (status < 0 ? null : row[status] || null) ?? cell.status,
      description: desc < 0 || desc === title ? null : row[desc] || null,
    });
  });
  return out;
}

/**
 * A title cell may carry a sub-line under the title ("Paid Mar 12, 2026", "Due Mar 13"): the
 * first line is the title, the sub-lines say what they say (a status, a due date).
 */
function titleCell(cell: Element | undefined): { title: string; status: string | null; due: string | null } {
  const lines = cell ? textLines(cell, NO_SKIP) : [];
  let status: string | null = null;
  let due: string | null = null;
  const titleLines: string[] = [];
  for (const line of lines) {
    const facts = titleLines.length > 0 ? lineFacts(line) : null;
    if (facts?.meta) {
      status ??= facts.status;
      due ??= facts.due;
    } else titleLines.push(line);
  }
  return { title: titleLines.join(' '), status, due };
}

const NO_SKIP: ReadonlySet<string> = new Set();
