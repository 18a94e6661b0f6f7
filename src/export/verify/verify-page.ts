// verify.html: the offline checker shipped inside every bundle. Its one inline script is allowed
// by hash in the CSP, so the page can run nothing else and reach no network.
import { sha256 } from '@noble/hashes/sha2.js';
import { VERIFY_PAGE_ZIP_JS } from './verify-page-zip';
import { VERIFY_PAGE_CHECKS_JS } from './verify-page-checks';
import { VERIFY_PAGE_UI_JS } from './verify-page-ui';
import { toBase64 } from '../../shared/base64';
import { escapeHtml } from '../report/html-escape';

export const VERIFY_PAGE_SCRIPT = `'use strict';${VERIFY_PAGE_ZIP_JS}${VERIFY_PAGE_CHECKS_JS}${VERIFY_PAGE_UI_JS}`;

const CSS = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1.5rem; color: #111; }
label { display: block; margin: .6rem 0; font-weight: 600; }
#verdict { font-size: 1.2rem; font-weight: 700; padding: .5rem; }
#verdict.ok, tr.ok td:nth-child(2) { color: #166534; }
#verdict.bad, tr.bad td:nth-child(2) { color: #b91c1c; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { border: 1px solid #bbb; padding: .25rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
#custody { white-space: pre-wrap; }
`;

export function verifyPageHtml(bundleTitle: string): string {
  const scriptHash = toBase64(sha256(new TextEncoder().encode(VERIFY_PAGE_SCRIPT)));
  const csp = `default-src 'none'; script-src 'sha256-${scriptHash}'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Check this evidence bundle</title>
<style>${CSS}</style>
</head>
<body>
<h1>Check this evidence bundle</h1>
<p>${escapeHtml(bundleTitle)}</p>
<p>This page recomputes the SHA-256 hash of every file listed in <code>datapackage.json</code> and checks the chain of custody in <code>custody.jsonl</code>. It runs only on this computer: nothing is uploaded, and the page cannot reach the network.</p>
<label>Pick the unzipped bundle folder: <input type="file" id="folder" multiple webkitdirectory></label>
<label>Or pick the bundle's .zip file (or select all of its files): <input type="file" id="files" multiple></label>
<noscript><p>This page needs JavaScript to compute hashes. Without it, compare each file's SHA-256 (sha256sum, shasum -a 256 or Get-FileHash) with datapackage.json.</p></noscript>
<p id="verdict" role="status"></p>
<table><thead><tr><th>File</th><th>Result</th><th>Detail</th></tr></thead><tbody id="rows"></tbody></table>
<h2>Chain of custody</h2>
<p id="custody"></p>
<h2>Signature</h2>
<p id="signature"></p>
<p>A page inside the bundle cannot vouch for itself: for an independent check, use <code>npm run verify -- bundle.zip</code> or compute the hashes yourself.</p>
<script>${VERIFY_PAGE_SCRIPT}</script>
</body>
</html>
`;
}

