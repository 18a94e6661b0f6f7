// Cases, live, and the writes on them bound to one database (each write logs its custody event in storage).
import { useMemo } from 'preact/hooks';
import type { DisputeCase } from '../../shared/model';
import {
  createCase, deleteCase, listCases, renameCase, renumberCaseExhibits, setCaseDates, setCaseLessons, setCaseMember, setCaseOutcome,
  setCaseStage, setCaseStatement, setCaseType, syncCaseExhibits, type EvidenceDb,
} from '../../storage';
import { useLiveQuery } from './use-live-query';

/** Every case; read only once `ready` (undefined until then). */
export function useCases(db: EvidenceDb, ready = true): DisputeCase[] | undefined {
  return useLiveQuery(() => (ready ? listCases(db) : Promise.resolve(undefined)), [db, ready]);
}

export function useCaseActions(db: EvidenceDb) {
  return useMemo(
    () => ({
      create: (name: string) => createCase(db, name),
      rename: (id: string, name: string) => renameCase(db, id, name),
      type: (id: string, t: Parameters<typeof setCaseType>[2]) => setCaseType(db, id, t),
      member: (id: string, m: Parameters<typeof setCaseMember>[2], on: boolean) => setCaseMember(db, id, m, on),
      stage: (id: string, s: Parameters<typeof setCaseStage>[2]) => setCaseStage(db, id, s),
      dates: (id: string, d: Parameters<typeof setCaseDates>[2]) => setCaseDates(db, id, d),
      outcome: (id: string, o: string) => setCaseOutcome(db, id, o),
      lessons: (id: string, l: Parameters<typeof setCaseLessons>[2]) => setCaseLessons(db, id, l),
      statement: (id: string, s: string) => setCaseStatement(db, id, s),
      syncExhibits: (id: string) => syncCaseExhibits(db, id),
      renumber: (id: string, order?: Parameters<typeof renumberCaseExhibits>[2]) => renumberCaseExhibits(db, id, order),
      remove: (id: string) => deleteCase(db, id),
    }),
    [db],
  );
}

export type CaseActions = ReturnType<typeof useCaseActions>;
