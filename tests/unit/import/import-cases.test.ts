// Cases in an import: a case already stored stays exactly as it is; a case that names rooms,
// contracts or exhibits the bundle withheld keeps the rest and says what it dropped; a bundle
// without cases imports as before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBundleFiles } from '../../../src/export';
import { lessonsOf, lessonsText } from '../../../src/shared/cases/lessons';
import { custodyLog, openEvidenceDb, type EvidenceDb } from '../../../src/storage';
import { importEvidence } from '../../../src/ui/dashboard/import/import-evidence';
import { importSummary } from '../../../src/ui/dashboard/import/import-summary';
import { editText, relist, signedZip } from '../export/export-tamper';
import { richEvidenceSet } from './import-fixtures';

type Doc = Record<string, any>;

let db: EvidenceDb;
beforeEach(async () => {
  db = openEvidenceDb(`import-cases-${Math.random()}`);
  await db.open();
});
afterEach(() => db.delete());

const NOW = new Date('2026-12-01T09:00:00Z');

/** The rich bundle with evidence.json edited (and the manifest recomputed and re-signed, as its exporter would). */
async function bundleWith(edit: (doc: Doc) => void): Promise<Uint8Array> {
  const files = editText(buildBundleFiles(richEvidenceSet()), 'evidence.json', (text) => {
    const doc = JSON.parse(text) as Doc;
    edit(doc);
    return JSON.stringify(doc);
  });
  return signedZip(relist(files));
}

async function imported(zip: Uint8Array) {
  const outcome = await importEvidence(db, zip, { now: NOW, confirm: () => true });
  if (!outcome.ok) throw new Error('problems' in outcome ? outcome.problems.join('; ') : 'cancelled');
  return outcome.result;
}

describe('cases in an import', () => {
  it('keeps a case already stored under the same id exactly as it is, and says so', async () => {
    const mine = { ...richEvidenceSet().cases![0]!, name: 'My own name for it', statement: 'Written after the export', exhibits: [] };
    await db.cases.put(mine);
    const result = await imported(await bundleWith(() => {}));
    expect(result.added.cases).toBe(1);
    expect(result.alreadyStored.cases).toBe(1);
    expect(await db.cases.get(mine.id)).toEqual(mine);
    expect((await custodyLog(db)).filter((e) => e.event === 'case').map((e) => e.subject)).toEqual(['case_quality']);
    expect(importSummary(result)).toMatch(/ 1 case with the same id was already stored: it was kept unchanged, and the bundle's copy was not imported\.$/);
  });

  it('keeps a case whose rooms, contracts or exhibits were withheld, without those links, and says how many it dropped', async () => {
    const result = await imported(await bundleWith((d) => {
      const c = d.cases[0];
      c.conversationIds.push('room_withheld');
      c.contractIds.push('99999999');
      c.exhibits.push({ number: 'E-2', kind: 'message', id: 'story_withheld' });
    }));
    const stored = await db.cases.get('case_milestone');
    const expected = richEvidenceSet().cases![0]!;
    expect(stored).toEqual(expected);
    expect(result.caseLinksLeftOut).toBe(3);
    const line = (await custodyLog(db)).find((e) => e.event === 'case' && e.subject === 'case_milestone');
    // The line counts what was dropped but never names it: a later export of the case must not tell of records it does not hold.
    expect(line?.detail).toMatchObject({ action: 'imported', linksLeftOut: 3 });
    expect(JSON.stringify(line)).not.toMatch(/withheld|99999999/);
    expect(importSummary(result)).toMatch(/ The imported cases name 3 conversations, contracts or exhibits that the bundle does not hold \(they were left out of the export\): those links were dropped\.$/);
  });

  it('links a case to a room the bundle withheld when this store already holds that room', async () => {
    const set = richEvidenceSet();
    const roomB = set.conversations.find((c) => c.id.startsWith('room_b'))!;
    await db.conversations.put(roomB);
    await imported(await bundleWith((d) => d.cases[0].conversationIds.push(roomB.id)));
    expect((await db.cases.get('case_milestone'))?.conversationIds).toEqual([...set.cases![0]!.conversationIds, roomB.id]);
  });

  it('imports a bundle without cases (format 1, or made before cases) as before', async () => {
    const result = await imported(await bundleWith((d) => delete d.cases));
    expect(result.added.cases).toBe(0);
    expect(await db.cases.count()).toBe(0);
    expect((await custodyLog(db)).map((e) => e.event)).toEqual(['imported']);
  });
});

describe('a case\'s lessons as one text', () => {
  it('come back in their three parts, lines within a part kept', () => {
    const lessons = { cause: 'No sign-off\nfor the chart', avoidance: 'Ask in writing', clientFeedback: '' };
    expect(lessonsOf(lessonsText(lessons))).toEqual(lessons);
    expect(lessonsOf('')).toEqual({ cause: '', avoidance: '', clientFeedback: '' });
  });

  it('keep text without lead-ins (another tool\'s) as the cause', () => {
    expect(lessonsOf('Get milestones approved in writing')).toEqual({ cause: 'Get milestones approved in writing', avoidance: '', clientFeedback: '' });
  });
});
