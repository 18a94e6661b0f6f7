import { describe, expect, it } from 'vitest';
import { MessageIndex, messageRecord, sortHits, type IndexedRecord } from '../../../src/search/message-index';
import { highlightPieces } from '../../../src/search/highlight';
import type { StoredMessage } from '../../../src/shared/model';

function message(id: string, text: string, more: Partial<StoredMessage> = {}): StoredMessage {
  return {
    id, text, conversationId: 'room_a', sender: 'Ana Client', sentAt: '2026-01-02T10:00:00Z', position: 0, attachments: [],
    versions: [], deletedSeenAt: null, firstCapturedAt: '2026-01-02T10:00:00Z', captureIds: [], tags: [], note: '', key: false,
    ...more,
  } as StoredMessage;
}

const record = (id: string, text: string): IndexedRecord => ({ id, kind: 'message', at: null, room: 'room_a', pos: 0, text, sender: '', note: '', names: '' });

/** The ids a query finds, as a set. */
const ids = (index: MessageIndex, query: string, kind?: IndexedRecord['kind']) => new Set(index.find(query, kind).map((h) => h.id));

describe('message index', () => {
  it('finds messages holding every word, the last one as a prefix', () => {
    const index = MessageIndex.empty();
    index.put(messageRecord(message('m1', 'The milestone payment is late')));
    index.put(messageRecord(message('m2', 'Payment sent for the logo')));
    expect(ids(index, 'payment')).toEqual(new Set(['m1', 'm2']));
    expect(ids(index, 'payment mile')).toEqual(new Set(['m1']));
    expect(ids(index, 'PAYMENT LOGO')).toEqual(new Set(['m2']));
    expect(ids(index, 'invoice')).toEqual(new Set());
  });

  it('searches senders, notes, attachment names and earlier versions', () => {
    const index = MessageIndex.empty();
    index.put(messageRecord(message('m1', 'hi', { sender: 'Bruno Freelancer' })));
    index.put(messageRecord(message('m2', 'see file', { attachments: [{ name: 'invoice-42.pdf' }] as StoredMessage['attachments'] })));
    index.put(messageRecord(message('m3', 'fine', { note: 'client admits scope' })));
    index.put(messageRecord(message('m4', 'edited now', { versions: [{ text: 'original wording' }] as StoredMessage['versions'] })));
    expect(ids(index, 'bruno')).toEqual(new Set(['m1']));
    expect(ids(index, 'invoice 42')).toEqual(new Set(['m2']));
    expect(ids(index, 'admits')).toEqual(new Set(['m3']));
    expect(ids(index, 'original')).toEqual(new Set(['m4']));
  });

  it('updates and removes single records, and survives a save and load', () => {
    const index = MessageIndex.empty();
    index.put(record('m1', 'deadline friday'));
    index.put(record('m2', 'deadline monday'));
    index.put(record('m1', 'deadline moved'));
    expect(ids(index, 'friday')).toEqual(new Set());
    expect(ids(index, 'moved')).toEqual(new Set(['m1']));
    index.remove('m2');
    index.remove('never-indexed');
    expect(ids(index, 'deadline')).toEqual(new Set(['m1']));
    const loaded = MessageIndex.load(index.toJSON());
    expect(loaded.size).toBe(1);
    loaded.put(record('m3', 'deadline again'));
    expect(ids(loaded, 'deadline')).toEqual(new Set(['m1', 'm3']));
  });

  it('keeps messages and contract terms apart', () => {
    const index = MessageIndex.empty();
    index.put(record('m1', 'fixed price'));
    index.put({ ...record('terms:c1', 'fixed price contract'), kind: 'terms' });
    expect(ids(index, 'fixed')).toEqual(new Set(['m1']));
    expect(ids(index, 'fixed', 'terms')).toEqual(new Set(['terms:c1']));
  });

  it('carries each hit\'s time, room and place, and sweeps removed words out of what it saves', async () => {
    const index = MessageIndex.empty();
    index.put(messageRecord(message('m1', 'refund please', { sentAt: '2026-01-03T09:00:00Z', position: 4 })));
    index.put(messageRecord(message('m2', 'secret refund terms')));
    expect(index.find('please')).toEqual([{ id: 'm1', at: '2026-01-03T09:00:00Z', room: 'room_a', pos: 4 }]);
    index.remove('m2');
    await index.sweep();
    expect(index.toJSON()).not.toContain('secret');
    expect(ids(MessageIndex.load(index.toJSON()), 'refund')).toEqual(new Set(['m1']));
  });

  it('treats markup and regex characters as separators, never as a pattern', () => {
    const index = MessageIndex.empty();
    index.put(record('m1', 'price is $500 (fixed) <b>final</b>'));
    index.put(record('m2', 'anything at all'));
    for (const hostile of ['.*', '(', '[a-z]+', '\\', '<script>', '$^|?', '"\'']) expect(ids(index, hostile).has('m2'), hostile).toBe(false);
    expect(ids(index, '<b>final</b>')).toEqual(new Set(['m1']));
    expect(ids(index, '(fixed)')).toEqual(new Set(['m1']));
    expect(ids(index, '$500')).toEqual(new Set(['m1']));
  });
});

describe('sortHits', () => {
  it('orders hits as the list does: by time, then room and place, undated last', () => {
    const hit = (id: string, at: string | null, room = 'room_a', pos = 0) => ({ id, at, room, pos });
    const sorted = sortHits([hit('u', null), hit('late', '2026-01-02T10:00:00Z'), hit('b2', '2026-01-01T10:00:00Z', 'room_b', 2), hit('b1', '2026-01-01T10:00:00Z', 'room_b', 1), hit('a', '2026-01-01T10:00:00Z')]);
    expect(sorted.map((h) => h.id)).toEqual(['a', 'b1', 'b2', 'late', 'u']);
  });
});

describe('highlightPieces', () => {
  it('marks word starts matching the query, keeping the rest as plain text', () => {
    expect(highlightPieces('Payment is late; pay now', 'pay late')).toEqual([
      { text: 'Pay', match: true }, { text: 'ment is ', match: false }, { text: 'late', match: true },
      { text: '; ', match: false }, { text: 'pay', match: true }, { text: ' now', match: false },
    ]);
  });

  it('returns markup in the text as plain pieces and ignores a hostile query', () => {
    const text = '<img src=x onerror=alert(1)> ok';
    expect(highlightPieces(text, '.*[(')).toEqual([{ text, match: false }]);
    expect(highlightPieces(text, 'img').map((p) => p.text).join('')).toBe(text);
    expect(highlightPieces(text, 'img')[1]).toEqual({ text: 'img', match: true });
  });
});
