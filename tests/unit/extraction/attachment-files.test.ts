import { describe, expect, it } from 'vitest';
import { attachmentExtension, attachmentMediaType, attachmentPath, isAttachmentPathFor, isCompressible } from '../../../src/shared/attachment-files';
import { formatBytes } from '../../../src/shared/byte-size';

const SHA = 'ab'.repeat(32);

describe('the bundle path of an attachment file', () => {
  it.each([
    ['sync-test-report.pdf', 'pdf'],
    ['Scan.JPEG', 'jpeg'],
    ['archive.tar.gz', 'gz'],
    ['  notes.TXT  ', 'txt'],
    ['no-extension', 'bin'],
    ['.bashrc', 'bin'],
    ['trailing-dot.', 'bin'],
    ['long.extension12', 'bin'],
    ['evil.p/../df', 'bin'],
    ['<img src=x onerror=alert(1)>.pdf', 'pdf'],
    ['invoice\u202Efdp.exe', 'exe'],
    ['résumé.dóc', 'bin'],
    ['', 'bin'],
  ])('takes the extension of %j as %j', (name, ext) => {
    expect(attachmentExtension(name)).toBe(ext);
    expect(attachmentPath(SHA, name)).toBe(`attachments/${SHA}.${ext}`);
  });

  it('accepts only well-formed attachment paths named by their own hash', () => {
    expect(isAttachmentPathFor(`attachments/${SHA}.pdf`, SHA)).toBe(true);
    expect(isAttachmentPathFor(`attachments/${SHA}.pdf`, 'cd'.repeat(32))).toBe(false);
    expect(isAttachmentPathFor(`attachments/${SHA}.PDF`, SHA)).toBe(false);
    expect(isAttachmentPathFor(`attachments/../${SHA}.pdf`, SHA)).toBe(false);
    expect(isAttachmentPathFor(`captures/${SHA}.pdf`, SHA)).toBe(false);
  });
});

describe('how an attachment file is stored', () => {
  it.each([
    ['text/csv', true],
    ['text/plain', true],
    ['application/json', true],
    ['application/ld+json', true],
    ['application/xml', true],
    ['image/svg+xml', true],
    ['application/pdf', false],
    ['image/png', false],
    ['application/zip', false],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', false],
  ])('%s is gzip-compressed: %s', (type, compressible) => {
    expect(isCompressible(type)).toBe(compressible);
  });

  it('records the served media type, or guesses from the name when the server says only octet-stream', () => {
    expect(attachmentMediaType('application/pdf; charset=binary', 'x.bin')).toBe('application/pdf');
    expect(attachmentMediaType('application/octet-stream', 'brief.PDF')).toBe('application/pdf');
    expect(attachmentMediaType(null, 'rates.csv')).toBe('text/csv');
    expect(attachmentMediaType('', 'mystery')).toBe('application/octet-stream');
    expect(attachmentMediaType('not a type', 'photo.png')).toBe('image/png');
  });
});

describe('sizes in words', () => {
  it.each([
    [512, '512 bytes'],
    [24 * 1024, '24 KB'],
    [1024 * 1024, '1.0 MB'],
    [32_715_571, '31.2 MB'],
  ])('%d bytes reads %s', (bytes, words) => {
    expect(formatBytes(bytes)).toBe(words);
  });
});
