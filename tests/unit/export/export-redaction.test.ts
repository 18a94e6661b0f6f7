// An export with redactions: no hidden span survives in any file of the bundle, each "[redacted]"
// is recorded where it stands with the original's hash, left-out files are gone but named, and
// the bundle still verifies. The evidence set given to the exporter (the store's records) is
// never changed.
import { describe, expect, it } from 'vitest';
import { buildBundleFiles, signBundleFiles, verifyBundle, zipBundle } from '../../../src/export';
import { sha256Hex } from '../../../src/shared/hash';
import type { EvidenceSet, StoredMessage } from '../../../src/shared/model';
import { REDACTED } from '../../../src/shared/redaction';
import { PATH, SHA, setWithAttachments } from './export-attachment-fixtures';
import { text } from './export-fixtures';
import { schemaErrors } from './export-json-schema';
import { openEvidenceDb } from '../../../src/storage';
import { importEvidence } from '../../../src/ui/dashboard/import-evidence';
import { signedZip } from './export-tamper';

const PHONE = '555-123-4567';
const EMAIL = 'dana.private@example.com';
const ORIGINAL = `Call me on ${PHONE} or mail ${EMAIL}, not here.`;
const PAGE = new TextEncoder().encode(`<html><body><p>${ORIGINAL}</p></body></html>`);
const AT = '2026-03-20T10:00:00Z';

/** story_a1 redacts the phone number and the email and leaves its file out; story_b2 (room B) repeats the number. */
function redactedSet(): EvidenceSet {
  const set = setWithAttachments();
  const textSha256 = sha256Hex(ORIGINAL);
  set.messages = set.messages.map((m): StoredMessage => {
    if (m.id === 'story_a1') {
      return {
        ...m,
        text: ORIGINAL,
        edited: true,
        versions: [{ text: `Call me on ${PHONE}`, seenAt: '2026-03-05T12:00:00Z', captureId: 'cap-1' }],
        // The page's own data disagreed: both values of a conflict are texts that hold the secrets too.
        conflicts: [{ field: 'text', dom: ORIGINAL, pageData: `Call me on ${PHONE} later` }],
        redactions: {
          spans: [
            { start: ORIGINAL.indexOf(PHONE), end: ORIGINAL.indexOf(PHONE) + PHONE.length, reason: 'phone number', textSha256, at: AT },
            { start: ORIGINAL.indexOf(EMAIL), end: ORIGINAL.indexOf(EMAIL) + EMAIL.length, reason: 'email address', textSha256, at: AT },
          ],
          files: [{ sha256: SHA, reason: "a third party's details", at: AT }],
        },
      };
    }
    if (m.id === 'story_b2') return { ...m, text: `Her number is ${PHONE}` };
    return m;
  });
  const page = set.captures.find((c) => c.id === 'cap-1')!;
  page.files = [{ path: 'captures/cap-1/page.html', sha256: sha256Hex(PAGE), bytes: PAGE.length, mediaType: 'text/html' }];
  set.files.set('captures/cap-1/page.html', PAGE);
  return set;
}

interface Doc {
  captures: { id: string; files: string[]; filesLeftOut?: { path: string; sha256: string; bytes: number; reason: string }[] }[];
  messages: { id: string; text: string; redactions: { start: number; end: number; reason: string }[]; originalSha256?: string; versions: { text: string; redactions?: { start: number; end: number }[]; originalSha256?: string }[]; attachments: Record<string, unknown>[] }[];
}

const docOf = (files: Map<string, Uint8Array>): Doc => JSON.parse(text(files.get('evidence.json'))) as Doc;

describe('an export with redactions', () => {
  it('keeps every hidden span out of every file of the bundle, and the left-out files too', () => {
    const files = buildBundleFiles(redactedSet());
    for (const [path, bytes] of files) {
      const content = text(bytes);
      for (const secret of [PHONE, EMAIL, '555-123', 'dana.private']) expect(content.includes(secret), `${path} holds ${secret}`).toBe(false);
    }
    expect(files.has(PATH)).toBe(false);
    expect(files.has('captures/cap-1/page.html')).toBe(false);
    for (const path of ['evidence.json', 'report.html', 'messages.csv']) expect(text(files.get(path)), path).toContain(REDACTED);
    // Markdown keeps the brackets literal.
    expect(text(files.get('report.md'))).toContain('\\[redacted\\]');
  });

  it('records each span where "[redacted]" stands, with the SHA-256 of the original text', () => {
    const doc = docOf(buildBundleFiles(redactedSet()));
    const a1 = doc.messages.find((m) => m.id === 'story_a1')!;
    expect(a1.text).toBe(`Call me on ${REDACTED} or mail ${REDACTED}, not here.`);
    expect(a1.redactions).toEqual([
      { start: 11, end: 21, reason: 'phone number' },
      { start: 30, end: 40, reason: 'email address' },
    ]);
    for (const r of a1.redactions) expect(a1.text.slice(r.start, r.end)).toBe(REDACTED);
    expect(a1.originalSha256).toBe(sha256Hex(ORIGINAL));
    // The earlier version held the number too: redacted the same way, with its own original's hash.
    expect(a1.versions).toEqual([{ text: `Call me on ${REDACTED}`, seenAt: '2026-03-05T12:00:00Z', captureId: 'cap-1', redactions: [{ start: 11, end: 21, reason: 'phone number' }], originalSha256: sha256Hex(`Call me on ${PHONE}`) }]);
    // The same number in another message does not give it away.
    const b2 = doc.messages.find((m) => m.id === 'story_b2')!;
    expect(b2).toMatchObject({ text: `Her number is ${REDACTED}`, redactions: [{ start: 14, end: 24, reason: 'phone number' }], originalSha256: sha256Hex(`Her number is ${PHONE}`) });
    // Where the page and its data disagreed, both values are exported, each redacted.
    expect((a1 as unknown as { conflicts: unknown }).conflicts).toEqual([{ field: 'text', dom: a1.text, pageData: `Call me on ${REDACTED} later` }]);
    // Untouched messages say so.
    const a4 = doc.messages.find((m) => m.id === 'story_a4')!;
    expect(a4.redactions).toEqual([]);
    expect(a4.originalSha256).toBeUndefined();
  });

  it('names the left-out attachment and capture files with their hashes and why', () => {
    const files = buildBundleFiles(redactedSet());
    const doc = docOf(files);
    const attachment = doc.messages.find((m) => m.id === 'story_a1')!.attachments[0]!;
    expect(attachment).toMatchObject({ name: 'redirects.xlsx', size: '24 KB', sha256: SHA, leftOut: { reason: "a third party's details" } });
    expect(attachment.path).toBeUndefined();
    const cap1 = doc.captures.find((c) => c.id === 'cap-1')!;
    expect(cap1.files).toEqual([]);
    expect(cap1.filesLeftOut).toEqual([{ path: 'captures/cap-1/page.html', sha256: sha256Hex(PAGE), bytes: PAGE.length, reason: expect.stringContaining('redacted') }]);
    expect(text(files.get('report.html'))).toContain(`File left out of this export by the freelancer (a third party&#39;s details); its SHA-256 is ${SHA}`);
    expect(text(files.get('report.md'))).toContain(`SHA-256 of the original text as stored: ${sha256Hex(ORIGINAL)}`);
  });

  it('keeps a hostile reason as text in both reports', () => {
    const set = redactedSet();
    const a1 = set.messages.find((m) => m.id === 'story_a1')!;
    a1.redactions!.spans[0]!.reason = '<script>alert(1)</script> [x](javascript:alert(1))';
    const files = buildBundleFiles(set);
    expect(text(files.get('report.html'))).not.toContain('<script>alert(1)');
    expect(text(files.get('report.html'))).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text(files.get('report.md'))).not.toContain('[x](javascript:');
  });

  it('matches the shipped JSON Schema', async () => {
    const files = buildBundleFiles(redactedSet());
    const schema = JSON.parse(text(files.get('evidence.schema.json'))) as Record<string, unknown>;
    expect(schemaErrors(JSON.parse(text(files.get('evidence.json'))), schema)).toEqual([]);
  });

  it('verifies, signed, as any bundle does', async () => {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const signed = await signBundleFiles(buildBundleFiles(redactedSet()), keys, '2026-11-26T10:04:00Z', { name: 'Evidence Locker for Upwork', version: '0.1.0' });
    const result = await verifyBundle(await zipBundle(signed));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('leaves the evidence set it was given as stored', () => {
    const set = redactedSet();
    buildBundleFiles(set);
    expect(set.messages.find((m) => m.id === 'story_a1')?.text).toBe(ORIGINAL);
    expect(set.files.has(PATH)).toBe(true);
    expect(set.captures.find((c) => c.id === 'cap-1')?.files).toHaveLength(1);
  });

  it('refuses, in words, a redaction made on a text the message no longer has', () => {
    const set = redactedSet();
    set.messages = set.messages.map((m) => (m.id === 'story_a1' ? { ...m, text: `${ORIGINAL} (edited)` } : m));
    expect(() => buildBundleFiles(set)).toThrow('the message from Dana Whitfield sent 2026-03-02T14:14:00Z changed after you redacted part of it');
  });

  it('imports back as the redacted copy, the left-out file noted rather than demanded', async () => {
    const db = openEvidenceDb(`redacted-import-${Math.random()}`);
    try {
      const outcome = await importEvidence(db, await signedZip(buildBundleFiles(redactedSet())), { now: new Date('2026-12-01T09:00:00Z'), confirm: () => true });
      expect(outcome.ok ? [] : 'problems' in outcome ? outcome.problems : ['cancelled']).toEqual([]);
      const a1 = await db.messages.get('story_a1');
      expect(a1?.text).toBe(`Call me on ${REDACTED} or mail ${REDACTED}, not here.`);
      expect(a1?.attachments[0]).toMatchObject({ name: 'redirects.xlsx', downloadError: 'the file was left out of the bundle this was imported from' });
      expect(a1?.attachments[0]?.sha256).toBeUndefined();
    } finally {
      await db.delete();
    }
  });
});
