// Fixed wording shared by report.html and report.md, so both say the same thing.

/** The method section: what each part of the proof shows, and what it does not, in plain words. */
export const WHAT_THE_PROOF_SHOWS: readonly string[] = [
  'Hashes: each file matches the SHA-256 that datapackage.json lists. They do not show who made the list: whoever edits a file can recompute it.',
  'Chain of custody: each line of custody.jsonl carries the hash of the line before it, so the log shows the order of events and that none was removed or edited in place (lines about records outside this export are withheld, only their hashes kept). It does not show when or by whom: whoever holds the log can rebuild it.',
  'Signature: datapackage-digest.json signs the hash of datapackage.json with a key that never leaves the exporting browser. It shows the bundle is unchanged since that key signed it, and which device signed it only when the fingerprint on the cover matches the one the freelancer gave you apart from the bundle: anyone can re-sign an edited bundle, with another fingerprint. An unsigned bundle fails (NOT SIGNED).',
  'Trusted time (when turned on): an RFC 3161 authority signed the signature\'s hash with its own clock, so the bundle existed by then. Without it, times are the freelancer\'s computer clock. None of this shows that the other party saw the same messages, or that nothing was left out.',
];

export const HOW_TO_VERIFY: readonly string[] = [
  'Open verify.html from the unzipped folder and pick the folder or the .zip: it checks every file (OK, CHANGED, MISSING, UNLISTED), the custody chain and the signature, and names the signing key. Being inside the bundle, it cannot vouch for it: "npm run verify -- <bundle.zip>" from the project\'s own source runs the same checks.',
  'By hand: each file\'s SHA-256 (sha256sum, shasum -a 256, Get-FileHash) must match datapackage.json, and that of datapackage.json the "hash" in datapackage-digest.json. The fingerprint is the SHA-256 of the decoded "publicKey" (jq -r .signedData.publicKey datapackage-digest.json | base64 -d | sha256sum).',
  'Custody lines: "bodyHash" = SHA-256 of JSON.stringify({ seq, at, event, subject, detail }); "hash" = SHA-256 of JSON.stringify({ seq, bodyHash, prev }); "prev" = the previous line\'s hash (format 1: "hash" over { seq, at, event, subject, detail, prev }).',
];

/** Beside the signing key's fingerprint on the cover. */
export const SIGNING_KEY_NOTE = 'compare it with the fingerprint the freelancer gave you separately';

export const UNSIGNED_NOTE = 'none: this bundle is not signed, so nothing in it shows which device made it';

/** What the reports show for a custody line withheld from this export. */
export const WITHHELD_TEXT = 'withheld (about records outside this export)';

export const CUSTODY_INTRO =
  'Every capture, review and export recorded on this device, oldest first, as in custody.jsonl. Lines about records outside this export are withheld: ' +
  'their hashes show the log is whole and in order. The chain shows the order of events, not when they happened or who wrote them.';
