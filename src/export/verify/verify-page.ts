// verify.html: the offline checker shipped inside every bundle. Its one inline script is the
// verifier npm run verify runs, bundled at build time (scripts/build-verify-page.mjs), and the
// CSP allows that script alone, by its hash: the page can run nothing else and reach no network.
import { sha256 } from '@noble/hashes/sha2.js';
import { VERIFY_PAGE_SCRIPT } from './verify-page-script.generated';
import { toBase64 } from '../../shared/bytes/base64';
import { escapeHtml } from '../report/format/html-escape';

export { VERIFY_PAGE_SCRIPT };

const CSS = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; max-width: 60rem; margin: 0 auto; padding: 1.5rem; color: #111; }
label { display: block; margin: .6rem 0; font-weight: 600; }
#verdict { font-size: 1.1rem; font-weight: 700; padding: .5rem; white-space: pre-wrap; overflow-wrap: anywhere; }
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
<p>This page runs the same checks as the command-line verifier (<code>npm run verify</code>): it recomputes the SHA-256 hash of every file listed in <code>datapackage.json</code>, checks the chain of custody in <code>custody.jsonl</code>, and checks the signature in <code>datapackage-digest.json</code> and names the key that made it. It runs only on this computer: nothing is uploaded, and the page cannot reach the network.</p>
<label>Pick the unzipped bundle folder: <input type="file" id="folder" multiple webkitdirectory></label>
<label>Or pick the bundle's .zip file (or select all of its files): <input type="file" id="files" multiple></label>
<noscript><p>This page needs JavaScript to compute hashes. Without it, compare each file's SHA-256 (sha256sum, shasum -a 256 or Get-FileHash) with datapackage.json, and the SHA-256 of datapackage.json with the "hash" in datapackage-digest.json.</p></noscript>
<p id="verdict" role="status"></p>
<table><thead><tr><th>File</th><th>Result</th><th>Detail</th></tr></thead><tbody id="rows"></tbody></table>
<h2>Chain of custody</h2>
<p id="custody"></p>
<h2>Signature</h2>
<p id="signature"></p>
<p>A page inside the bundle cannot vouch for the bundle: whoever edits the bundle can edit this page too. For an independent check, use <code>npm run verify -- bundle.zip</code> from the project's own source, or compute the hashes yourself; and compare the signing key's fingerprint with the one the freelancer gave you apart from the bundle.</p>
<script>${VERIFY_PAGE_SCRIPT}</script>
</body>
</html>
`;
}

