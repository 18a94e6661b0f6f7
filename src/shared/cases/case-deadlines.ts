// A case's deadlines from the contracts it names, as captured.
import { caseDeadlines, type DeadlineContract, type DeadlineReport } from '../deadlines';
import type { Translate } from '../locale/translate';
import type { DisputeCase, StoredTerms } from '../model';

/** `t`: the dashboard's t() for the reader's language; records and the report leave it, for English. */
export function deadlinesOfCase(c: DisputeCase, terms: readonly StoredTerms[], now: Date, t?: Translate): DeadlineReport {
  const contracts: DeadlineContract[] = [];
  for (const t of terms) {
    if (t.record.kind !== 'contract' || !c.contractIds.includes(t.record.contract.id)) continue;
    const { id, type, startDate } = t.record.contract;
    contracts.push({ id, type, startDate });
  }
  // A contract named but never captured still counts: its deadlines need its type, which we say.
  for (const id of c.contractIds) if (!contracts.some((k) => k.id === id)) contracts.push({ id, type: null, startDate: null });
  return caseDeadlines({ contracts, stage: c.stage, stageHistory: c.stageHistory, dates: c.dates, now }, t);
}
