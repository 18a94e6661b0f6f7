// Fixed wording shared by report.html and report.md, so both say the same thing.

export const HOW_TO_VERIFY: readonly string[] = [
  'Every file in this bundle is listed in datapackage.json with its SHA-256 hash and size. ' +
    'Open verify.html from the unzipped folder and pick the folder (or the .zip): it recomputes every hash offline and says, per file, OK, CHANGED, MISSING or UNLISTED, and checks the chain of custody. ' +
    'With the project\'s source, "npm run verify -- <bundle.zip>" does the same on the command line.',
  'Without either tool: compute the SHA-256 of each file (sha256sum on Linux, shasum -a 256 on macOS, Get-FileHash on Windows) and compare it with the "hash" beside the file\'s path in datapackage.json.',
  'Chain of custody: each line of custody.jsonl carries "bodyHash", the SHA-256 of JSON.stringify({ seq, at, event, subject, detail }) of that line, ' +
    '"prev", the hash of the line before it, and "hash", the SHA-256 of JSON.stringify({ seq, bodyHash, prev }). ' +
    'A line about records outside this export is withheld: it keeps only seq, bodyHash, prev and hash, so the log still checks whole and in order without telling what that event was. ' +
    'A chain by itself proves order, not time or authorship: whoever holds the log can rebuild it. The signature says which device made the bundle; a trusted timestamp says it existed by then.',
];

/** What the reports show for a custody line withheld from this export. */
export const WITHHELD_TEXT = 'withheld (about records outside this export)';

export const CUSTODY_INTRO =
  'Every capture, review and export recorded on this device, oldest first, as in custody.jsonl. Lines about records outside this export are withheld: ' +
  'their hashes show the log is whole and in order. The chain shows the order of events, not when they happened or who wrote them.';
