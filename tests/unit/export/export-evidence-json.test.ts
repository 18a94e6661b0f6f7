import { describe, expect, it } from 'vitest';
import { buildBundleFiles } from '../../../src/export';
import type { EvidenceDocument } from '../../../src/export';
import { CHRONOLOGICAL_IDS, makeEvidenceSet, ROOM_A, ROOM_B, text } from './export-fixtures';
import { schemaErrors } from './export-json-schema';

function evidence(set = makeEvidenceSet()): EvidenceDocument {
  return JSON.parse(text(buildBundleFiles(set).get('evidence.json'))) as EvidenceDocument;
}

describe('evidence.json', () => {
  it('has the top-level shape of the spec (terms arrays beyond it), with contracts and cases empty', () => {
    const doc = evidence();
    expect(Object.keys(doc)).toEqual(['format', 'formatVersion', 'exportedAt', 'software', 'scope', 'captures', 'conversations', 'messages', 'contracts', 'timesheets', 'jobPosts', 'offers', 'proposals', 'tags', 'cases']);
    expect(doc).toMatchObject({
      format: 'upwork-evidence',
      formatVersion: 2,
      exportedAt: '2026-11-26T10:04:00Z',
      software: { name: 'Evidence Locker for Upwork', version: '0.1.0' },
      scope: { description: 'All evidence' },
      contracts: [],
      cases: [],
    });
    expect(doc.scope).toEqual({ description: 'All evidence' });
  });

  it('validates against the shipped JSON Schema', () => {
    expect(schemaErrors(evidence())).toEqual([]);
  });

  it('the schema rejects a record that breaks it', () => {
    const doc = evidence() as unknown as { messages: Record<string, unknown>[] };
    (doc.messages[0] as Record<string, unknown>).sentAt = 'yesterday';
    delete (doc.messages[1] as Record<string, unknown>).sentAtText;
    expect(schemaErrors(doc)).toEqual(expect.arrayContaining(['$.messages[0].sentAt: must match a schema in anyOf', "$.messages[1]: must have required property 'sentAtText'"]));
  });

  it('puts messages in time order, equal times in page order, and keeps the page text of each time', () => {
    const doc = evidence();
    expect(doc.messages.map((m) => m.id)).toEqual(CHRONOLOGICAL_IDS);
    expect(doc.messages[0]).toMatchObject({ sentAt: '2026-03-02T14:14:00Z', sentAtText: 'March 2, 2026 at 9:14 AM', sentAtPrecision: 'minute' });
  });

  it('orders captures by time and conversations by their first message', () => {
    const doc = evidence();
    expect(doc.captures.map((c) => c.id)).toEqual(['cap-1', 'cap-2']);
    expect(doc.conversations.map((c) => c.id)).toEqual([ROOM_A, ROOM_B]);
  });

  it('exports messages with the spec fields plus edited, and nothing storage-only', () => {
    const doc = evidence();
    const edited = doc.messages.find((m) => m.id === 'story_a2');
    expect(Object.keys(edited ?? {}).sort()).toEqual(
      ['id', 'conversationId', 'kind', 'sender', 'sentAt', 'sentAtText', 'sentAtPrecision', 'text', 'replyTo', 'attachments', 'deleted', 'edited', 'versions', 'firstCapturedAt', 'captureIds', 'sources', 'conflicts', 'tags', 'note', 'key', 'redactions', 'exhibit'].sort(),
    );
    expect(edited).toMatchObject({ edited: true, key: true, tags: ['scope'], versions: [{ text: 'Original reply # before the edit', seenAt: '2026-03-05T12:00:00Z', captureId: 'cap-1' }] });
    expect(doc.messages.find((m) => m.id === 'story_a3')).toMatchObject({ deleted: true, text: '=HYPERLINK("http://x")' });
    expect(doc.messages.find((m) => m.id === 'story_a4')).toMatchObject({ kind: 'system', sender: null });
  });

  it('names where every field of each message came from, and keeps both values where the page and its data disagreed', () => {
    const doc = evidence();
    const disputed = doc.messages.find((m) => m.id === 'story_a2')!;
    expect(disputed.sources).toEqual({ sender: 'dom', sentAt: 'both', text: 'dom', kind: 'dom', edited: 'dom', deleted: 'dom', attachments: 'dom' });
    expect(disputed.conflicts).toEqual([{ field: 'text', dom: disputed.text, pageData: expect.stringContaining('<script') }]);
    const plain = doc.messages.find((m) => m.id === 'story_a1')!;
    expect(Object.values(plain.sources).every((s) => s === 'dom')).toBe(true);
    expect(plain.conflicts).toEqual([]);
  });

  it('orders earlier versions oldest first whatever order storage kept', () => {
    const set = makeEvidenceSet();
    const m = set.messages.find((x) => x.id === 'story_a2');
    m?.versions.unshift({ text: 'newer', seenAt: '2026-03-06T00:00:00Z', captureId: 'cap-1' });
    expect(evidence(set).messages.find((x) => x.id === 'story_a2')?.versions.map((v) => v.text)).toEqual(['Original reply # before the edit', 'newer']);
  });

  it('maps captures to the spec, the workroom layout as messages-room with its variant', () => {
    const [first, second] = evidence().captures;
    expect(first).toMatchObject({ pageKind: 'messages-room', files: ['captures/cap-1/page.html'], timeZone: 'America/New_York', utcOffsetMinutes: -240, extensionVersion: '0.1.0' });
    expect(first).not.toHaveProperty('pageVariant');
    expect(first).not.toHaveProperty('counts');
    expect(second).toMatchObject({ pageKind: 'messages-room', pageVariant: 'workroom-messages', files: ['captures/cap-2/page.html'] });
  });

  it('exports the set\'s tags, custom ones included with their colour', () => {
    const tags = evidence().tags;
    expect(tags.map((t) => t.id)).toEqual(['billing', 'quality', 'scope', 'deadline', 'communication', 'other', 'custom-1']);
    expect(tags[0]).toEqual({ id: 'billing', label: 'Billing', kind: 'dispute-type' });
    expect(tags.at(-1)).toEqual({ id: 'custom-1', label: '<b>Scope creep</b>', kind: 'custom', color: '#d93f3f' });
  });
});
