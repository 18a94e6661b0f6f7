// One milestone read from its visible lines, whatever the markup: amount, "Due …", status and
// title are told apart by their shape, not by class names (research §4.2, §4.3). Handles lines
// whose parts run together ("$600.00Changes requestedDue Mar 13", "Active & funded. Due Mar 18.").
import type { Milestone, Money } from '../../../shared/model';
import { textLines } from '../../block-text';
import { parseType } from './contract-type';
import { dueMatch, parseDate, yearlessText, type DateReference } from '../values/dates';
import { findText, indexPage } from '../layout/label-value';
import { leadingMoney } from '../values/money';
import { asStatus, MILESTONE_STATUSES } from '../values/statuses';
import { visibleText } from '../layout/visible-text';

const NO_SKIP: ReadonlySet<string> = new Set();

interface LineFacts {
  amount: Money | null;
  due: string | null;
  status: string | null;
  /** A date after the status ("Paid Mar 12, 2026"): when that status came about. */
  statusDate: string | null;
  /** Nothing left after amount, due and status: the line is only facts. */
  meta: boolean;
}

/** What one visible line says about a milestone. */
export function lineFacts(line: string): LineFacts {
  let rest = line;
  const money = leadingMoney(rest);
  if (money) rest = money.rest;
  const found = dueMatch(rest);
  const due = found?.date ?? null;
  if (found) rest = `${rest.slice(0, found.index)} ${rest.slice(found.index + found.length)}`;
  rest = rest.replace(/^[\s·\u00b7|,.-]+|[\s·\u00b7|,.-]+$/g, '');
  let statusDate: string | null = null;
  const dated = STATUS_THEN_DATE.exec(rest);
  if (dated && asStatus(dated[1] ?? '', MILESTONE_STATUSES) !== null && parseDate(dated[2] ?? '', '2000-06-15') !== null) {
    rest = dated[1] ?? '';
    statusDate = dated[2] ?? null;
  }
  const status = rest === '' ? null : asStatus(rest, MILESTONE_STATUSES);
  const meta = rest === '' || status !== null;
  return { amount: meta ? (money?.money ?? null) : null, due: meta ? due : null, status, statusDate: meta ? statusDate : null, meta };
}

/** "Paid Mar 12, 2026", "Funded on Mar 2": a status word, then a date. */
const STATUS_THEN_DATE = /^(.+?)\s+(?:on\s+)?([A-Za-z]+\.?\s+\d{1,2}(?:,?\s+\d{4})?)$/;

/** The milestone's due date, with the shown text beside it when the year was inferred. */
export function dueFields(due: string | null, reference: DateReference): Pick<Milestone, 'dueDate' | 'dueText'> {
  if (due === null) return { dueDate: null };
  const dueDate = parseDate(due, typeof reference === 'string' ? reference : { ...reference, kind: 'due' });
  const shown = dueDate === null ? undefined : yearlessText(due.replace(/^due\s*/i, ''));
  return shown === undefined ? { dueDate } : { dueDate, dueText: due };
}

/** A milestone when the element reads as one (a title and an amount), else null. */
export function readMilestoneItem(item: Element, reference: DateReference): Milestone | null {
  const lines = textLines(item, NO_SKIP);
  let amount: Money | null = null;
  let due: string | null = null;
  let status: string | null = null;
  const content: string[] = [];
  for (const line of lines) {
    const facts = lineFacts(line);
    if (!facts.meta) {
      if (!/^(?:#?\d+|milestone\s+\d+)$/i.test(line)) content.push(line);
      continue;
    }
    amount ??= facts.amount;
    due ??= facts.due;
    status ??= facts.status;
  }
  const heading = item.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  const title = (heading ? visibleText(heading) : '') || content[0] || '';
  // "$2,500.00" over "Fixed-price" is a job summary's budget tag (job posts, and proposal pages
  // that repeat the job), not a milestone with that title.
  if (title === '' || amount === null || parseType(title) !== null) return null;
  return { title, amount, ...dueFields(due, reference), status, description: description(item, title) };
}

/** A "Description" label inside the item, else its paragraphs other than the title. */
function description(item: Element, title: string): string | null {
  const labelled = findText(indexPage(item), ['Description', 'Milestone description']);
  if (labelled !== null) return labelled;
  const paragraphs = [...item.querySelectorAll('p')].map((p) => visibleText(p)).filter((t) => t !== '' && t !== title);
  return paragraphs.length > 0 ? paragraphs.join('\n') : null;
}
