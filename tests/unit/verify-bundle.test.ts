// @vitest-environment node
import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signBundleFiles, verifyBundle, zipBundle } from '../../src/export';
import { toBase64 } from '../../src/shared/base64';
import { sha256Hex } from '../../src/shared/hash';
import { bundleFiles, editManifest, editText, intactZip, relist } from './export-tamper';

const SOFTWARE = { name: 'Evidence Locker for Upwork', version: '0.1.0' };

async function verifyFiles(files: Map<string, Uint8Array>) {
  return verifyBundle(await zipBundle(files));
}

function p256Keys(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
}

describe('verifyBundle on an intact bundle', () => {
  it('says OK and counts what the bundle holds', async () => {
    const result = await verifyBundle(await intactZip());
    expect(result).toEqual({ ok: true, problems: [], summary: { files: 10, captures: 2, conversations: 2, messages: 6, custodyEvents: 5 }, signed: false });
  });

  it('zips deterministically, datapackage.json first', async () => {
    const [a, b] = [await intactZip(), await intactZip()];
    expect(sha256Hex(a)).toBe(sha256Hex(b));
    // The first local file header names the manifest.
    expect(new TextDecoder().decode(a.subarray(30, 30 + 'datapackage.json'.length))).toBe('datapackage.json');
  });
});

describe('verifyBundle names what is wrong', () => {
  it('a changed byte in a file', async () => {
    const files = bundleFiles();
    const report = new Uint8Array(files.get('report.html') as Uint8Array);
    report[100] = (report[100] ?? 0) ^ 1;
    files.set('report.html', report);
    const result = await verifyFiles(files);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['changed: report.html (hash differs)']);
  });

  it('a missing file', async () => {
    const files = bundleFiles();
    files.delete('evidence.json');
    expect((await verifyFiles(files)).problems).toEqual(['missing: evidence.json']);
  });

  it('a missing capture file, also named by evidence.json', async () => {
    const files = bundleFiles();
    files.delete('captures/cap-2/page.html');
    expect((await verifyFiles(files)).problems).toEqual(['missing: captures/cap-2/page.html']);
  });

  it('a capture file evidence.json names but datapackage.json no longer lists', async () => {
    const files = editManifest(bundleFiles(), (rs) => rs.filter((r) => r.path !== 'captures/cap-2/page.html'));
    files.delete('captures/cap-2/page.html');
    expect((await verifyFiles(files)).problems).toEqual(['missing: captures/cap-2/page.html (a file of capture cap-2)']);
  });

  it('a required file that datapackage.json does not list either', async () => {
    const files = editManifest(bundleFiles(), (rs) => rs.filter((r) => r.path !== 'messages.csv'));
    files.delete('messages.csv');
    expect((await verifyFiles(files)).problems).toEqual(['missing: messages.csv']);
  });

  it('an unlisted file', async () => {
    const files = bundleFiles();
    files.set('extra.txt', new TextEncoder().encode('added later'));
    expect((await verifyFiles(files)).problems).toEqual(['unlisted: extra.txt']);
  });

  it('a wrong byte count', async () => {
    const files = editManifest(bundleFiles(), (rs) => rs.map((r) => (r.path === 'messages.csv' ? { ...r, bytes: r.bytes + 1 } : r)));
    const result = await verifyFiles(files);
    expect(result.problems).toEqual([expect.stringMatching(/^changed: messages\.csv \(\d+ bytes, datapackage\.json says \d+\)$/)]);
  });

  it('a file listed twice', async () => {
    const files = editManifest(bundleFiles(), (rs) => [...rs, rs[0] as (typeof rs)[number]]);
    expect((await verifyFiles(files)).problems).toEqual(['datapackage.json lists evidence.json more than once']);
  });

  it('an edited custody line, even when the forger re-listed the hashes', async () => {
    const edited = editText(bundleFiles(), 'custody.jsonl', (t) => t.replace('"tag":"billing"', '"tag":"quality"'));
    expect((await verifyFiles(edited)).problems).toEqual(['changed: custody.jsonl (hash differs)', 'custody line 3: its bodyHash does not match its content']);
    expect((await verifyFiles(relist(edited))).problems).toEqual(['custody line 3: its bodyHash does not match its content']);
  });

  it('a removed custody line', async () => {
    const files = relist(editText(bundleFiles(), 'custody.jsonl', (t) => t.split('\n').filter((_, i) => i !== 1).join('\n')));
    expect((await verifyFiles(files)).problems).toEqual(['custody line 2: does not follow the line before it', 'custody line 2: sequence number 3 follows 1']);
  });

  it('a custody line that is not JSON', async () => {
    const files = relist(editText(bundleFiles(), 'custody.jsonl', (t) => t.replace('{"seq":2', '{"seq":2,,')));
    expect((await verifyFiles(files)).problems).toEqual(['custody line 2: is not a JSON object']);
  });

  it('evidence.json that is not JSON or not this format', async () => {
    const broken = relist(editText(bundleFiles(), 'evidence.json', (t) => t.slice(0, 50)));
    expect((await verifyFiles(broken)).problems).toEqual(['evidence.json is not valid JSON']);
    const other = relist(editText(bundleFiles(), 'evidence.json', (t) => t.replace('"formatVersion": 2', '"formatVersion": 3')));
    expect((await verifyFiles(other)).problems).toEqual(['evidence.json: formatVersion is 3, expected 1 or 2']);
  });

  it('a manifest of another format version', async () => {
    const files = editText(bundleFiles(), 'datapackage.json', (t) => t.replace('"formatVersion": 2', '"formatVersion": 3'));
    expect((await verifyFiles(files)).problems).toEqual(['datapackage.json: formatVersion is 3, expected 1 or 2']);
  });

  it('a manifest that is not JSON', async () => {
    const files = editText(bundleFiles(), 'datapackage.json', () => '{ nope');
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
    expect(result).toEqual({ ok: false, problems: ['not a ZIP file'], summary: { files: 0, captures: 0, conversations: 0, messages: 0, custodyEvents: 0 }, signed: false });
    expect((await verifyBundle(new Uint8Array(0))).problems).toEqual(['not a ZIP file']);
  });

  it('a zip bomb: refused in one plain reason once it unpacks past its budget, not unpacked whole', async () => {
    const files = bundleFiles();
    files.set('captures/cap-1/page.html', new Uint8Array(80 * 1024 * 1024));
    const zip = await zipBundle(files);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const result = await verifyBundle(zip);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['the ZIP unpacks to more than 64 MB, far more than an evidence bundle of its size holds, so it was not opened']);
  });

  it('a zip without datapackage.json', async () => {
    const files = bundleFiles();
    files.delete('datapackage.json');
    const result = await verifyFiles(files);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(['datapackage.json is missing: this is not an evidence bundle']);
  });
});

describe('verifyBundle on a signed bundle', () => {
  it('accepts a valid ECDSA P-256 signature over the manifest hash', async () => {
    const signed = await signBundleFiles(bundleFiles(), await p256Keys(), '2026-11-26T10:04:00Z', SOFTWARE);
    const digest = JSON.parse(new TextDecoder().decode(signed.get('datapackage-digest.json'))) as { path: string; hash: string; signedData: Record<string, unknown> };
    expect(digest.path).toBe('datapackage.json');
    expect(digest.hash).toBe(`sha256:${sha256Hex(signed.get('datapackage.json') as Uint8Array)}`);
    expect(Object.keys(digest.signedData)).toEqual(['created', 'software', 'publicKey', 'signature']);
    const result = await verifyFiles(signed);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ ok: true, signed: true, summary: { files: 11 } });
  });

  it('accepts a DER signature made outside WebCrypto (OpenSSL, Node)', async () => {
    const files = bundleFiles();
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const hash = `sha256:${sha256Hex(files.get('datapackage.json') as Uint8Array)}`;
    const signature = sign('sha256', Buffer.from(hash), privateKey); // DER by default
    const digest = { path: 'datapackage.json', hash, signedData: { created: '2026-11-26T10:04:00Z', software: SOFTWARE, publicKey: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'), signature: signature.toString('base64') } };
    files.set('datapackage-digest.json', new TextEncoder().encode(JSON.stringify(digest)));
    expect(await verifyFiles(files)).toMatchObject({ ok: true, signed: true });
  });

  it('rejects a signature that does not verify', async () => {
    const signed = await signBundleFiles(bundleFiles(), await p256Keys(), '2026-11-26T10:04:00Z', SOFTWARE);
    const forged = editText(signed, 'datapackage-digest.json', (t) => {
      const d = JSON.parse(t) as { signedData: { signature: string } };
      d.signedData.signature = toBase64(new Uint8Array(64).fill(7));
      return JSON.stringify(d);
    });
    expect(await verifyFiles(forged)).toMatchObject({ ok: false, signed: false, problems: ['datapackage-digest.json: the signature does not verify'] });
  });

  it('rejects a signature made by another key than the one it carries', async () => {
    const [a, b] = [await p256Keys(), await p256Keys()];
    const signed = await signBundleFiles(bundleFiles(), { privateKey: a.privateKey, publicKey: b.publicKey }, '2026-11-26T10:04:00Z', SOFTWARE);
    expect((await verifyFiles(signed)).problems).toEqual(['datapackage-digest.json: the signature does not verify']);
  });

  it('rejects a digest once the manifest changed after signing', async () => {
    const signed = await signBundleFiles(bundleFiles(), await p256Keys(), '2026-11-26T10:04:00Z', SOFTWARE);
    const tampered = relist(editText(signed, 'report.md', (t) => t.replace('Dana', 'Donna')));
    expect((await verifyFiles(tampered)).problems).toEqual(['datapackage-digest.json: its hash does not match datapackage.json']);
  });
});
