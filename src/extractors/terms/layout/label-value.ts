// Values found by their VISIBLE LABEL, never by class or data-test hooks: Upwork dropped the
// contract page's data-test attributes in 2026 (research/upwork-pages.md §4.3, §0.5). A label is
// matched case- and whitespace-insensitively, with or without a trailing colon, and its value is
// read from whichever shape the page uses:
//   <dt>Label</dt><dd>value</dd>, <span>Label</span><span>value</span>  (next sibling; the previous
//   one only with a parser: job posts show "$500.00" above "Fixed-price")
//   <th>Label</th> in a header row                                      (same column, first body row)
//   aria-label="Label" on the value element, or aria-label="Label: value"
//   "Label: value" in one text, or "Label" and value run together ("Weekly limit20 hrs/week";
//   only accepted when a parser says the rest is a value of the right kind).
import { normalize, type VisibleEntry, visibleEntries } from './visible-text';

export type CandidateKind = 'sibling' | 'previous' | 'column' | 'aria' | 'colon' | 'joined';

export interface Candidate {
  kind: CandidateKind;
  text: string;
  /** The element holding the value, when there is one (for multi-line values). */
  el: Element | null;
}

export interface LabelIndex {
  entries: VisibleEntry[];
  byElement: Map<Element, VisibleEntry>;
}

export function indexPage(root: ParentNode): LabelIndex {
  const entries = visibleEntries(root);
  return { entries, byElement: new Map(entries.map((e) => [e.el, e])) };
}

function labelKey(label: string): string {
  return normalize(label).replace(/\s*:$/, '');
}

function siblingValue(index: LabelIndex, el: Element): Candidate[] {
  const out: Candidate[] = [];
  const pairs = [[el.nextElementSibling, 'sibling'], [el.previousElementSibling, 'previous']] as const;
  for (const [sib, kind] of pairs) {
    const entry = sib ? index.byElement.get(sib) : undefined;
    if (entry && entry.text !== '') out.push({ kind, text: entry.text, el: entry.el });
  }
  return out;
}

/** A header cell's column in the table's first body row. */
function columnValue(index: LabelIndex, cell: Element): Candidate[] {
  const row = cell.parentElement;
  const table = cell.closest('table');
  if (!row || !table) return [];
  const column = [...row.children].indexOf(cell);
  const body = [...table.querySelectorAll('tr')].find((tr) => tr !== row && tr.querySelector('td'));
  const value = body?.children[column];
  const entry = value ? index.byElement.get(value) : undefined;
  return entry && entry.text !== '' ? [{ kind: 'column', text: entry.text, el: entry.el }] : [];
}

/** Links and tabs are never labels: a "Details" tab is not the label of the tab beside it. */
function isNavigation(el: Element): boolean {
  return el.localName === 'a' || el.getAttribute('role') === 'tab';
}

function isHeaderRowCell(el: Element): boolean {
  if (el.localName !== 'th') return false;
  const row = el.parentElement;
  return row !== null && (row.parentElement?.localName === 'thead' || [...row.children].every((c) => c.localName === 'th'));
}

/** Text after a label at the start of `text`; `colon` when a ":" separated them. */
function afterLabel(entry: VisibleEntry, key: string): { kind: 'colon' | 'joined'; text: string } | null {
  if (!entry.norm.startsWith(key) || entry.norm.length === key.length) return null;
  // Same length prefix in the original text: normalize() only lower-cases and maps single characters.
  const rest = entry.text.slice(key.length);
  const colon = /^\s*:\s*/.exec(rest);
  if (colon) return { kind: 'colon', text: rest.slice(colon[0].length).trim() };
  if (/^[a-z]/.test(rest)) return null; // "Hourly rates …" is a different word
  return { kind: 'joined', text: rest.trim() };
}

/**
 * Only the innermost element that starts with the label gives an inline value: its ancestors
 * repeat the same text. A child that is the bare label with a text node beside it
 * (<b>Client:</b> Dana) leaves the reading to its parent.
 */
function childReadsLabel(index: LabelIndex, el: Element, key: string): boolean {
  for (const child of el.children) {
    const entry = index.byElement.get(child);
    if (!entry?.norm.startsWith(key)) continue;
    if (afterLabel(entry, key)?.text) return true;
    if (child.nextElementSibling || child.previousElementSibling) return true;
  }
  return false;
}

/** Every value the page shows for any of `labels`, labels in priority order, each in page order. */
export function candidates(index: LabelIndex, labels: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const label of labels) {
    const key = labelKey(label);
    for (const entry of index.entries) {
      const aria = entry.el.getAttribute('aria-label');
      if (aria !== null) {
        const ariaNorm = normalize(aria);
        if (ariaNorm === key && entry.text !== '') out.push({ kind: 'aria', text: entry.text, el: entry.el });
        else if (ariaNorm.startsWith(`${key}:`)) out.push({ kind: 'aria', text: aria.slice(aria.indexOf(':') + 1).trim(), el: null });
      }
      if ((entry.norm === key || entry.norm === `${key}:`) && !isNavigation(entry.el)) {
        out.push(...(isHeaderRowCell(entry.el) ? columnValue(index, entry.el) : siblingValue(index, entry.el)));
        continue;
      }
      const after = afterLabel(entry, key);
      if (after && after.text !== '' && !childReadsLabel(index, entry.el, key)) {
        out.push({ kind: after.kind, text: after.text, el: null });
      }
    }
  }
  return out;
}

/** The first value for `labels` that `parse` accepts. */
export function findValue<T>(index: LabelIndex, labels: readonly string[], parse: (text: string) => T | null): T | null {
  for (const c of candidates(index, labels)) {
    const value = parse(c.text);
    if (value !== null) return value;
  }
  return null;
}

/**
 * The first plain-text value for `labels`. Run-together text and a previous sibling are not
 * trusted without a parser to check them ("Priya Raman" above "Freelancer" in the account menu
 * is the viewer, not a contract field).
 */
export function findCandidate(index: LabelIndex, labels: readonly string[], accept: (c: Candidate) => boolean = () => true): Candidate | null {
  return candidates(index, labels).find((c) => c.kind !== 'joined' && c.kind !== 'previous' && c.text !== '' && accept(c)) ?? null;
}

export function findText(index: LabelIndex, labels: readonly string[]): string | null {
  return findCandidate(index, labels)?.text ?? null;
}

/** True when any of `labels` appears as a label on the page. */
export function hasLabel(index: LabelIndex, labels: readonly string[]): boolean {
  return candidates(index, labels).length > 0;
}
