// verify.html is tested by running its own inline script: the functions it defines are the
// checks a reviewer's browser runs (crypto.subtle, DecompressionStream), and the page is
// rendered into this test's document to see what the reviewer would read.
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { buildBundleFiles, signBundleFiles } from '../../src/export';
import { PATH, setWithAttachments } from './export-attachment-fixtures';
import { toBase64 } from '../../src/shared/base64';
import { bundleFiles, editText, intactZip, relist } from './export-tamper';
import { text } from './export-fixtures';

interface Row {
  path: string;
  status: string;
  detail: string;
}
interface PageResult {
  ok: boolean;
  rows: Row[];
  problems: string[];
  custody: { events: number; problems: string[] } | null;
  signature: { ok: boolean; detail: string } | null;
}
interface PageApi {
  readZip(bytes: Uint8Array): Promise<Map<string, Uint8Array>>;
  checkBundle(files: Map<string, Uint8Array>): Promise<PageResult>;
  folderFiles(files: { name: string; webkitRelativePath: string; arrayBuffer(): Promise<ArrayBuffer> }[], fromFolder: boolean): Promise<Map<string, Uint8Array>>;
  show(result: PageResult): void;
}

function pageHtml(): string {
  return text(bundleFiles().get('verify.html'));
}

function inlineScript(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return scripts[0]?.[1] ?? '';
}

/** The page's script, run against this test's document (already holding the page's body). */
function pageApi(): PageApi {
  const html = pageHtml();
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script').forEach((s) => s.remove());
  document.body.innerHTML = doc.body.innerHTML;
  return new Function(`${inlineScript(html)}\nreturn { readZip, checkBundle, folderFiles, show };`)() as PageApi;
}

function statuses(result: PageResult): Record<string, string> {
  return Object.fromEntries(result.rows.map((r) => [r.path, r.status]));
}

describe('verify.html', () => {
  it('allows only its own inline script, by hash, and nothing from the network', () => {
    const html = pageHtml();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const csp = doc.head.firstElementChild;
    expect(csp?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    const hash = toBase64(sha256(new TextEncoder().encode(inlineScript(html))));
    expect(csp?.getAttribute('content')).toBe(`default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'`);
    expect(html).not.toMatch(/\bsrc=|fetch\(|XMLHttpRequest|WebSocket|https?:\/\//);
    expect(doc.querySelector('input#folder')?.hasAttribute('webkitdirectory')).toBe(true);
    expect(doc.querySelector('input#folder')?.hasAttribute('multiple')).toBe(true);
  });

  it('reads the bundle zip itself, file for file', async () => {
    const files = await pageApi().readZip(await intactZip());
    const expected = bundleFiles();
    expect([...files.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, bytes] of expected) expect(text(files.get(path)), path).toBe(text(bytes));
  });

  it('says OK for every file of an intact bundle, and that the custody chain is intact', async () => {
    const result = await pageApi().checkBundle(bundleFiles());
    expect(result.ok).toBe(true);
    expect(result.rows).toHaveLength(9);
    expect(new Set(result.rows.map((r) => r.status))).toEqual(new Set(['OK']));
    expect(result.custody).toEqual({ events: 5, problems: [] });
    expect(result.signature).toBeNull();
  });

  it('says CHANGED, MISSING and UNLISTED per file', async () => {
    const files = editText(bundleFiles(), 'report.md', (t) => t.replace('Dana', 'Donna'));
    files.delete('messages.csv');
    files.set('extra.txt', new Uint8Array([1]));
    const result = await pageApi().checkBundle(files);
    expect(result.ok).toBe(false);
    expect(statuses(result)).toMatchObject({ 'report.md': 'CHANGED', 'messages.csv': 'MISSING', 'extra.txt': 'UNLISTED', 'evidence.json': 'OK' });
  });

  it('finds a broken custody chain even when the hashes were re-listed', async () => {
    const files = relist(editText(bundleFiles(), 'custody.jsonl', (t) => t.replace('"tag":"billing"', '"tag":"quality"')));
    const result = await pageApi().checkBundle(files);
    expect(result.ok).toBe(false);
    expect(result.custody?.problems).toEqual(['custody line 3: its bodyHash does not match its content']);
  });

  it('says what is wrong when datapackage.json is missing', async () => {
    const files = bundleFiles();
    files.delete('datapackage.json');
    expect((await pageApi().checkBundle(files)).problems).toEqual(['datapackage.json is missing: this is not an evidence bundle']);
  });

  it('checks a signature when the bundle is signed', async () => {
    const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
    const signed = await signBundleFiles(bundleFiles(), keys, '2026-11-26T10:04:00Z', { name: 'x', version: '1' });
    expect((await pageApi().checkBundle(signed)).signature).toMatchObject({ ok: true });
    const forged = editText(signed, 'datapackage-digest.json', (t) => t.replace(/"signature": "[^"]+"/, `"signature": "${toBase64(new Uint8Array(64))}"`));
    expect(await pageApi().checkBundle(forged)).toMatchObject({ ok: false, signature: { ok: false, detail: 'the signature does not verify' } });
  });

  it('takes a picked folder\'s root from where datapackage.json is, ignoring files outside it', async () => {
    const picked = [...bundleFiles()].map(([path, bytes]) => ({ name: path.split('/').pop() ?? path, webkitRelativePath: `Downloads/bundle/${path}`, arrayBuffer: async () => bytes.slice().buffer }));
    picked.push({ name: 'other.zip', webkitRelativePath: 'Downloads/other.zip', arrayBuffer: async () => new ArrayBuffer(1) });
    const files = await pageApi().folderFiles(picked, true);
    expect([...files.keys()].sort()).toEqual([...bundleFiles().keys()].sort());
  });

  it('shows the verdict and a row per file, hostile file names as text', async () => {
    const api = pageApi();
    const files = bundleFiles();
    files.set('<img src=x onerror=alert(1)>', new Uint8Array([1]));
    api.show(await api.checkBundle(files));
    expect(document.getElementById('verdict')?.textContent).toMatch(/^NOT INTACT: 1 file\(s\) not OK/);
    expect(document.querySelectorAll('#rows tr')).toHaveLength(10);
    expect(document.querySelector('#rows img')).toBeNull();
    expect(document.getElementById('rows')?.textContent).toContain('<img src=x onerror=alert(1)>UNLISTED');
    api.show(await api.checkBundle(bundleFiles()));
    expect(document.getElementById('verdict')?.textContent).toBe('OK: all 9 files match datapackage.json and the chain of custody (5 events) is intact.');
    expect(document.getElementById('custody')?.textContent).toContain('Intact: 5 events');
  });

  it('checks each saved attachment file against the SHA-256 it is named by, even after the manifest is redone', async () => {
    const files = buildBundleFiles(setWithAttachments());
    expect(await pageApi().checkBundle(files)).toMatchObject({ ok: true, problems: [] });
    const swapped = relist(new Map([...files, [PATH, new TextEncoder().encode('%PDF-1.4 a different file')]]));
    const result = await pageApi().checkBundle(swapped);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([`changed: ${PATH} (its content is not the file evidence.json recorded: the SHA-256 differs from its name)`]);
  });
});
