// Fixed wording shared by report.html and report.md, so both say the same thing.

export const HOW_TO_VERIFY: readonly string[] = [
  'Every file in this bundle is listed in datapackage.json with its SHA-256 hash and size. ' +
    'Open verify.html from the unzipped folder and pick the folder (or the .zip): it recomputes every hash offline and says, per file, OK, CHANGED, MISSING or UNLISTED, and checks the chain of custody. ' +
    'With the project\'s source, "npm run verify -- <bundle.zip>" does the same on the command line.',
  'Without either tool: compute the SHA-256 of each file (sha256sum on Linux, shasum -a 256 on macOS, Get-FileHash on Windows) and compare it with the "hash" beside the file\'s path in datapackage.json.',
  'Chain of custody: each line of custody.jsonl carries "hash", the SHA-256 of JSON.stringify({ seq, at, event, subject, detail, prev }) of that line, and "prev", the hash of the line before it. ' +
    'Editing or removing any line breaks every later hash.',
];

/** Beside the signing key's fingerprint on the cover. */
export const SIGNING_KEY_NOTE =
  'the fingerprint of the key that signed this bundle; it proves which device made it only when it matches the fingerprint the freelancer gave you separately (in the ticket text, or shown in their dashboard)';

export const UNSIGNED_NOTE = 'none: this bundle is not signed, so nothing in it shows which device made it';
