// Fixed wording shared by report.html and report.md, so both say the same thing.

/** The method section: what each part of the proof shows, and what it does not, in plain words. */
export const WHAT_THE_PROOF_SHOWS: readonly string[] = [
  'Hashes. datapackage.json lists every file of this bundle with its SHA-256 hash and size. A matching hash shows that a file is the one listed; it does not show who listed it, or when: whoever changes a file can also recompute the list.',
  'Chain of custody. Each line of custody.jsonl records one event (a capture, a tag, a note, an export, an import, a new signing key) and carries the hash of the line before it, so the log shows the order of events and that no line was removed or edited in place. It does not show when the events happened or who wrote them: whoever holds the log can rebuild the whole chain. Lines about records outside this export are withheld (only their hashes remain), so the chain still checks without telling what they were.',
  'Signature. datapackage-digest.json holds an ECDSA P-256 signature over the hash of datapackage.json, made by a key kept inside the exporting browser, which never leaves it. A valid signature shows that the bundle has not changed since that key signed it. It shows which device made the bundle only when the key\'s fingerprint (printed on this report\'s cover, by verify.html and by npm run verify) matches the fingerprint the freelancer gave you apart from the bundle, for example in the dispute ticket\'s text or in their dashboard on a screen share: anyone can re-sign an edited bundle with a key of their own, and the fingerprint is then another one. A bundle without a signature fails verification (NOT SIGNED). The signature does not show what the page looked like to anyone else, nor that the conversation itself is true.',
  'Trusted time. When the freelancer turned it on, an independent time-stamping authority (RFC 3161) signed the hash of the signature with its own clock: that shows the bundle existed by that time, which the freelancer could not backdate. Without it, every time in this bundle is the freelancer\'s computer clock as recorded at capture and export.',
  'What none of it shows: that Upwork showed the same messages to the other party, or that nothing was left out of the capture. Each capture records what the tool did (history loaded, scripts removed from the page copy) so a reader can judge that.',
];

export const HOW_TO_VERIFY: readonly string[] = [
  'Open verify.html from the unzipped folder and pick the folder (or the .zip): it recomputes every hash offline and says, per file, OK, CHANGED, MISSING or UNLISTED, checks the chain of custody and the signature, and names the signing key\'s fingerprint. A page inside the bundle cannot vouch for the bundle, since whoever edits the bundle can edit the page too: for an independent check, run "npm run verify -- <bundle.zip>" from the project\'s own source, which runs the same checks.',
  'Without either tool: compute the SHA-256 of each file (sha256sum on Linux, shasum -a 256 on macOS, Get-FileHash on Windows) and compare it with the "hash" beside the file\'s path in datapackage.json; the SHA-256 of datapackage.json itself must be the "hash" in datapackage-digest.json. The signing key\'s fingerprint is the SHA-256 of the base64-decoded "publicKey" in datapackage-digest.json (for example: jq -r .signedData.publicKey datapackage-digest.json | base64 -d | sha256sum); compare it with the fingerprint the freelancer gave you.',
  'Chain of custody: each line of custody.jsonl carries "bodyHash", the SHA-256 of JSON.stringify({ seq, at, event, subject, detail }) of that line, and "hash", the SHA-256 of JSON.stringify({ seq, bodyHash, prev }), where "prev" is the hash of the line before it (older bundles: "hash" over JSON.stringify({ seq, at, event, subject, detail, prev }) and no bodyHash).',
];

/** Beside the signing key's fingerprint on the cover. */
export const SIGNING_KEY_NOTE =
  'the fingerprint of the key that signed this bundle; it proves which device made it only when it matches the fingerprint the freelancer gave you separately (in the ticket text, or shown in their dashboard)';

export const UNSIGNED_NOTE = 'none: this bundle is not signed, so nothing in it shows which device made it';

/** What the reports show for a custody line withheld from this export. */
export const WITHHELD_TEXT = 'withheld (about records outside this export)';

export const CUSTODY_INTRO =
  'Every capture, review and export recorded on this device, oldest first, as in custody.jsonl. Lines about records outside this export are withheld: ' +
  'their hashes show the log is whole and in order. The chain shows the order of events, not when they happened or who wrote them.';
