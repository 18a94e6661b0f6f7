// Dispute cases. Every change and its `case` custody event are written in one transaction, so
// the log tells the case's whole story (what changed and when) and never more than what happened.
import { exhibitCandidates, renumberExhibits, sameExhibits, syncExhibits } from '../../shared/cases/exhibits';
import { sha256Hex } from '../../shared/bytes/hash';
import { DISPUTE_TYPES, CASE_STAGES, type CaseDates, type CaseExhibit, type CaseLessons, type CaseStage, type DisputeCase, type DisputeType } from '../../shared/model';
import { appendCustody } from '../custody-log';
import type { EvidenceDb } from '../db';
import { CASE_NAME_MAX, caseName } from '../../shared/cases/case-name';
import { contractTermsId } from '../../shared/terms/terms-identity';

export { CASE_NAME_MAX };

export async function listCases(db: EvidenceDb): Promise<DisputeCase[]> {
  return (await db.cases.toArray()).sort((a, b) => a.name.localeCompare(b.name));
}

export async function createCase(db: EvidenceDb, name: string, now = new Date()): Promise<DisputeCase> {
  const at = now.toISOString();
  const record: DisputeCase = {
    id: `case_${crypto.randomUUID()}`,
    name: cleanName(name),
    disputeType: 'other',
    stage: 'talking',
    stageHistory: [{ stage: 'talking', at }],
    contractIds: [],
    conversationIds: [],
    dates: {},
    exhibits: [],
    statement: '',
    outcome: null,
    lessons: { cause: '', avoidance: '', clientFeedback: '' },
    createdAt: at,
  };
  await db.transaction('rw', [db.cases, db.custody], async () => {
    await db.cases.add(record);
    await appendCustody(db, { at, event: 'case', subject: record.id, detail: { action: 'created', name: record.name } });
  });
  return record;
}

/** One change to a case: the new fields and what the custody line says about it (null = nothing changed). */
type CaseEdit = (current: DisputeCase, at: string) => { next: Partial<DisputeCase>; detail: Record<string, unknown> } | null;

async function editCase(db: EvidenceDb, id: string, edit: CaseEdit, now = new Date()): Promise<DisputeCase> {
  return db.transaction('rw', [db.cases, db.custody], async () => {
    const current = await db.cases.get(id);
    if (!current) throw new Error('That case is no longer stored.');
    const at = now.toISOString();
    const change = edit(current, at);
    if (!change) return current;
    await db.cases.update(id, change.next);
    await appendCustody(db, { at, event: 'case', subject: id, detail: change.detail });
    return { ...current, ...change.next };
  });
}

export async function renameCase(db: EvidenceDb, id: string, name: string): Promise<DisputeCase> {
  const clean = cleanName(name);
  return editCase(db, id, (c) => (c.name === clean ? null : { next: { name: clean }, detail: { action: 'renamed', name: clean } }));
}

export async function setCaseType(db: EvidenceDb, id: string, disputeType: DisputeType): Promise<DisputeCase> {
  if (!DISPUTE_TYPES.includes(disputeType)) throw new Error(`"${disputeType}" is not a dispute type.`);
  return editCase(db, id, (c) => (c.disputeType === disputeType ? null : { next: { disputeType }, detail: { action: 'type', disputeType } }));
}

/** Adds or removes a contract (by Upwork contract id) or a conversation (room id). */
export async function setCaseMember(db: EvidenceDb, id: string, member: { contractId: string } | { conversationId: string }, on: boolean): Promise<DisputeCase> {
  const field = 'contractId' in member ? 'contractIds' : 'conversationIds';
  const value = 'contractId' in member ? member.contractId : member.conversationId;
  return editCase(db, id, (c) => {
    const list = c[field];
    if (list.includes(value) === on) return null;
    const next = on ? [...list, value] : list.filter((v) => v !== value);
    return { next: { [field]: next }, detail: { action: on ? 'added' : 'removed', [field === 'contractIds' ? 'contract' : 'conversation']: value } };
  });
}

export async function setCaseStage(db: EvidenceDb, id: string, stage: CaseStage, now = new Date()): Promise<DisputeCase> {
  if (!CASE_STAGES.includes(stage)) throw new Error(`"${stage}" is not a stage of a dispute.`);
  return editCase(db, id, (c, at) => (c.stage === stage ? null : { next: { stage, stageHistory: [...c.stageHistory, { stage, at }] }, detail: { action: 'stage', stage } }), now);
}

export async function setCaseDates(db: EvidenceDb, id: string, dates: CaseDates): Promise<DisputeCase> {
  for (const value of Object.values(dates)) if (value && Number.isNaN(Date.parse(value))) throw new Error(`"${value}" is not a date.`);
  return editCase(db, id, (c) => {
    const next = { ...c.dates, ...dates };
    return JSON.stringify(next) === JSON.stringify(c.dates) ? null : { next: { dates: next }, detail: { action: 'dates', dates } };
  });
}

export async function setCaseOutcome(db: EvidenceDb, id: string, outcome: string | null): Promise<DisputeCase> {
  const clean = outcome?.trim() || null;
  return editCase(db, id, (c) => (c.outcome === clean ? null : { next: { outcome: clean }, detail: { action: 'outcome', outcome: clean } }));
}

export async function setCaseLessons(db: EvidenceDb, id: string, lessons: CaseLessons): Promise<DisputeCase> {
  return editCase(db, id, (c) => (JSON.stringify(c.lessons) === JSON.stringify(lessons) ? null : { next: { lessons }, detail: { action: 'lessons', ...lessons } }));
}

/** The statement can be long: the log keeps its length and hash, which show it changed and can be checked against the export. */
export async function setCaseStatement(db: EvidenceDb, id: string, statement: string): Promise<DisputeCase> {
  return editCase(db, id, (c) =>
    c.statement === statement ? null : { next: { statement }, detail: { action: 'statement', characters: statement.length, sha256: sha256Hex(statement) } },
  );
}

/**
 * Brings the exhibit list up to date with the case's key evidence (new key items take the next
 * numbers). Writes, and logs, only when something changed.
 */
export async function syncCaseExhibits(db: EvidenceDb, id: string): Promise<DisputeCase> {
  const c = await db.cases.get(id);
  if (!c) throw new Error('That case is no longer stored.');
  const candidates = await caseCandidates(db, c);
  return editCase(db, id, (current) => {
    const exhibits = syncExhibits(current.exhibits, candidates);
    return sameExhibits(exhibits, current.exhibits) ? null : { next: { exhibits }, detail: { action: 'exhibits', exhibits: exhibits.map(exhibitWords) } };
  });
}

/** E-1… again: in the order given, or in time order when none is given. The only way numbers change. */
export async function renumberCaseExhibits(db: EvidenceDb, id: string, order?: readonly Pick<CaseExhibit, 'kind' | 'id'>[]): Promise<DisputeCase> {
  const c = await db.cases.get(id);
  if (!c) throw new Error('That case is no longer stored.');
  const candidates = await caseCandidates(db, c);
  const chosen = order ?? candidates;
  return editCase(db, id, (current) => {
    const exhibits = renumberExhibits(chosen);
    return sameExhibits(exhibits, current.exhibits) ? null : { next: { exhibits }, detail: { action: 'renumbered', exhibits: exhibits.map(exhibitWords) } };
  });
}

/** Deletes the case only: its conversations, contracts and messages stay stored. */
export async function deleteCase(db: EvidenceDb, id: string, now = new Date()): Promise<void> {
  await db.transaction('rw', [db.cases, db.custody], async () => {
    const c = await db.cases.get(id);
    if (!c) return;
    await db.cases.delete(id);
    await appendCustody(db, { at: now.toISOString(), event: 'case', subject: id, detail: { action: 'deleted', name: c.name } });
  });
}

async function caseCandidates(db: EvidenceDb, c: DisputeCase) {
  const messages = c.conversationIds.length ? await db.messages.where('conversationId').anyOf(c.conversationIds).toArray() : [];
  const terms = c.contractIds.length ? (await db.terms.bulkGet(c.contractIds.map(contractTermsId))).filter((t) => t !== undefined) : [];
  const rooms = c.conversationIds.length ? (await db.conversations.bulkGet(c.conversationIds)).filter((r) => r !== undefined) : [];
  const captureIds = [...new Set([...rooms, ...terms].flatMap((x) => x.captureIds))];
  const captures = captureIds.length ? (await db.captures.bulkGet(captureIds)).filter((k) => k !== undefined) : [];
  return exhibitCandidates(c, messages, terms, captures);
}

function exhibitWords(e: CaseExhibit): string {
  return `${e.number} ${e.kind} ${e.id}`;
}

function cleanName(name: string): string {
  const kept = caseName(name);
  if ('problem' in kept) throw new Error(kept.problem);
  return kept.name;
}
