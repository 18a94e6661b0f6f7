// verify.html as a file: one inline script, allowed by its hash and nothing else, and that
// script is the verifier itself (bundled from src/export/verify), not a second copy. What it
// shows on every tampered bundle is tested in real Chromium (tests/e2e/verify-page.test.ts).
import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { toBase64 } from '../../../src/shared/base64';
import { unsignedFiles } from '../export/export-tamper';
import { text } from '../export/export-fixtures';

function pageHtml(): string {
  return text(unsignedFiles().get('verify.html'));
}

function inlineScript(html: string): string {
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return scripts[0]?.[1] ?? '';
}

describe('verify.html', () => {
  it('allows only its own inline script, by hash, and nothing from the network', () => {
    const html = pageHtml();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const csp = doc.head.firstElementChild;
    expect(csp?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    const hash = toBase64(sha256(new TextEncoder().encode(inlineScript(html))));
    expect(csp?.getAttribute('content')).toBe(`default-src 'none'; script-src 'sha256-${hash}'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'`);
    expect(html).not.toMatch(/\bsrc=|fetch\(|XMLHttpRequest|WebSocket/);
    expect(doc.querySelector('input#folder')?.hasAttribute('webkitdirectory')).toBe(true);
    expect(doc.querySelector('input#files')?.hasAttribute('multiple')).toBe(true);
  });

  it('runs the verifier npm run verify runs: its own sentences, its zip reader, its signature check', () => {
    const script = inlineScript(pageHtml());
    for (const sentence of ['NOT SIGNED: the bundle has no datapackage-digest.json', 'twice: different tools would show different files under that name', 'hashes, custody chain and signature intact']) {
      expect(script).toContain(sentence);
    }
    expect(script).not.toContain('</script');
  });

  it('starts in a page without errors and waits for the reader to pick files', () => {
    const html = pageHtml();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    doc.querySelectorAll('script').forEach((s) => s.remove());
    document.body.innerHTML = doc.body.innerHTML;
    expect(() => new Function(inlineScript(html))()).not.toThrow();
    expect(document.getElementById('verdict')?.textContent).toBe('');
  });
});
