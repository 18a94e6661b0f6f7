// A contract's activity (offer, funding, submissions, change requests, payments) in the order the
// dashboard's contract view and the reports list it.
import type { ContractEvent } from '../model';

/** Oldest first by day, then by exact time; events of the same moment keep the page's order, undated ones go last. */
export function eventsInDateOrder(events: readonly ContractEvent[]): ContractEvent[] {
  const day = (e: ContractEvent) => e.date ?? e.at?.slice(0, 10) ?? '\uffff';
  return [...events].sort((a, b) => day(a).localeCompare(day(b)) || (a.at ?? '').localeCompare(b.at ?? ''));
}
