import { describe, expect, it } from 'vitest';
import { mergeMessage } from '../../../src/storage/capture/message-merge';
import { message } from '../helpers/capture-input';

const first = { conversationId: 'room_a', captureId: 'cap_1', capturedAt: '2026-03-20T10:00:00Z', position: 0, previous: null };
const second = { conversationId: 'room_a', captureId: 'cap_2', capturedAt: '2026-03-21T10:00:00Z', position: 3, previous: { captureId: 'cap_1', capturedAt: first.capturedAt } };

describe('merging a message seen again', () => {
  const stored = mergeMessage(undefined, message(1), first).record;

  it('is new the first time, with empty review fields', () => {
    expect(mergeMessage(undefined, message(1), first)).toMatchObject({ change: 'new', record: { tags: [], note: '', key: false, versions: [], captureIds: ['cap_1'], firstCapturedAt: first.capturedAt } });
  });

  it('is unchanged when nothing differs, and then the stored row is returned as it was', () => {
    const reviewed = { ...stored, tags: ['billing'], note: 'n', key: true };
    const { change, record } = mergeMessage(reviewed, message(1), second);
    expect(change).toBe('unchanged');
    expect(record).toBe(reviewed);
  });

  it('is edited when the text differs, keeping the earlier text as last seen in the capture before', () => {
    const { change, record } = mergeMessage({ ...stored, tags: ['scope'] }, message(1, { text: 'new words' }), second);
    expect(change).toBe('edited');
    expect(record.versions).toEqual([{ text: 'Message number 1', seenAt: first.capturedAt, captureId: 'cap_1' }]);
    expect(record).toMatchObject({ edited: true, text: 'new words', tags: ['scope'], captureIds: ['cap_1', 'cap_2'] });
  });

  it('is deleted once, keeping the last text, and stays deleted', () => {
    const gone = mergeMessage(stored, message(1, { text: '', deleted: true }), second);
    expect(gone).toMatchObject({ change: 'deleted', record: { deleted: true, text: 'Message number 1', deletedSeenAt: second.capturedAt } });
    const third = { ...second, captureId: 'cap_3', capturedAt: '2026-03-22T10:00:00Z' };
    expect(mergeMessage(gone.record, message(1, { text: '', deleted: true }), third)).toMatchObject({ change: 'unchanged', record: { deletedSeenAt: second.capturedAt } });
  });

  it('is refined, not counted, when a later capture reads the exact time from the page data', () => {
    const exact = message(1, { sentAt: '2026-03-02T09:01:27.431Z', sentAtPrecision: 'millisecond', sentAtText: null, sources: { sentAt: 'page-data' } });
    const { change, record } = mergeMessage(stored, exact, second);
    expect(change).toBe('refined');
    expect(record).toMatchObject({ sentAt: '2026-03-02T09:01:27.431Z', sentAtPrecision: 'millisecond', sentAtText: stored.sentAtText, sources: { sentAt: 'page-data' }, captureIds: ['cap_1'] });
  });

  it('never trades an exact time for a minute read from the page', () => {
    const exact = { ...stored, sentAt: '2026-03-02T09:01:27.431Z', sentAtPrecision: 'millisecond' as const };
    expect(mergeMessage(exact, message(1), second).change).toBe('unchanged');
  });

  it('keeps the time it first read when a later page shows none', () => {
    expect(mergeMessage(stored, message(1, { sentAt: null, sentAtText: null }), second).change).toBe('unchanged');
  });

  it('is refined, not counted, when an attachment file is saved, and keeps the file when a later capture does not save it', () => {
    const link = 'https://www.upwork.com/ab/messages/att/4f2a9c1e';
    const plain = { name: 'report.pdf', size: '240 KB', url: link };
    const file = { sha256: 'c'.repeat(64), savedBytes: 245_760, mediaType: 'application/pdf' };
    const first = mergeMessage(undefined, message(1, { attachments: [plain] }), { ...second, previous: null }).record;
    const withFile = mergeMessage(first, message(1, { attachments: [{ ...plain, ...file }] }), second);
    expect(withFile).toMatchObject({ change: 'refined', record: { attachments: [{ ...plain, ...file }] } });
    const later = { ...second, captureId: 'cap_3', capturedAt: '2026-03-22T10:00:00Z' };
    const off = message(1, { attachments: [{ ...plain, sha256: null, downloadError: 'not saved: saving attachment files is turned off in settings' }] });
    expect(mergeMessage(withFile.record, off, later)).toMatchObject({ change: 'unchanged', record: { attachments: [{ ...plain, ...file }] } });
    const edited = mergeMessage(withFile.record, message(1, { text: 'new words', attachments: [plain] }), later);
    expect(edited).toMatchObject({ change: 'edited', record: { attachments: [{ ...plain, ...file }] } });
  });
});

describe('provenance of a message seen again', () => {
  const stored = mergeMessage(undefined, message(1), first).record;
  const timeConflict = { field: 'sentAt' as const, dom: '2026-03-02T09:01:00Z', pageData: '2026-03-02T07:00:00Z' };

  it('keeps a disagreement between the page and its data once seen, adding new ones once', () => {
    const disputed = mergeMessage(stored, message(1, { conflicts: [timeConflict] }), second);
    expect(disputed).toMatchObject({ change: 'refined', record: { conflicts: [timeConflict] } });
    const third = { ...second, captureId: 'cap_3', capturedAt: '2026-03-22T10:00:00Z' };
    expect(mergeMessage(disputed.record, message(1, { conflicts: [timeConflict] }), third).change).toBe('unchanged');
    expect(mergeMessage(disputed.record, message(1), third).record.conflicts).toEqual([timeConflict]);
  });

  it('stops calling a message known only from the page\'s data so once the page shows it', () => {
    const allData = { sender: 'page-data', sentAt: 'page-data', text: 'page-data', kind: 'page-data', edited: 'page-data', deleted: 'page-data', attachments: 'page-data' } as const;
    const dataOnly = mergeMessage(undefined, message(1, { sources: allData }), first).record;
    const shown = mergeMessage(dataOnly, message(1, { sources: { sentAt: 'both', text: 'both' } }), second);
    expect(shown).toMatchObject({ change: 'refined', record: { sources: { sentAt: 'both', text: 'both' } } });
  });
});
