// Tables read by their header text, not their classes (research §4.3): a milestone table, a
// timesheet grid. Cells are the visible text of each <th>/<td>.
import { normalize, visibleText } from './visible-text';

export interface ReadTable {
  /** Normalized header texts, one per column. */
  headers: string[];
  /** Body rows (cells' visible text), footer rows excluded. */
  rows: string[][];
  /** The cells of each body row, for a cell that holds more than one line. */
  cells: Element[][];
  /** Footer rows (<tfoot>, or body rows whose first cell is "Total"). */
  totals: string[][];
}

function cellsOf(row: Element): Element[] {
  return [...row.children].filter((c) => c.localName === 'td' || c.localName === 'th');
}

function cells(row: Element): string[] {
  return cellsOf(row).map((c) => visibleText(c));
}

/** A table with a header row; null when it has none. */
export function readTable(table: Element): ReadTable | null {
  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.closest('table') === table);
  const head = rows.find((tr) => tr.parentElement?.localName === 'thead') ?? rows.find((tr) => [...tr.children].every((c) => c.localName === 'th'));
  if (!head) return null;
  const out: ReadTable = { headers: cells(head).map(normalize), rows: [], cells: [], totals: [] };
  for (const tr of rows) {
    if (tr === head) continue;
    const values = cells(tr);
    if (values.every((v) => v === '')) continue;
    const total = tr.parentElement?.localName === 'tfoot' || /^total\b/i.test(values[0] ?? '');
    if (total) out.totals.push(values);
    else {
      out.rows.push(values);
      out.cells.push(cellsOf(tr));
    }
  }
  return out;
}

/** The first column whose header matches one of `names` (normalized, whole or as a first word). */
export function column(table: ReadTable, names: readonly string[]): number {
  for (const name of names) {
    const i = table.headers.findIndex((h) => h === name || h.startsWith(`${name} `));
    if (i >= 0) return i;
  }
  return -1;
}

export function tables(root: ParentNode): ReadTable[] {
  return [...root.querySelectorAll('table')].map(readTable).filter((t): t is ReadTable => t !== null);
}
