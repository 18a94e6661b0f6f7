import { beforeEach, describe, expect, it } from 'vitest';
import {
  createCase, custodyLog, deleteCase, listCases, openEvidenceDb, renameCase, renumberCaseExhibits, setCaseDates, setCaseLessons,
  setCaseMember, setCaseStage, setCaseStatement, setCaseType, setKey, storeCapture, syncCaseExhibits, type EvidenceDb,
} from '../../../src/storage';
import { custodyProblems } from '../../../src/shared/custody';
import { ROOM, captureInput, message, room } from '../helpers/capture-input';

let db: EvidenceDb;
const id = (n: number) => message(n).id;

beforeEach(async () => {
  db = openEvidenceDb(`test-${Math.random()}`);
  await storeCapture(db, captureInput(room([1, 2, 3, 4].map((n) => message(n)))), { extensionVersion: '0.1.0', blobs: [] });
});

describe('dispute cases', () => {
  it('records every change as a case custody event, and nothing for no change', async () => {
    const c = await createCase(db, '  Milestone 2   not released ');
    await renameCase(db, c.id, 'Milestone 2 not released');
    await setCaseType(db, c.id, 'billing');
    await setCaseMember(db, c.id, { conversationId: ROOM }, true);
    await setCaseMember(db, c.id, { contractId: '38123456' }, true);
    await setCaseStage(db, c.id, 'ticket-filed', new Date('2026-03-21T10:00:00Z'));
    await setCaseDates(db, c.id, { disputeFiled: '2026-03-21T09:00:00Z' });
    await setCaseStatement(db, c.id, 'What was agreed…');
    await setCaseLessons(db, c.id, { cause: 'No written scope', avoidance: 'Agree milestones in writing', clientFeedback: '' });
    const [stored] = await listCases(db);
    expect(stored).toMatchObject({
      name: 'Milestone 2 not released', disputeType: 'billing', stage: 'ticket-filed', conversationIds: [ROOM], contractIds: ['38123456'],
      dates: { disputeFiled: '2026-03-21T09:00:00Z' }, statement: 'What was agreed…',
    });
    expect(stored!.stageHistory.map((s) => s.stage)).toEqual(['talking', 'ticket-filed']);
    const log = await custodyLog(db);
    expect(log.filter((e) => e.event === 'case').map((e) => e.detail.action)).toEqual(['created', 'type', 'added', 'added', 'stage', 'dates', 'statement', 'lessons']);
    expect(custodyProblems(log)).toEqual([]);
  });

  it('refuses an empty name and an unknown stage, changing nothing', async () => {
    await expect(createCase(db, '   ')).rejects.toThrow(/needs a name/);
    const c = await createCase(db, 'A');
    await expect(setCaseStage(db, c.id, 'won' as never)).rejects.toThrow(/not a stage/);
    await expect(setCaseDates(db, c.id, { contractEnded: 'yesterday' })).rejects.toThrow(/not a date/);
    expect((await listCases(db))[0]).toMatchObject({ stage: 'talking', dates: {} });
  });

  it('numbers key evidence E-1… in time order and keeps numbers until the user renumbers', async () => {
    const c = await createCase(db, 'Case');
    await setCaseMember(db, c.id, { conversationId: ROOM }, true);
    await setKey(db, { type: 'message', id: id(3) }, true);
    await setKey(db, { type: 'message', id: id(2) }, true);
    expect((await syncCaseExhibits(db, c.id)).exhibits).toEqual([
      { number: 'E-1', kind: 'message', id: id(2) },
      { number: 'E-2', kind: 'message', id: id(3) },
    ]);
    // An earlier message marked later takes the next number; one unmarked gives its number up.
    await setKey(db, { type: 'message', id: id(1) }, true);
    await setKey(db, { type: 'message', id: id(2) }, false);
    expect((await syncCaseExhibits(db, c.id)).exhibits.map((e) => `${e.number}=${e.id}`)).toEqual([`E-2=${id(3)}`, `E-3=${id(1)}`]);
    const events = (await custodyLog(db)).length;
    await syncCaseExhibits(db, c.id);
    expect((await custodyLog(db)).length).toBe(events);
    expect((await renumberCaseExhibits(db, c.id)).exhibits.map((e) => `${e.number}=${e.id}`)).toEqual([`E-1=${id(1)}`, `E-2=${id(3)}`]);
  });

  it('numbers the screenshots taken at a capture of the case as exhibits too, and a capture without any not', async () => {
    const c = await createCase(db, 'Shots');
    await setCaseMember(db, c.id, { conversationId: ROOM }, true);
    await setKey(db, { type: 'message', id: id(2) }, true);
    expect((await syncCaseExhibits(db, c.id)).exhibits.map((e) => e.kind)).toEqual(['message']);
    const [capture] = await db.captures.toArray();
    const shot = { path: `captures/${capture!.id}/screenshot-1.png`, sha256: 'a'.repeat(64), bytes: 10, mediaType: 'image/png' };
    await db.captures.update(capture!.id, { files: [...capture!.files, shot] });
    expect((await syncCaseExhibits(db, c.id)).exhibits).toEqual([
      { number: 'E-1', kind: 'message', id: id(2) },
      { number: 'E-2', kind: 'capture', id: capture!.id },
    ]);
    expect((await custodyLog(db)).at(-1)).toMatchObject({ event: 'case', detail: { action: 'exhibits', exhibits: [`E-1 message ${id(2)}`, `E-2 capture ${capture!.id}`] } });
  });

  it('deleting a case keeps its evidence and logs it', async () => {
    const c = await createCase(db, 'Gone');
    await setCaseMember(db, c.id, { conversationId: ROOM }, true);
    await deleteCase(db, c.id);
    expect(await listCases(db)).toEqual([]);
    expect(await db.messages.count()).toBe(4);
    expect((await custodyLog(db)).at(-1)).toMatchObject({ event: 'case', subject: c.id, detail: { action: 'deleted', name: 'Gone' } });
  });

  it('a conversation may be in two cases', async () => {
    const a = await createCase(db, 'A');
    const b = await createCase(db, 'B');
    await setCaseMember(db, a.id, { conversationId: ROOM }, true);
    await setCaseMember(db, b.id, { conversationId: ROOM }, true);
    expect((await listCases(db)).map((c) => c.conversationIds)).toEqual([[ROOM], [ROOM]]);
  });
});
