// evidence.json's cases[] back into stored cases. Every field is checked like any imported text
// (bounded, ids without control characters, stages and types from their lists); the deadlines
// are not read, as the case view works them out again from the confirmed dates. Which rooms,
// contracts and exhibits a case may keep is for storage to say: only it knows what is stored.
import { lessonsOf } from '../shared/cases/lessons';
import { CASE_STAGES, DISPUTE_TYPES, type CaseDates, type DisputeCase, type IsoUtc } from '../shared/model';
import type { Fields } from './fields';
import { refuse } from './refusal';
import { caseName } from '../shared/cases/case-name';

const DATE_KEYS: readonly (keyof CaseDates)[] = ['contractEnded', 'workSubmitted', 'disputeFiled', 'proposalReceived', 'nonResolutionNotice'];
const EXHIBIT_KINDS = ['message', 'contract', 'capture', 'attachment'] as const;

export function readCases(doc: Fields, exportedAt: IsoUtc): DisputeCase[] {
  // Format 1 and bundles made before cases have none.
  return doc.optional('cases', (k) => doc.objects(k, 'case'), []).map((f) => readCase(f, exportedAt));
}

function readCase(f: Fields, exportedAt: IsoUtc): DisputeCase {
  const stage = f.oneOf('stage', CASE_STAGES);
  const stageHistory = f.objects('stageHistory', 'stage').map((s) => ({ stage: s.oneOf('stage', CASE_STAGES), at: s.utcTime('at') }));
  // The first stage entered is the case's creation; a case without a history was, as far as the bundle tells, made by its export.
  if (stageHistory.length === 0) stageHistory.push({ stage, at: exportedAt });
  // A statement the user never edited was exported as the generated draft: kept as a draft, it follows the evidence again.
  const drafted = f.optional('statementDrafted', (k) => f.boolean(k), false);
  return {
    id: f.id('id'),
    name: nameOf(f),
    disputeType: f.oneOf('disputeType', DISPUTE_TYPES),
    stage,
    stageHistory,
    contractIds: [...new Set(f.ids('contractIds'))],
    conversationIds: [...new Set(f.ids('conversationIds'))],
    dates: f.optional('dates', (k) => caseDates(f.object(k)), {}),
    exhibits: f.objects('exhibits', 'exhibit').map((e) => ({ number: exhibitNumber(e), kind: e.oneOf('kind', EXHIBIT_KINDS), id: e.id('id') })),
    statement: drafted ? '' : f.text('statement'),
    outcome: f.textOrNull('outcome'),
    lessons: lessonsOf(f.text('lessons')),
    createdAt: stageHistory[0]!.at,
  };
}

/** As the dashboard keeps names (one line, spaces collapsed, not empty, not too long); anything else refuses the bundle. */
function nameOf(f: Fields): string {
  const kept = caseName(f.id('name'));
  if ('problem' in kept) refuse(`${f.where}: "name": ${kept.problem}`);
  return kept.name;
}

/** "E-3": the numbers a mediator may already have read; new key evidence is numbered after the highest. */
function exhibitNumber(e: Fields): string {
  const number = e.id('number');
  if (!/^E-\d{1,6}$/.test(number)) refuse(`${e.where}: "number" is "${number.slice(0, 40)}", not an exhibit number like E-3.`);
  return number;
}

/** Only the dates a case knows; any other key is not read. */
function caseDates(f: Fields): CaseDates {
  const dates: CaseDates = {};
  for (const key of DATE_KEYS) if (f.has(key)) dates[key] = f.utcTimeOrNull(key);
  return dates;
}
