import { describe, expect, it } from 'vitest';
import { mergeMessage } from '../../src/storage/message-merge';
import { message } from './helpers/capture-input';

const first = { conversationId: 'room_a', captureId: 'cap_1', capturedAt: '2026-03-20T10:00:00Z', position: 0 };
const second = { conversationId: 'room_a', captureId: 'cap_2', capturedAt: '2026-03-21T10:00:00Z', position: 3 };

describe('merging a message seen again', () => {
  const stored = mergeMessage(undefined, message(1), first).record;

  it('is new the first time, with empty review fields', () => {
    expect(mergeMessage(undefined, message(1), first)).toMatchObject({ change: 'new', record: { tags: [], note: '', key: false, versions: [], captureIds: ['cap_1'] } });
  });

  it('is unchanged when the text is the same, and keeps the user review', () => {
    const reviewed = { ...stored, tags: ['billing'], note: 'n', key: true };
    const { change, record } = mergeMessage(reviewed, message(1), second);
    expect(change).toBe('unchanged');
    expect(record).toMatchObject({ tags: ['billing'], note: 'n', key: true, position: 3, captureIds: ['cap_1', 'cap_2'], lastCapturedAt: second.capturedAt });
  });

  it('is edited when the text differs, keeping the earlier text as a version', () => {
    const { change, record } = mergeMessage(stored, message(1, { text: 'new words' }), second);
    expect(change).toBe('edited');
    expect(record.versions).toEqual([{ text: 'Message number 1', seenAt: first.capturedAt, captureId: 'cap_1' }]);
    expect(record.edited).toBe(true);
  });

  it('is deleted once, keeping the last text, and stays deleted', () => {
    const gone = mergeMessage(stored, message(1, { text: '', deleted: true }), second);
    expect(gone).toMatchObject({ change: 'deleted', record: { deleted: true, text: 'Message number 1', deletedSeenAt: second.capturedAt } });
    const third = { ...second, captureId: 'cap_3', capturedAt: '2026-03-22T10:00:00Z' };
    expect(mergeMessage(gone.record, message(1, { text: '', deleted: true }), third)).toMatchObject({ change: 'unchanged', record: { deletedSeenAt: second.capturedAt } });
  });

  it('keeps the time it first read when a later page shows none', () => {
    const { record } = mergeMessage(stored, message(1, { sentAt: null, sentAtText: null }), second);
    expect(record.sentAt).toBe(stored.sentAt);
  });
});
