// Timesheet page -> one week's hours per day. The week is Monday–Sunday (research §4.2, §5.2);
// it starts on the Monday of ?timesheetDate= when the URL has one (research §1: the workroom
// timesheet takes timesheetDate=YYYY-MM-DD, which may be any day of the week), else the week the
// page's own day cells name. The grid's layout is GUESSED (shared fixture README): days as rows
// (Day | Hours …) or as columns (Mon 3/9 … Sun | Total) are both read.
import type { ExtractedTimesheet, IsoDate } from '../../../shared/model';
import { contractIdFromUrl } from '../../../shared/page-kinds';
import { ExtractionError } from '../../dom';
import { isIsoDate, mondayOf, parseDate } from '../values/dates';
import { notRecognised } from '../layout/not-recognised';
import { referenceDay, type TermsOptions } from '../values/options';
import { tables } from '../layout/tables';
import { readWeekTable, type WeekHours } from './week-table';

export function extractTimesheet(root: ParentNode, url: URL, options: TermsOptions): ExtractedTimesheet {
  const contractId = contractIdFromUrl(url);
  if (contractId === null) throw new ExtractionError('This address has no contract number, so the timesheet cannot be named.', 'contract id', 'URL');
  const ref = referenceDay(options);
  const fromUrl = url.searchParams.get('timesheetDate');
  const urlWeek = fromUrl !== null && isIsoDate(fromUrl) ? mondayOf(fromUrl) : null;
  let week: WeekHours | null = null;
  for (const table of tables(root)) {
    week = readWeekTable(table, (text) => dayDate(text, urlWeek, ref));
    if (week) break;
  }
  if (!week) throw notRecognised('timesheet hours', ['Day', 'Hours', 'Total']);
  const days = Object.keys(week.hoursByDay).sort();
  const weekStart = urlWeek ?? mondayOf(days[0] as IsoDate);
  return { contractId, weekStart, hoursByDay: week.hoursByDay, totalHours: week.total, manualHoursByDay: week.manualByDay };
}

/**
 * A day cell's date. "Mon, Mar 9" has no year: inside a known week it is the date in that week;
 * otherwise the capture day places it (dates.ts inferYear).
 */
function dayDate(text: string, week: IsoDate | null, ref: IsoDate): IsoDate | null {
  const parsed = parseDate(text, week ?? ref);
  if (parsed === null || week === null || /\d{4}/.test(text)) return parsed;
  // Same month and day, in the year that puts it inside [week, week + 6] (a week across New Year).
  for (const delta of [0, -1, 1]) {
    const candidate = `${Number(parsed.slice(0, 4)) + delta}${parsed.slice(4)}`;
    if (isIsoDate(candidate) && mondayOf(candidate) === week) return candidate;
  }
  return parsed;
}
