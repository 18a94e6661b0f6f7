// A week of hours from a table, in either orientation: one row per day (Day | Hours | …) or one
// column per day (Mon … Sun | Total) with the hours in the first body row. A cell that is only a
// dash is a day with no time: the grid's way of writing 0:00 (its Total adds up without it).
// Where the grid splits out manual time (a "Manual" column, or a row labelled "Manual"), that
// split is kept too: Hourly Protection does not cover manual time (research §5).
import type { IsoDate } from '../../../shared/model';
import { parseHours } from '../values/hours';
import { column, type ReadTable } from '../layout/tables';

export interface WeekHours {
  hoursByDay: Record<IsoDate, number>;
  total: number | null;
  manualByDay: Record<IsoDate, number> | null;
}

const MANUAL = ['manual', 'manual time', 'manual hours'];

type DayParser = (text: string) => IsoDate | null;

const NO_TIME = /^[-\u2013\u2014]$/;

function cellHours(text: string): number | null {
  return NO_TIME.test(text.trim()) ? 0 : parseHours(text);
}

export function readWeekTable(table: ReadTable, day: DayParser): WeekHours | null {
  return byRows(table, day) ?? byColumns(table, day);
}

function byRows(table: ReadTable, day: DayParser): WeekHours | null {
  const dayCol = column(table, ['day', 'date']);
  const hoursCol = column(table, ['hours', 'total hours', 'time', 'total']);
  if (dayCol < 0 || hoursCol < 0) return null;
  const manualCol = column(table, MANUAL);
  const hoursByDay: Record<IsoDate, number> = {};
  const manualByDay: Record<IsoDate, number> = {};
  for (const row of table.rows) {
    const date = day(row[dayCol] ?? '');
    if (date === null) continue;
    const hours = cellHours(row[hoursCol] ?? '');
    if (hours !== null) hoursByDay[date] = hours;
    const manual = manualCol < 0 ? null : cellHours(row[manualCol] ?? '');
    if (manual !== null) manualByDay[date] = manual;
  }
  if (Object.keys(hoursByDay).length === 0) return null;
  const totalRow = table.totals[0];
  return { hoursByDay, total: totalRow ? cellHours(totalRow[hoursCol] ?? '') : null, manualByDay: manualCol < 0 ? null : manualByDay };
}

function byColumns(table: ReadTable, day: DayParser): WeekHours | null {
  const dates = table.headers.map((h) => day(h));
  if (dates.filter((d) => d !== null).length < 2) return null;
  // The row of hours: a Total row when the grid splits the week (Tracked, Manual, Total), else
  // the first body row whose day cells read as hours.
  const readsAsHours = (r: string[]) => dates.some((d, i) => d !== null && cellHours(r[i] ?? '') !== null);
  const row = table.totals.find(readsAsHours) ?? table.rows.find(readsAsHours);
  if (!row) return null;
  const hoursByDay: Record<IsoDate, number> = {};
  dates.forEach((d, i) => {
    const hours = d === null ? null : cellHours(row[i] ?? '');
    if (d !== null && hours !== null) hoursByDay[d] = hours;
  });
  const totalCol = column(table, ['total', 'total hours', 'week total']);
  return { hoursByDay, total: totalCol < 0 ? null : cellHours(row[totalCol] ?? ''), manualByDay: manualRow(table, dates) };
}

/** With days as columns, manual time is a body row of its own whose first cell says "Manual". */
function manualRow(table: ReadTable, dates: readonly (IsoDate | null)[]): Record<IsoDate, number> | null {
  const row = table.rows.find((r) => MANUAL.some((m) => (r[0] ?? '').toLowerCase().startsWith(m)));
  if (!row) return null;
  const byDay: Record<IsoDate, number> = {};
  dates.forEach((d, i) => {
    const hours = d === null ? null : cellHours(row[i] ?? '');
    if (d !== null && hours !== null) byDay[d] = hours;
  });
  return byDay;
}
