// @vitest-environment node
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyBundle, zipBundle } from '../../../src/export';
import { toBase64 } from '../../../src/shared/base64';
import { sha256Hex } from '../../../src/shared/hash';
import { bundleFiles, DEVICE_FINGERPRINT, DEVICE_KEYS, editManifest, editText, fingerprintOf, intactZip, OTHER_KEYS, pathTwiceZip, relist, signatureOverAnotherManifest, signed, TEST_SOFTWARE, unsignedFiles } from '../export/export-tamper';

/** What a bundle whose datapackage.json was edited after signing says, besides its other problems. */
const AFTER_SIGNING = 'datapackage-digest.json: its hash does not match datapackage.json (the manifest changed after it was signed)';

async function verifyFiles(files: Map<string, Uint8Array>) {
  return verifyBundle(await zipBundle(files));
}

describe('verifyBundle on an intact bundle', () => {
  it('says OK, counts what the bundle holds and names the signing key', async () => {
    const result = await verifyBundle(await intactZip());
    expect(result).toMatchObject({
      ok: true,
      problems: [],
      summary: { files: 11, captures: 2, conversations: 2, messages: 6, custodyEvents: 5 },
      custody: { events: 5, intact: true },
      signature: { status: 'valid', fingerprint: DEVICE_FINGERPRINT, created: '2026-11-26T10:04:00Z' },
    });
    expect(result.files.map((f) => f.status)).toEqual(Array(9).fill('OK'));
  });

  it('zips deterministically, datapackage.json first and its signature second', async () => {
    const files = await bundleFiles();
    const [a, b] = [await zipBundle(files), await zipBundle(files)];
    expect(sha256Hex(a)).toBe(sha256Hex(b));
    // The first local file header names the manifest.
    expect(new TextDecoder().decode(a.subarray(30, 30 + 'datapackage.json'.length))).toBe('datapackage.json');
  });
});

describe('verifyBundle names what is wrong', () => {
  it('a changed byte in a file', async () => {
    const files = await bundleFiles();
    const report = new Uint8Array(files.get('report.html') as Uint8Array);
    report[100] = (report[100] ?? 0) ^ 1;
    files.set('report.html', report);
    const result = await verifyFiles(files);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['changed: report.html (hash differs)']);
    expect(result.files.find((f) => f.path === 'report.html')).toEqual({ path: 'report.html', status: 'CHANGED', detail: 'hash differs' });
  });

  it('a missing file', async () => {
    const files = await bundleFiles();
    files.delete('evidence.json');
    expect((await verifyFiles(files)).problems).toEqual(['missing: evidence.json']);
  });

  it('a missing capture file, also named by evidence.json', async () => {
    const files = await bundleFiles();
    files.delete('captures/cap-2/page.html');
    expect((await verifyFiles(files)).problems).toEqual(['missing: captures/cap-2/page.html']);
  });

  it('a capture file evidence.json names but datapackage.json no longer lists', async () => {
    const files = editManifest(await bundleFiles(), (rs) => rs.filter((r) => r.path !== 'captures/cap-2/page.html'));
    files.delete('captures/cap-2/page.html');
    expect((await verifyFiles(files)).problems).toEqual(['missing: captures/cap-2/page.html (a file of capture cap-2)', AFTER_SIGNING]);
  });

  it('a required file that datapackage.json does not list either', async () => {
    const files = editManifest(await bundleFiles(), (rs) => rs.filter((r) => r.path !== 'messages.csv'));
    files.delete('messages.csv');
    expect((await verifyFiles(files)).problems).toEqual(['missing: messages.csv', AFTER_SIGNING]);
  });

  it('an unlisted file', async () => {
    const files = await bundleFiles();
    files.set('extra.txt', new TextEncoder().encode('added later'));
    const result = await verifyFiles(files);
    expect(result.problems).toEqual(['unlisted: extra.txt']);
    expect(result.files.at(-1)).toMatchObject({ path: 'extra.txt', status: 'UNLISTED' });
  });

  it('a wrong byte count', async () => {
    const files = editManifest(await bundleFiles(), (rs) => rs.map((r) => (r.path === 'messages.csv' ? { ...r, bytes: r.bytes + 1 } : r)));
    const result = await verifyFiles(files);
    expect(result.problems).toEqual([expect.stringMatching(/^changed: messages\.csv \(\d+ bytes, datapackage\.json says \d+\)$/), AFTER_SIGNING]);
  });

  it('a file listed twice', async () => {
    const files = editManifest(await bundleFiles(), (rs) => [...rs, rs[0] as (typeof rs)[number]]);
    expect((await verifyFiles(files)).problems).toEqual(['datapackage.json lists evidence.json more than once', AFTER_SIGNING]);
  });

  it('an edited custody line, even when the forger re-listed the hashes', async () => {
    const edited = editText(await bundleFiles(), 'custody.jsonl', (t) => t.replace('"tag":"billing"', '"tag":"quality"'));
    expect((await verifyFiles(edited)).problems).toEqual(['changed: custody.jsonl (hash differs)', 'custody line 3: its bodyHash does not match its content']);
    const result = await verifyFiles(relist(edited));
    expect(result.problems).toEqual(['custody line 3: its bodyHash does not match its content', AFTER_SIGNING]);
    expect(result.custody).toEqual({ events: 5, intact: false });
  });

  it('a removed custody line', async () => {
    const files = relist(editText(await bundleFiles(), 'custody.jsonl', (t) => t.split('\n').filter((_, i) => i !== 1).join('\n')));
    expect((await verifyFiles(files)).problems).toEqual(['custody line 2: does not follow the line before it', 'custody line 2: sequence number 3 follows 1', AFTER_SIGNING]);
  });

  it('a custody line that is not JSON', async () => {
    const files = relist(editText(await bundleFiles(), 'custody.jsonl', (t) => t.replace('{"seq":2', '{"seq":2,,')));
    expect((await verifyFiles(files)).problems).toEqual(['custody line 2: is not a JSON object', AFTER_SIGNING]);
  });

  it('evidence.json that is not JSON or not this format', async () => {
    const broken = await signed(relist(editText(unsignedFiles(), 'evidence.json', (t) => t.slice(0, 50))));
    expect((await verifyFiles(broken)).problems).toEqual(['evidence.json is not valid JSON']);
    const other = await signed(relist(editText(unsignedFiles(), 'evidence.json', (t) => t.replace('"formatVersion": 2', '"formatVersion": 3'))));
    expect((await verifyFiles(other)).problems).toEqual(['evidence.json: formatVersion is 3, expected 1 or 2']);
  });

  it('a manifest of another format version', async () => {
    const files = await signed(editText(unsignedFiles(), 'datapackage.json', (t) => t.replace('"formatVersion": 2', '"formatVersion": 3')));
    expect((await verifyFiles(files)).problems).toEqual(['datapackage.json: formatVersion is 3, expected 1 or 2']);
  });

  it('a manifest that is not JSON', async () => {
    const files = editText(await bundleFiles(), 'datapackage.json', () => '{ nope');
    const result = await verifyFiles(files);
    expect(result.problems[0]).toBe('datapackage.json is not valid JSON');
    expect(result.ok).toBe(false);
  });

  it('damaged compressed data inside the zip', async () => {
    const zip = new Uint8Array(await intactZip());
    const name = new TextEncoder().encode('report.html');
    const at = zip.findIndex((_, i) => name.every((b, j) => zip[i + j] === b));
    for (let i = at + name.length + 40; i < at + name.length + 60; i++) zip[i] = (zip[i] ?? 0) ^ 0xff;
    const result = await verifyBundle(zip);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([expect.stringMatching(/^changed: report\.html \((hash differs|its compressed data is damaged)/)]);
  });

  it('input that is not a zip, in one plain reason', async () => {
    const result = await verifyBundle(new TextEncoder().encode('just some text, not a zip'));
    expect(result).toMatchObject({ ok: false, problems: ['not a ZIP file'], summary: { files: 0, captures: 0, conversations: 0, messages: 0, custodyEvents: 0 } });
    expect((await verifyBundle(new Uint8Array(0))).problems).toEqual(['not a ZIP file']);
  });

  it('a zip bomb: refused in one plain reason once it unpacks past its budget, not unpacked whole', async () => {
    const files = unsignedFiles();
    files.set('captures/cap-1/page.html', new Uint8Array(80 * 1024 * 1024));
    const zip = await zipBundle(files);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const result = await verifyBundle(zip);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['the ZIP unpacks to more than 64 MB, far more than an evidence bundle of its size holds, so it was not opened']);
  }, 60_000);

  it('a zip that names one path twice', async () => {
    const result = await verifyBundle(await pathTwiceZip());
    expect(result.ok).toBe(false);
    // Whichever copy is read first, the second name alone fails the bundle.
    expect(result.problems).toContain('the ZIP names evidence.json twice: different tools would show different files under that name');
  });

  it('bytes hidden between the entries of the zip', async () => {
    const zip = await intactZip();
    const view = new DataView(zip.buffer, zip.byteOffset);
    const end = zip.length - 22;
    // Move the central directory 8 bytes on, leaving a gap after the last entry.
    const centralAt = view.getUint32(end + 16, true);
    const padded = new Uint8Array(zip.length + 8);
    padded.set(zip.subarray(0, centralAt));
    padded.set(zip.subarray(centralAt), centralAt + 8);
    new DataView(padded.buffer).setUint32(end + 8 + 16, centralAt + 8, true);
    expect((await verifyBundle(padded)).problems).toEqual(['the ZIP holds data outside the entries its central directory lists (a hidden or overlapping entry)']);
  });

  it('a zip without datapackage.json', async () => {
    const files = await bundleFiles();
    files.delete('datapackage.json');
    const result = await verifyFiles(files);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['datapackage.json is missing: this is not an evidence bundle']);
  });
});

describe('verifyBundle and the signature', () => {
  it('signs the hash of datapackage.json with ECDSA P-256', async () => {
    const files = await bundleFiles();
    const digest = JSON.parse(new TextDecoder().decode(files.get('datapackage-digest.json'))) as { path: string; hash: string; signedData: Record<string, unknown> };
    expect(digest.path).toBe('datapackage.json');
    expect(digest.hash).toBe(`sha256:${sha256Hex(files.get('datapackage.json') as Uint8Array)}`);
    expect(Object.keys(digest.signedData)).toEqual(['created', 'software', 'publicKey', 'signature']);
  });

  it('an unsigned bundle fails: NOT SIGNED', async () => {
    const result = await verifyFiles(unsignedFiles());
    expect(result).toMatchObject({ ok: false, signature: { status: 'missing' } });
    expect(result.problems).toEqual([expect.stringMatching(/^NOT SIGNED: /)]);
  });

  it('a signature removed after an edit: NOT SIGNED, beside the edit', async () => {
    const files = relist(editText(await bundleFiles(), 'report.md', (t) => t.replace('Dana', 'Donna')));
    files.delete('datapackage-digest.json');
    expect((await verifyFiles(files)).problems).toEqual([expect.stringMatching(/^NOT SIGNED: /)]);
  });

  it('the manifest fixed after an edit: the signature is no longer over it', async () => {
    const tampered = relist(editText(await bundleFiles(), 'report.md', (t) => t.replace('Dana', 'Donna')));
    const result = await verifyFiles(tampered);
    expect(result.problems).toEqual([AFTER_SIGNING]);
    expect(result.signature).toMatchObject({ status: 'invalid', fingerprint: DEVICE_FINGERPRINT });
  });

  it('a signature over another manifest, its hash line copied to match this one', async () => {
    const result = await verifyFiles(await signatureOverAnotherManifest());
    expect(result.problems).toEqual(['datapackage-digest.json: the signature does not verify (it was not made over this manifest with this key)']);
    expect(result.ok).toBe(false);
  });

  it('a bundle re-signed with another key verifies, and names that other key', async () => {
    const edited = relist(editText(unsignedFiles(), 'report.md', (t) => t.replace('Dana', 'Donna')));
    const result = await verifyFiles(await signed(edited, OTHER_KEYS));
    expect(result.ok).toBe(true);
    expect(result.signature).toEqual({ status: 'valid', fingerprint: await fingerprintOf(OTHER_KEYS), created: '2026-11-26T10:04:00Z' });
    expect(await fingerprintOf(OTHER_KEYS)).not.toBe(DEVICE_FINGERPRINT);
  });

  it('accepts a DER signature made outside WebCrypto (OpenSSL, Node)', async () => {
    const files = unsignedFiles();
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const hash = `sha256:${sha256Hex(files.get('datapackage.json') as Uint8Array)}`;
    const signature = sign('sha256', Buffer.from(hash), privateKey); // DER by default
    const digest = { path: 'datapackage.json', hash, signedData: { created: '2026-11-26T10:04:00Z', software: TEST_SOFTWARE, publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'), signature: signature.toString('base64') } };
    files.set('datapackage-digest.json', new TextEncoder().encode(JSON.stringify(digest)));
    expect(await verifyFiles(files)).toMatchObject({ ok: true, signature: { status: 'valid' } });
  });

  it('rejects a signature that does not verify', async () => {
    const forged = editText(await bundleFiles(), 'datapackage-digest.json', (t) => {
      const d = JSON.parse(t) as { signedData: { signature: string } };
      d.signedData.signature = toBase64(new Uint8Array(64).fill(7));
      return JSON.stringify(d);
    });
    expect(await verifyFiles(forged)).toMatchObject({ ok: false, signature: { status: 'invalid' }, problems: ['datapackage-digest.json: the signature does not verify (it was not made over this manifest with this key)'] });
  });

  it('rejects a signature made by another key than the one it carries', async () => {
    const files = await signed(unsignedFiles(), { privateKey: OTHER_KEYS.privateKey, publicKey: DEVICE_KEYS.publicKey });
    expect((await verifyFiles(files)).problems).toEqual(['datapackage-digest.json: the signature does not verify (it was not made over this manifest with this key)']);
  });
});

