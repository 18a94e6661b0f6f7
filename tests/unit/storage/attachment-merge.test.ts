import { describe, expect, it } from 'vitest';
import { mergeAttachments } from '../../../src/storage/files/attachment-merge';
import type { Attachment } from '../../../src/shared/model';

const URL_A = 'https://www.upwork.com/ab/messages/att/a';
const URL_B = 'https://www.upwork.com/ab/messages/att/b';
const plain = (url: string | null, name = 'brief.pdf'): Attachment => ({ name, size: '24 KB', url });
const saved = (url: string, sha = 'a'.repeat(64)): Attachment => ({ ...plain(url), sha256: sha, savedBytes: 24_000, mediaType: 'application/pdf' });
const failed = (url: string | null, downloadError = 'Upwork answered 404 (not found)'): Attachment => ({ ...plain(url), sha256: null, downloadError });

describe('attachments seen again', () => {
  it.each<[string, Attachment[], Attachment[], Attachment[] | null]>([
    ['nothing differs', [saved(URL_A)], [saved(URL_A)], null],
    ['a file saved now is recorded', [plain(URL_A)], [saved(URL_A)], [saved(URL_A)]],
    ['a saved file replaces an earlier failure', [failed(URL_A)], [saved(URL_A)], [saved(URL_A)]],
    ['a stored file is kept when a later capture did not save it', [saved(URL_A)], [failed(URL_A, 'not saved: saving attachment files is turned off in settings')], null],
    ['a stored file is kept when a later capture saw no file fields', [saved(URL_A)], [plain(URL_A)], null],
    ['a newer failure replaces an older one', [failed(URL_A)], [failed(URL_A, 'the download failed: network error')], [failed(URL_A, 'the download failed: network error')]],
    ['the same failure again is no change', [failed(URL_A)], [failed(URL_A)], null],
    ['a first failure is recorded on an attachment from before files were saved', [plain(URL_A)], [failed(URL_A)], [failed(URL_A)]],
    ['a deleted message showing no attachments keeps its stored ones', [saved(URL_A)], [], null],
    ['a fuller list keeps the stored file of the attachment it already had', [saved(URL_A)], [plain(URL_A), saved(URL_B, 'b'.repeat(64))], [saved(URL_A), saved(URL_B, 'b'.repeat(64))]],
    ['attachments without links are matched by name', [failed(null, 'x'), plain(null, 'two.txt')], [{ ...failed(null, 'y'), name: 'two.txt' }, failed(null, 'x')], [failed(null, 'x'), { ...failed(null, 'y'), name: 'two.txt' }]],
  ])('%s', (_, stored, seen, expected) => {
    expect(mergeAttachments(stored, seen)).toEqual(expected);
  });
});
