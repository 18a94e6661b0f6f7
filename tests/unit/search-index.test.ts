import { describe, expect, it } from 'vitest';
import { MessageIndex, messageRecord, type IndexedRecord } from '../../src/search/message-index';
import { highlightPieces } from '../../src/search/highlight';
import type { StoredMessage } from '../../src/shared/model';

function message(id: string, text: string, more: Partial<StoredMessage> = {}): StoredMessage {
  return {
    id, text, conversationId: 'room_a', sender: 'Ana Client', sentAt: '2026-01-02T10:00:00Z', position: 0, attachments: [],
    versions: [], deletedSeenAt: null, firstCapturedAt: '2026-01-02T10:00:00Z', captureIds: [], tags: [], note: '', key: false,
    ...more,
  } as StoredMessage;
}

const record = (id: string, text: string): IndexedRecord => ({ id, kind: 'message', text, sender: '', note: '', names: '' });

describe('message index', () => {
  it('finds messages holding every word, the last one as a prefix', () => {
    const index = MessageIndex.empty();
    index.put(messageRecord(message('m1', 'The milestone payment is late')));
    index.put(messageRecord(message('m2', 'Payment sent for the logo')));
    expect(index.find('payment')).toEqual(new Set(['m1', 'm2']));
    expect(index.find('payment mile')).toEqual(new Set(['m1']));
    expect(index.find('PAYMENT LOGO')).toEqual(new Set(['m2']));
    expect(index.find('invoice')).toEqual(new Set());
  });

  it('searches senders, notes, attachment names and earlier versions', () => {
    const index = MessageIndex.empty();
    index.put(messageRecord(message('m1', 'hi', { sender: 'Bruno Freelancer' })));
    index.put(messageRecord(message('m2', 'see file', { attachments: [{ name: 'invoice-42.pdf' }] as StoredMessage['attachments'] })));
    index.put(messageRecord(message('m3', 'fine', { note: 'client admits scope' })));
    index.put(messageRecord(message('m4', 'edited now', { versions: [{ text: 'original wording' }] as StoredMessage['versions'] })));
    expect(index.find('bruno')).toEqual(new Set(['m1']));
    expect(index.find('invoice 42')).toEqual(new Set(['m2']));
    expect(index.find('admits')).toEqual(new Set(['m3']));
    expect(index.find('original')).toEqual(new Set(['m4']));
  });

  it('updates and removes single records, and survives a save and load', () => {
    const index = MessageIndex.empty();
    index.put(record('m1', 'deadline friday'));
    index.put(record('m2', 'deadline monday'));
    index.put(record('m1', 'deadline moved'));
    expect(index.find('friday')).toEqual(new Set());
    expect(index.find('moved')).toEqual(new Set(['m1']));
    index.remove('m2');
    index.remove('never-indexed');
    expect(index.find('deadline')).toEqual(new Set(['m1']));
    const loaded = MessageIndex.load(index.toJSON());
    expect(loaded.size).toBe(1);
    loaded.put(record('m3', 'deadline again'));
    expect(loaded.find('deadline')).toEqual(new Set(['m1', 'm3']));
  });

  it('keeps messages and contract terms apart', () => {
    const index = MessageIndex.empty();
    index.put(record('m1', 'fixed price'));
    index.put({ ...record('terms:c1', 'fixed price contract'), kind: 'terms' });
    expect(index.find('fixed')).toEqual(new Set(['m1']));
    expect(index.find('fixed', 'terms')).toEqual(new Set(['terms:c1']));
  });

  it('treats markup and regex characters as separators, never as a pattern', () => {
    const index = MessageIndex.empty();
    index.put(record('m1', 'price is $500 (fixed) <b>final</b>'));
    index.put(record('m2', 'anything at all'));
    for (const hostile of ['.*', '(', '[a-z]+', '\\', '<script>', '$^|?', '"\'']) expect(index.find(hostile).has('m2'), hostile).toBe(false);
    expect(index.find('<b>final</b>')).toEqual(new Set(['m1']));
    expect(index.find('(fixed)')).toEqual(new Set(['m1']));
    expect(index.find('$500')).toEqual(new Set(['m1']));
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
