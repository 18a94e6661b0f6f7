// A filtered export says nothing about records outside its scope, in any file: its custody lines
// about them are withheld (the log still checks), and custom tags no exported record uses go unlisted.
import { describe, expect, it } from 'vitest';
import { buildBundleFiles, verifyBundle } from '../../../src/export';
import { chainCustody, type CustodyEntry } from '../../../src/shared/custody';
import { parseCustodyJsonl } from '../../../src/export/bundle/custody-jsonl';
import { scopeKey } from '../../../src/shared/evidence-filter';
import type { CustodyEvent, CustodyLine, EvidenceSet } from '../../../src/shared/model';
import { ROOM_A, ROOM_B, makeEvidenceSet, text } from './export-fixtures';
import { signedZip } from './export-tamper';

const NOTE_ON_A = 'Client A never paid the second milestone';
const ROOM_B_SCOPE = { conversationId: ROOM_B };

function log(entries: CustodyEntry[]): CustodyEvent[] {
  const out: CustodyEvent[] = [];
  for (const e of entries) out.push(chainCustody(out.at(-1) ?? null, e));
  return out;
}

/** Both rooms reviewed and exported on this device; the set holds room B only, as gatherEvidence reads it. */
function roomBExport(): EvidenceSet {
  const all = makeEvidenceSet();
  return {
    ...all,
    scope: { description: 'Evidence in conversation B', filter: ROOM_B_SCOPE },
    captures: all.captures.filter((c) => c.conversationId === ROOM_B),
    conversations: all.conversations.filter((c) => c.id === ROOM_B).map((c) => ({ ...c, participants: ['Priya Raman'] })),
    messages: all.messages.filter((m) => m.conversationId === ROOM_B),
    files: new Map([...all.files].filter(([path]) => path.startsWith('captures/cap-2/'))),
    custody: log([
      { at: '2026-03-09T15:00:00Z', event: 'tag', subject: 'custom-1', detail: { label: '<b>Scope creep</b>', color: '#d93f3f' } },
      { at: '2026-03-10T15:00:00Z', event: 'captured', subject: 'cap-1', detail: { conversationId: ROOM_A, url: `https://www.upwork.com/ab/messages/rooms/${ROOM_A}`, messages: 4 } },
      { at: '2026-03-11T15:00:00Z', event: 'captured', subject: 'cap-2', detail: { conversationId: ROOM_B, url: 'https://www.upwork.com/nx/wm/workroom/38123457/messages', messages: 2 } },
      { at: '2026-03-12T09:00:00Z', event: 'tagged', subject: 'story_a1', detail: { type: 'message', tag: 'custom-1' } },
      { at: '2026-03-12T09:01:00Z', event: 'noted', subject: 'story_a1', detail: { type: 'message', note: NOTE_ON_A } },
      { at: '2026-03-12T09:02:00Z', event: 'noted', subject: ROOM_B, detail: { type: 'conversation', note: 'Second contract' } },
      { at: '2026-03-12T09:03:00Z', event: 'tagged', subject: 'story_b1', detail: { type: 'message', tag: 'billing' } },
      // A capture that names room B but is not in the export, and a review event that names no kind of record.
      { at: '2026-03-12T09:04:00Z', event: 'recaptured', subject: 'cap-9', detail: { conversationId: ROOM_B } },
      { at: '2026-03-12T09:05:00Z', event: 'noted', subject: 'story_b1', detail: { type: 'terms', note: 'not a terms record' } },
      { at: '2026-03-13T09:00:00Z', event: 'exported', subject: 'a.zip', detail: { bundle: 'upwork-evidence-2026-03-13-dana-whitfield.zip', filter: scopeKey({ conversationId: ROOM_A }) } },
      { at: '2026-03-13T10:00:00Z', event: 'exported', subject: 'b.zip', detail: { bundle: 'b.zip', filter: scopeKey(ROOM_B_SCOPE) } },
      { at: '2026-03-13T11:00:00Z', event: 'exported', subject: 'all.zip', detail: { bundle: 'all.zip', scope: 'All evidence', filter: scopeKey({}) } },
      { at: '2026-03-14T09:00:00Z', event: 'imported', subject: 'other', detail: { bundle: 'other', added: { messages: 3 } } },
      { at: '2026-03-14T09:05:00Z', event: 'deleted', subject: 'story_b1', detail: {} },
    ]),
  };
}

const isShown = (l: CustodyLine): l is CustodyEvent => !('withheld' in l);

describe('an export of one conversation', () => {
  it('shows custody lines about its records and withholds every other, in order', () => {
    const lines = parseCustodyJsonl(text(buildBundleFiles(roomBExport()).get('custody.jsonl'))).events;
    expect(lines.map((l) => l.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(lines.filter(isShown).map((e) => `${e.event} ${e.subject}`)).toEqual(['captured cap-2', 'noted ' + ROOM_B, 'tagged story_b1', 'exported b.zip']);
  });

  it('holds no id, URL, title, message, note or tag of the other room in any file, and still verifies', async () => {
    const files = buildBundleFiles(roomBExport());
    const forbidden = [ROOM_A, 'cap-1', 'story_a', 'Can you migrate the store', 'Milestone 1 funded', NOTE_ON_A, 'Scope creep', 'custom-1', '38123456', 'dana-whitfield', 'a.zip', 'all.zip'];
    for (const [path, bytes] of files) {
      const content = text(bytes);
      for (const word of forbidden) expect(content.includes(word), `${path} mentions ${word}`).toBe(false);
    }
    expect(await verifyBundle(await signedZip(files))).toMatchObject({ ok: true, problems: [] });
  });

  it('names its scope in evidence.json and lists the dispute types but not unused custom tags', () => {
    const doc = JSON.parse(text(buildBundleFiles(roomBExport()).get('evidence.json'))) as { scope: unknown; tags: { id: string }[] };
    expect(doc.scope).toEqual({ description: 'Evidence in conversation B', conversationId: ROOM_B });
    expect(doc.tags.map((t) => t.id)).toEqual(['billing', 'quality', 'scope', 'deadline', 'communication', 'other']);
  });

  it('lists a custom tag, with its colour and the custody line that made it, once an exported record carries it', () => {
    const set = roomBExport();
    set.tags = set.tags.map((t) => (t.id === 'custom-1' ? { ...t, color: '#d93f3f' } : t));
    set.messages = set.messages.map((m, i) => (i === 0 ? { ...m, tags: ['custom-1'] } : m));
    const files = buildBundleFiles(set);
    const doc = JSON.parse(text(files.get('evidence.json'))) as { tags: { id: string }[] };
    expect(doc.tags.find((t) => t.id === 'custom-1')).toEqual({ id: 'custom-1', label: '<b>Scope creep</b>', kind: 'custom', color: '#d93f3f' });
    const lines = parseCustodyJsonl(text(files.get('custody.jsonl'))).events;
    expect(lines.filter(isShown).map((e) => `${e.event} ${e.subject}`)).toContain('tag custom-1');
  });

  it('shows withheld lines in both reports as withheld, with their hashes', () => {
    const files = buildBundleFiles(roomBExport());
    expect(text(files.get('report.md'))).toContain('1. withheld (about records outside this export), hash');
    expect(text(files.get('report.html'))).toContain('<td colspan="4">withheld (about records outside this export)</td>');
    expect(text(files.get('report.html'))).not.toContain('breaks every later hash');
  });
});

describe('an export of everything', () => {
  it('shows every line and every tag', () => {
    const set = { ...roomBExport(), scope: { description: 'All evidence', filter: {} } };
    const files = buildBundleFiles(set);
    expect(parseCustodyJsonl(text(files.get('custody.jsonl'))).events.every(isShown)).toBe(true);
    expect(text(files.get('evidence.json'))).toContain('custom-1');
  });
});
