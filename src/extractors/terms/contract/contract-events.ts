// A contract page's activity as dated events: the activity list and each milestone's own history
// ("Work submitted Mar 13, 2026", "Dana requested changes on Milestone 1: “Add a size chart”",
// "Payment released $600.00"). Read by wording, not class names (research §4.2–4.3); the wording
// is partly GUESSED (§2.4 "System / event stories"), so a line matching no kind is left out.
import type { ContractEvent, ContractEventKind, IsoDate } from '../../../shared/model';
import { textLines } from '../../block-text';
import { parseDate, type DateContext } from '../values/dates';
import { readMilestoneItem } from './milestone-item';
import { leadingMoney } from '../values/money';
import { isHidden, visibleText } from '../layout/visible-text';

/** Tried in order: the first that matches names the line. */
const KINDS: [ContractEventKind, RegExp][] = [
  ['changes-requested', /\b(?:requested changes|changes requested|revision requested|requested a revision)\b/i],
  ['work-submitted', /\b(?:submitted work|work submitted|submitted (?:the )?milestone)\b/i],
  ['refund', /\brefund(?:ed)?\b/i],
  ['milestone-released', /\b(?:released|payment released|approved)\b/i],
  ['milestone-funded', /\b(?:funded|activated)\b/i],
  ['payment', /\b(?:paid|payment|you received|earnings?)\b/i],
  ['contract-started', /\bcontract started\b/i],
  ['contract-ended', /\bcontract (?:ended|closed)\b/i],
  ['offer', /\b(?:sent you an offer|offer (?:sent|accepted))\b/i],
];
const DATE_IN_TEXT = /\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,?\s+\d{4})?)\b/;
const MILESTONE_REF = /\bmilestone\s+#?(\d+)\b/i;
const QUOTED = /[“"«]([^”"»]{1,2000})[”"»]/;
const MAX_EVENTS = 500;
const NO_SKIP: ReadonlySet<string> = new Set();

export function readContractEvents(root: ParentNode, ctx: DateContext): ContractEvent[] {
  const out: ContractEvent[] = [];
  for (const item of root.querySelectorAll('li, [role="listitem"], tr')) {
    if (out.length >= MAX_EVENTS) break;
    // Only leaf entries: an item holding other items (a milestone with its history) is not one line.
    if (item.querySelector('li, [role="listitem"], tr') || isHidden(item) || item.closest('[role="menu"], nav')) continue;
    // A milestone entry (a title and an amount) states its due date, not something that happened.
    if (readMilestoneItem(item, ctx) !== null) continue;
    const event = readEvent(item, ctx);
    if (!event) continue;
    // The same event in the activity list and in its milestone's history becomes one.
    const same = out.find((e) => e.kind === event.kind && e.date === event.date && (e.amount === null || event.amount === null || e.amount.value === event.amount.value));
    if (!same) out.push(event);
    else {
      same.at ??= event.at;
      same.amount ??= event.amount;
      same.message ??= event.message;
      same.milestone ??= event.milestone;
    }
  }
  // Oldest first; undated ones keep their place at the end.
  return out.sort((a, b) => (a.date === null ? 1 : b.date === null ? -1 : (a.at ?? a.date) < (b.at ?? b.date) ? -1 : (a.at ?? a.date) > (b.at ?? b.date) ? 1 : 0));
}

function readEvent(item: Element, ctx: DateContext): ContractEvent | null {
  const text = textLines(item, NO_SKIP).join(' ').replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > 4000) return null;
  const kind = KINDS.find(([, re]) => re.test(text))?.[0];
  if (!kind) return null;
  const time = item.querySelector('time[datetime]');
  const at = exactTime(time?.getAttribute('datetime') ?? null);
  const dateText = (time ? visibleText(time) : '') || DATE_IN_TEXT.exec(text)?.[1] || null;
  const date = (dateText ? parseDate(dateText, { ...ctx, kind: 'done' }) : null) ?? (at ? at.slice(0, 10) : null);
  // Without a date the line is a status, not an event ("Active & funded" in a milestone's meta).
  if (date === null) return null;
  return { kind, date, at, dateText, text, milestone: milestoneOf(item, text), amount: amountIn(text), message: kind === 'changes-requested' ? requestText(text) : null };
}

/** "… on Milestone 1", else the title of the milestone item the line sits in. */
function milestoneOf(item: Element, text: string): string | null {
  const ref = MILESTONE_REF.exec(text);
  if (ref) return `Milestone ${ref[1]}`;
  const owner = item.parentElement?.closest('li, [role="listitem"]');
  const heading = owner?.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  return heading ? visibleText(heading) || null : null;
}

function amountIn(text: string): ContractEvent['amount'] {
  const at = text.search(/[-\u2212]?\$\s*\d/);
  return at < 0 ? null : (leadingMoney(text.slice(at))?.money ?? null);
}

/** The request's own words: quoted, else what follows the first colon. */
function requestText(text: string): string | null {
  const quoted = QUOTED.exec(text)?.[1]?.trim();
  if (quoted) return quoted;
  const colon = text.indexOf(':');
  const rest = colon < 0 ? '' : text.slice(colon + 1).trim();
  return rest === '' ? null : rest;
}

function exactTime(value: string | null): string | null {
  if (value === null || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** The earliest date the page shows with its year, for placing those shown without one. */
export function earliestOf(dates: readonly IsoDate[]): IsoDate | null {
  let min: IsoDate | null = null;
  for (const d of dates) if (min === null || d < min) min = d;
  return min;
}
