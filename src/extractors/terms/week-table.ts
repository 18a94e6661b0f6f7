// A week of hours from a table, in either orientation: one row per day (Day | Hours | …) or one
// column per day (Mon … Sun | Total) with the hours in the first body row. A cell that is only a
// dash is a day with no time: the grid's way of writing 0:00 (its Total adds up without it).
import type { IsoDate } from '../../shared/model';
import { parseHours } from './hours';
import { column, type ReadTable } from './tables';

export interface WeekHours {
  hoursByDay: Record<IsoDate, number>;
  total: number | null;
}

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
  const hoursByDay: Record<IsoDate, number> = {};
  for (const row of table.rows) {
    const date = day(row[dayCol] ?? '');
    const hours = cellHours(row[hoursCol] ?? '');
    if (date !== null && hours !== null) hoursByDay[date] = hours;
  }
  if (Object.keys(hoursByDay).length === 0) return null;
  const totalRow = table.totals[0];
  return { hoursByDay, total: totalRow ? cellHours(totalRow[hoursCol] ?? '') : null };
}

function byColumns(table: ReadTable, day: DayParser): WeekHours | null {
  const dates = table.headers.map((h) => day(h));
  if (dates.filter((d) => d !== null).length < 2) return null;
  // The row of hours: the first body row whose day cells read as hours.
  const row = table.rows.find((r) => dates.some((d, i) => d !== null && cellHours(r[i] ?? '') !== null));
  if (!row) return null;
  const hoursByDay: Record<IsoDate, number> = {};
  dates.forEach((d, i) => {
    const hours = d === null ? null : cellHours(row[i] ?? '');
    if (d !== null && hours !== null) hoursByDay[d] = hours;
  });
  const totalCol = column(table, ['total', 'total hours', 'week total']);
  return { hoursByDay, total: totalCol < 0 ? null : cellHours(row[totalCol] ?? '') };
}
