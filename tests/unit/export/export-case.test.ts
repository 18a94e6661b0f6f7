import { beforeEach, describe, expect, it } from 'vitest';
import { buildBundleFiles } from '../../../src/export';
import { createCase, gatherEvidence, openEvidenceDb, setCaseMember, setKey, storeCapture, syncCaseExhibits, type EvidenceDb } from '../../../src/storage';
import { captureInput, message, room } from '../helpers/capture-input';
import { schemaErrors } from './export-json-schema';
import { exhibitCandidates, syncExhibits } from '../../../src/shared/cases/exhibits';
import { sha256Hex } from '../../../src/shared/hash';

const OTHER = 'room_99999999999999999999999999999999';
const software = { name: 'Evidence Locker', version: '0.1.0' };
let db: EvidenceDb;

beforeEach(async () => {
  db = openEvidenceDb(`test-${Math.random()}`);
  await storeCapture(db, captureInput(room([message(1), message(2)])), { extensionVersion: '0.1.0', blobs: [] });
  const other = room([message(10, { text: 'Secret of another dispute' })], OTHER);
  other.conversation.title = 'Another Client';
  other.conversation.contractIds = ['77777777'];
  await storeCapture(db, captureInput(other), { extensionVersion: '0.1.0', blobs: [] });
});

describe('export of a case', () => {
  it('holds exactly the case: its room, its exhibits, its scope, and nothing of other rooms or cases', async () => {
    const c = await createCase(db, 'Milestone 2 not released');
    await createCase(db, 'Some other case');
    await setCaseMember(db, c.id, { conversationId: room([]).conversation.id }, true);
    await setKey(db, { type: 'message', id: message(2).id }, true);
    await setKey(db, { type: 'message', id: message(10).id }, true);
    await syncCaseExhibits(db, c.id);
    await setCaseMember(db, c.id, { conversationId: OTHER }, true);
    await setCaseMember(db, c.id, { conversationId: OTHER }, false);
    const set = await gatherEvidence(db, { caseId: c.id }, software, new Date('2026-03-21T00:00:00Z'));
    const files = buildBundleFiles(set);
    const doc = JSON.parse(new TextDecoder().decode(files.get('evidence.json')));
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.scope).toEqual({ description: 'Case: Milestone 2 not released', caseId: c.id });
    expect(doc.messages.map((m: { id: string; exhibit: string | null }) => [m.id, m.exhibit])).toEqual([[message(1).id, null], [message(2).id, 'E-1']]);
    expect(doc.cases).toHaveLength(1);
    expect(doc.cases[0]).toMatchObject({ name: 'Milestone 2 not released', exhibits: [{ number: 'E-1', kind: 'message', id: message(2).id }], statementDrafted: true });
    expect(doc.cases[0].statement).toContain('E-1');
    expect(doc.cases[0].deadlines).toEqual([]);
    // The case's own story is in its custody log; the room added and removed again is withheld.
    const custody = new TextDecoder().decode(files.get('custody.jsonl')).trim().split('\n').map((l) => JSON.parse(l));
    expect(custody.filter((e) => e.event === 'case').map((e) => e.detail.action)).toEqual(['created', 'added', 'exhibits']);
    expect(custody.filter((e) => e.withheld).length).toBeGreaterThanOrEqual(4);
    for (const [path, bytes] of files) {
      const text = new TextDecoder().decode(bytes);
      for (const secret of [OTHER, 'Secret of another dispute', 'Another Client', 'Some other case', '77777777']) expect(text, `${path} tells ${secret}`).not.toContain(secret);
    }
  });

  it('lists a screenshot taken at capture as an exhibit in evidence.json and both reports', async () => {
    const c = await createCase(db, 'Screenshot case');
    await setCaseMember(db, c.id, { conversationId: room([]).conversation.id }, true);
    const [capture] = (await db.captures.toArray()).filter((k) => k.conversationId === room([]).conversation.id);
    const set = await gatherEvidence(db, { caseId: c.id }, software, new Date('2026-03-21T00:00:00Z'));
    // The screenshot as a capture from the toolbar keeps it (the store's screenshot path is tested with the capture flow).
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
    const path = `captures/${capture!.id}/screenshot-1.png`;
    set.files.set(path, png);
    set.captures.find((k) => k.id === capture!.id)!.files.push({ path, sha256: sha256Hex(png), bytes: png.length, mediaType: 'image/png' });
    set.cases![0]!.exhibits = syncExhibits([], exhibitCandidates(set.cases![0]!, set.messages, set.terms, set.captures));
    const files = buildBundleFiles(set);
    const doc = JSON.parse(new TextDecoder().decode(files.get('evidence.json')));
    expect(schemaErrors(doc)).toEqual([]);
    expect(doc.cases[0].exhibits).toEqual([{ number: 'E-1', kind: 'capture', id: capture!.id }]);
    expect(doc.cases[0].statement).toContain(`E-1: the screenshot of the page taken at capture ${capture!.id}.`);
    // report.md escapes Markdown's characters; read it as a reader would.
    for (const report of ['report.html', 'report.md']) expect(new TextDecoder().decode(files.get(report)).replace(/\\(.)/g, '$1')).toMatch(new RegExp(`E-1[^\\n]*Screenshot of [^\\n]*${capture!.id}[^\\n]*screenshot-1\\.png`));
  });

  it('refuses a case that is gone, in words', async () => {
    await expect(gatherEvidence(db, { caseId: 'case_gone' }, software)).rejects.toThrow(/no longer stored/);
  });
});
