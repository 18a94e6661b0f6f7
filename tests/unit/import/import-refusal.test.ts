// What an import refuses, in words: a bundle that fails verification (with the verifier's own
// problem), and a bundle that verifies but whose records are malformed or hostile (a forger can
// always recompute datapackage.json, so verification alone does not make records well-formed).
import { describe, expect, it } from 'vitest';
import { buildBundleFiles } from '../../../src/export';
import { readBundle } from '../../../src/import';
import { sha256Hex } from '../../../src/shared/bytes/hash';
import { editManifest, editText, relist, signedZip } from '../export/export-tamper';
import { richEvidenceSet } from './import-fixtures';

type Doc = Record<string, any>;

async function problems(zip: Uint8Array): Promise<string[]> {
  const reading = await readBundle(zip);
  if (reading.ok) throw new Error('the bundle was read, not refused');
  return reading.problems;
}

/** A forger's bundle: evidence.json edited, extra files added, datapackage.json recomputed so it verifies. */
function forged(edit: (doc: Doc) => void, extra: Record<string, string> = {}): Promise<Uint8Array> {
  let files = editText(buildBundleFiles(richEvidenceSet()), 'evidence.json', (text) => {
    const doc = JSON.parse(text) as Doc;
    edit(doc);
    return JSON.stringify(doc);
  });
  for (const [path, content] of Object.entries(extra)) {
    const bytes = new TextEncoder().encode(content);
    files.set(path, bytes);
    files = editManifest(files, (resources) => [...resources, { path, hash: `sha256:${sha256Hex(bytes)}`, bytes: bytes.length }]);
  }
  return signedZip(relist(files));
}

describe('refusing a bundle', () => {
  it('refuses a bundle that fails verification with what failed', async () => {
    const tampered = editText(buildBundleFiles(richEvidenceSet()), 'evidence.json', (t) => t.replace('Can you migrate the store by March 18?', 'You may skip the migration.'));
    expect(await problems(await signedZip(tampered))).toEqual([expect.stringMatching(/^changed: evidence\.json \(hash differs/)]);
  });

  it('refuses a capture file path that climbs out of the bundle', async () => {
    const zip = await forged((d) => d.captures[0].files.push('captures/cap-1/../../x.html'), { 'captures/cap-1/../../x.html': '<p>x</p>' });
    expect(await problems(zip)).toContain("the ZIP holds captures/cap-1/../../x.html, a path that lands outside the bundle's folder when unzipped");
  });

  it('refuses a path that climbs out of the bundle on Windows, by the zip reader', async () => {
    const zip = await forged((d) => d.captures[0].files.push('captures/cap-1/..\\..\\x.html'), { 'captures/cap-1/..\\..\\x.html': '<p>x</p>' });
    expect(await problems(zip)).toEqual(["the ZIP holds captures/cap-1/..\\..\\x.html, a path that lands outside the bundle's folder when unzipped"]);
  });

  it('refuses a file that is not a zip', async () => {
    expect(await problems(new TextEncoder().encode('not a zip at all'))).toEqual(['not a ZIP file']);
  });

  const cases: [string, (doc: Doc) => void, string, Record<string, string>?][] = [
    ['a message that is not an object', (d) => (d.messages[0] = null), 'evidence.json: message 1 is not a JSON object.'],
    ['a time of the wrong type', (d) => (d.messages[1].sentAt = 42), 'evidence.json: message 2: "sentAt" is not text.'],
    ['a time that is not UTC', (d) => (d.messages[1].sentAt = 'March 2'), 'evidence.json: message 2: "sentAt" is not a UTC time like 2026-03-02T14:14:00Z.'],
    ['a missing field', (d) => delete d.conversations[0].url, 'evidence.json: conversation 1: "url" is missing.'],
    ['an unknown kind', (d) => (d.messages[0].kind = 'script'), 'evidence.json: message 1: "kind" is "script", not one of message, system.'],
    ['an absurd time offset', (d) => (d.captures[0].utcOffsetMinutes = 1e12), 'evidence.json: capture 1: "utcOffsetMinutes" is not a whole number from -1440 to 1440.'],
    ['an absurdly long text', (d) => (d.messages[0].note = 'x'.repeat(2_000_001)), 'evidence.json: message 1: "note" is longer than 2,000,000 characters.'],
    ['a message listed twice', (d) => d.messages.push(d.messages[0]), 'evidence.json lists the message story_a1 more than once.'],
    ['a page kind the spec does not know', (d) => (d.captures[0].pageKind = 'chat'), 'evidence.json: capture 1: "pageKind" is "chat", not one of messages-room, contract, job-post, offer, proposal, timesheet, other.'],
    ['a record field named like a prototype', (d) => (d.messages[0] = JSON.parse('{"__proto__": {"id": "x"}}')), 'evidence.json: message 1: "id" is missing.'],
    ['a saved attachment whose file is not in the bundle', (d) => {
      const a = d.messages.find((m: Doc) => m.id === 'story_a1').attachments[0];
      delete a.path;
      a.sha256 = 'a'.repeat(64);
    }, `evidence.json: message 1: attachment 1 names a saved file (attachments/${'a'.repeat(64)}.xlsx) that is not in the bundle.`],
    ['a capture file path with a backslash', (d) => d.captures[0].files.push('captures/cap-1/x\\y.html'), 'evidence.json: capture 1 names the file "captures/cap-1/x\\y.html": the path has an empty, "." or ".." segment or a backslash.', { 'captures/cap-1/x\\y.html': '<p>x</p>' }],
    ['a source that is not dom, page-data or both', (d) => (d.messages[0].sources.sentAt = 'server'), 'evidence.json: message 1: "sources": "sentAt" is "server", not one of dom, page-data, both.'],
    ['a source for a field that has none', (d) => (d.messages[0].sources.note = 'dom'), 'evidence.json: message 1: "sources": "note" is not a field with a source.'],
    ['a conflict whose value is an object', (d) => d.messages[0].conflicts.push({ field: 'text', dom: 'a', pageData: { x: 1 } }), 'evidence.json: message 1: conflict 1: "pageData" is not text.'],
    ['a tag colour that is not #rrggbb', (d) => (d.tags.at(-1).color = 'red;background:url(x)'), 'evidence.json: tag 7: "color" is not a colour like #3b6fd8.'],
    ["a capture file under another capture's folder", (d) => d.captures[0].files.push('captures/cap-2/page.html'), 'evidence.json: capture 1 names the file "captures/cap-2/page.html", which is not under captures/cap-1/.'],
    ['a case stage the dispute process does not have', (d) => (d.cases[0].stage = 'won'), 'evidence.json: case 1: "stage" is "won", not one of talking, ticket-filed, mediation, arbitration, resolved.'],
    ['a case name with control characters', (d) => (d.cases[0].name = 'Milestone\u0000 1'), 'evidence.json: case 1: "name" is empty or holds control characters.'],
    ['a case name of spaces only', (d) => (d.cases[0].name = '   '), 'evidence.json: case 1: "name": A case needs a name.'],
    ['a case name longer than the dashboard keeps', (d) => (d.cases[0].name = 'M'.repeat(121)), 'evidence.json: case 1: "name": Keep case names to 120 characters or fewer.'],
    ['a case date that is not UTC', (d) => (d.cases[0].dates.disputeFiled = 'yesterday'), 'evidence.json: case 1: "dates": "disputeFiled" is not a UTC time like 2026-03-02T14:14:00Z.'],
    ['an exhibit of a kind a case does not number', (d) => (d.cases[0].exhibits[0].kind = 'script'), 'evidence.json: case 1: exhibit 1: "kind" is "script", not one of message, contract, capture, attachment.'],
    ['an exhibit number that is not E-<n>', (d) => (d.cases[0].exhibits[0].number = 'E-1<script>'), 'evidence.json: case 1: exhibit 1: "number" is "E-1<script>", not an exhibit number like E-3.'],
    ['a case whose statement is not text', (d) => (d.cases[0].statement = { html: '<b>x</b>' }), 'evidence.json: case 1: "statement" is not text.'],
    ['a case listed twice', (d) => d.cases.push(d.cases[0]), 'evidence.json lists the case case_milestone more than once.'],
  ];

  it.each(cases)('refuses %s, in words, even when the bundle verifies', async (_name, edit, problem, extra) => {
    expect(await problems(await forged(edit, extra))).toEqual([problem]);
  });
});
