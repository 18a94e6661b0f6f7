import { beforeEach, describe, expect, it } from 'vitest';
import { addCustomTag, setTagColour, custodyLog, gatherEvidence, recordExport, listTags, openEvidenceDb, setKey, setNote, setTag, storeCapture, storePageCapture, type EvidenceDb } from '../../../src/storage';
import { custodyProblems } from '../../../src/shared/custody';
import type { TermsRecord } from '../../../src/shared/model';
import { ROOM, captureInput, message, room } from '../helpers/capture-input';

let db: EvidenceDb;
const software = { name: 'Evidence Locker', version: '0.1.0' };
const first = message(1).id;

beforeEach(async () => {
  db = openEvidenceDb(`test-${Math.random()}`);
  await storeCapture(db, captureInput(room([message(1), message(2, { text: 'the invoice is wrong' })])), { extensionVersion: '0.1.0', blobs: [] });
});

describe('reviewing evidence', () => {
  it('has the six dispute types from the start, then custom tags', async () => {
    await addCustomTag(db, '  Late   payment ');
    expect((await listTags(db)).map((t) => t.id)).toEqual(['billing', 'quality', 'scope', 'deadline', 'communication', 'other', 'custom:late payment']);
  });

  it('keeps a custom tag\'s colour, logging its making and each colour change in custody', async () => {
    const tag = await addCustomTag(db, 'Refund', '#D93F3F');
    expect(tag).toEqual({ id: 'custom:refund', label: 'Refund', kind: 'custom', color: '#d93f3f' });
    await setTagColour(db, tag.id, '#2f8a3a');
    await setTagColour(db, tag.id, '#2f8a3a'); // no change, no event
    expect(await db.tags.get(tag.id)).toMatchObject({ color: '#2f8a3a' });
    const log = await custodyLog(db);
    expect(log.slice(1).map((e) => [e.event, e.subject, e.detail])).toEqual([
      ['tag', 'custom:refund', { label: 'Refund', color: '#d93f3f' }],
      ['tag', 'custom:refund', { label: 'Refund', color: '#2f8a3a', previous: '#d93f3f' }],
    ]);
    expect(custodyProblems(log)).toEqual([]);
  });

  it('refuses a colour outside the palette, a second tag of the same name and recolouring a dispute type, changing nothing', async () => {
    await expect(addCustomTag(db, 'Refund', '#ffff00')).rejects.toThrow('Choose one of the colours offered.');
    await addCustomTag(db, 'Refund');
    await expect(addCustomTag(db, ' refund ', '#d93f3f')).rejects.toThrow('There is already a tag “Refund”.');
    await expect(setTagColour(db, 'billing', '#d93f3f')).rejects.toThrow(/Only your own tags/);
    await expect(setTagColour(db, 'custom:refund', 'red')).rejects.toThrow(/colours offered/);
    expect(await db.tags.get('custom:refund')).toMatchObject({ color: '#3b6fd8' });
    expect((await custodyLog(db)).filter((e) => e.event === 'tag')).toHaveLength(1);
  });

  it('tags, untags, notes and marks key evidence, each in the custody chain', async () => {
    await setTag(db, { type: 'message', id: first }, 'billing', true);
    await setTag(db, { type: 'message', id: first }, 'billing', true); // no change, no event
    await setNote(db, { type: 'message', id: first }, 'Client agreed to this scope');
    await setKey(db, { type: 'message', id: first }, true);
    await setTag(db, { type: 'message', id: first }, 'billing', false);
    expect(await db.messages.get(first)).toMatchObject({ tags: [], note: 'Client agreed to this scope', key: true });
    const log = await custodyLog(db);
    expect(log.map((e) => e.event)).toEqual(['captured', 'tagged', 'noted', 'tagged', 'untagged']);
    expect(custodyProblems(log)).toEqual([]);
  });

  it('refuses an unknown tag and leaves the message as it was', async () => {
    await expect(setTag(db, { type: 'message', id: first }, 'nonsense', true)).rejects.toThrow(/no tag/);
    expect((await db.messages.get(first))?.tags).toEqual([]);
  });

  it('gathers what a filter shows and records the export', async () => {
    await setTag(db, { type: 'message', id: first }, 'scope', true);
    const set = await gatherEvidence(db, { tagId: 'scope' }, software, new Date('2026-11-26T10:04:00Z'));
    expect(set.messages.map((m) => m.id)).toEqual([first]);
    expect(set.scope.description).toBe('Evidence in tagged scope');
    expect(set.conversations).toHaveLength(1);
    expect(set.captures).toHaveLength(1);
    expect(set.custody.map((e) => e.event)).toEqual(['captured', 'tagged']);
    expect(custodyProblems(set.custody)).toEqual([]);
    const searched = await gatherEvidence(db, { text: 'INVOICE' }, software);
    expect(searched.messages.map((m) => m.text)).toEqual(['the invoice is wrong']);
  });

  it('stores the export event only when asked, naming the bundle, and refuses if the log moved on meanwhile', async () => {
    const bundle = { file: 'upwork-evidence-2026-11-26-dana.zip', datapackageSha256: 'a'.repeat(64), zipSha256: 'b'.repeat(64) };
    const set = await gatherEvidence(db, { conversationId: ROOM }, software, new Date('2026-11-26T10:04:00Z'));
    expect((await custodyLog(db)).map((e) => e.event)).toEqual(['captured']);
    await recordExport(db, set, bundle);
    const log = await custodyLog(db);
    expect(log.at(-1)).toMatchObject({
      event: 'exported', at: '2026-11-26T10:04:00.000Z', subject: bundle.file,
      detail: { bundle: bundle.file, datapackageSha256: bundle.datapackageSha256, zipSha256: bundle.zipSha256, scope: set.scope.description, filter: `{"conversationId":"${ROOM}"}`, messages: 2, conversations: 1 },
    });
    const stale = await gatherEvidence(db, {}, software);
    await setTag(db, { type: 'message', id: first }, 'billing', true);
    await expect(recordExport(db, stale, bundle)).rejects.toThrow(/changed while it was being exported/);
    expect((await custodyLog(db)).map((e) => e.event)).toEqual(['captured', 'exported', 'tagged']);
    expect(custodyProblems(await custodyLog(db))).toEqual([]);
  });

  it('lists in the export every capture that saw a message, though an unchanged recapture wrote no row', async () => {
    await storeCapture(db, captureInput(room([message(1), message(2, { text: 'the invoice is wrong' })]), '2026-03-21T10:00:00.000Z'), { extensionVersion: '0.1.0', blobs: [] });
    const set = await gatherEvidence(db, {}, software);
    expect(set.messages[0]?.captureIds).toEqual(set.captures.map((c) => c.id));
    expect(set.captures).toHaveLength(2);
  });

  it('reviews a contract like a message, and a tagged contract goes with the evidence of its tag', async () => {
    const contract: TermsRecord = {
      kind: 'contract',
      contract: {
        id: '38123456', title: 'Shopify store migration', type: 'fixed', client: 'Dana Whitfield', freelancer: 'Priya Raman', status: 'Active',
        rate: null, weeklyLimit: null, manualTimeAllowed: null, budget: { value: '2400.00', currency: 'USD' }, inEscrow: null, startDate: '2026-03-03',
        terms: 'Migrate the store.', milestones: [{ title: 'Storefront scaffold', amount: { value: '600.00', currency: 'USD' }, dueDate: '2026-03-18', status: 'Paid', description: null }],
      },
    };
    const page = { captureId: 'cap_contract', pageKind: 'contract' as const, url: 'https://www.upwork.com/nx/wm/workroom/38123456', title: 'Contract | Upwork', actions: [], files: [], terms: contract };
    const environment = { capturedAt: '2026-03-20T10:00:00.000Z', timeZone: 'America/New_York', utcOffsetMinutes: -240, browser: 'Chromium', userAgent: 'test' };
    const { termsId } = await storePageCapture(db, { ...page, environment }, { extensionVersion: '0.1.0', blobs: [] });
    const subject = { type: 'terms' as const, id: termsId! };
    await setTag(db, subject, 'scope', true);
    await setNote(db, subject, 'Scope as agreed on day one');
    await setKey(db, subject, true);
    expect(await db.terms.get(termsId!)).toMatchObject({ tags: ['scope'], note: 'Scope as agreed on day one', key: true });
    expect((await custodyLog(db)).slice(-3).map((e) => [e.event, e.subject, e.detail['type']])).toEqual([
      ['tagged', termsId, 'terms'],
      ['noted', termsId, 'terms'],
      ['tagged', termsId, 'terms'],
    ]);
    const titles = async (filter: Parameters<typeof gatherEvidence>[1]) => (await gatherEvidence(db, filter, software)).terms.map((t) => t.id);
    expect(await titles({ tagId: 'scope' })).toEqual([termsId]);
    expect(await titles({ keyOnly: true })).toEqual([termsId]);
    expect(await titles({ text: 'storefront SCAFFOLD' })).toEqual([termsId]);
    expect(await titles({ tagId: 'billing' })).toEqual([]);
    await expect(setNote(db, { type: 'terms', id: 'contract:1' }, 'x')).rejects.toThrow(/That page is no longer stored/);
  });
});
