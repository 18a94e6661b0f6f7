// cases[] of evidence.json: the case as the user keeps it, with its deadlines as of the export
// and the statement as last edited (or the generated draft, marked as such).
import { deadlinesOfCase } from '../../shared/cases/case-deadlines';
import { lessonsText } from '../../shared/cases/lessons';
import { draftStatement } from '../../shared/cases/statement';
import type { DisputeCase, EvidenceSet } from '../../shared/model';
import type { EvidenceCaseRecord } from '../bundle/evidence-types';

export function caseRecord(c: DisputeCase, set: EvidenceSet): EvidenceCaseRecord {
  const { deadlines } = deadlinesOfCase(c, set.terms, new Date(set.exportedAt));
  return {
    id: c.id,
    name: c.name,
    disputeType: c.disputeType,
    stage: c.stage,
    stageHistory: c.stageHistory.map((s) => ({ stage: s.stage, at: s.at })),
    contractIds: [...c.contractIds],
    conversationIds: [...c.conversationIds],
    dates: { ...c.dates },
    deadlines: deadlines.map((d) => ({ name: d.name, due: d.due, basis: d.basis, source: d.source, status: d.status, ...(d.needs ? { needs: d.needs } : {}) })),
    exhibits: c.exhibits.map((e) => ({ number: e.number, kind: e.kind, id: e.id })),
    statement: caseStatement(c, set),
    statementDrafted: !c.statement,
    outcome: c.outcome,
    lessons: lessonsText(c.lessons),
  };
}

export function caseStatement(c: DisputeCase, set: Pick<EvidenceSet, 'messages' | 'terms' | 'conversations'>): string {
  return c.statement || draftStatement(c, set);
}
