// verify.html's checks, as browser JavaScript source: the same verdicts as verify-bundle.ts,
// recomputed with crypto.subtle so a reviewer needs nothing but a browser.
export const VERIFY_PAGE_CHECKS_JS = String.raw`
var EXEMPT = ['datapackage.json', 'datapackage-digest.json'];

function utf8(bytes) { return new TextDecoder().decode(bytes); }

async function sha256Hex(bytes) {
  var digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
}

async function checkBundle(files) {
  var result = { ok: false, rows: [], problems: [], custody: null, signature: null };
  var manifestBytes = files.get('datapackage.json');
  if (!manifestBytes) { result.problems.push('datapackage.json is missing: this is not an evidence bundle'); return result; }
  var manifest;
  try { manifest = JSON.parse(utf8(manifestBytes)); } catch (e) { manifest = null; }
  if (!manifest || !Array.isArray(manifest.resources)) { result.problems.push('datapackage.json is not a valid manifest'); return result; }
  if (manifest.formatVersion !== 1 && manifest.formatVersion !== 2) result.problems.push('datapackage.json has formatVersion ' + JSON.stringify(manifest.formatVersion) + '; this page checks versions 1 and 2');
  var listed = new Set();
  for (var i = 0; i < manifest.resources.length; i++) {
    var r = manifest.resources[i] || {};
    var path = String(r.path);
    if (listed.has(path)) { result.problems.push('datapackage.json lists ' + path + ' twice'); continue; }
    listed.add(path);
    result.rows.push(await checkFile(path, r, files.get(path)));
  }
  files.forEach(function (bytes, path) {
    if (!listed.has(path) && EXEMPT.indexOf(path) < 0) result.rows.push({ path: path, status: 'UNLISTED', detail: 'in the bundle but not listed in datapackage.json' });
  });
  var evidence = files.get('evidence.json');
  if (evidence) result.problems = result.problems.concat(await checkAttachmentFiles(utf8(evidence), files));
  var custody = files.get('custody.jsonl');
  result.custody = custody ? await checkCustody(utf8(custody), manifest.formatVersion === 1 ? 1 : 2) : { events: 0, problems: ['custody.jsonl is missing'] };
  var digest = files.get('datapackage-digest.json');
  if (digest) result.signature = await checkDigest(utf8(digest), manifestBytes);
  result.ok = result.problems.length === 0 && result.custody.problems.length === 0 &&
    result.rows.every(function (row) { return row.status === 'OK'; }) && (!result.signature || result.signature.ok);
  return result;
}

async function checkFile(path, resource, bytes) {
  if (!bytes) return { path: path, status: 'MISSING', detail: 'listed in datapackage.json but not in the bundle' };
  var want = String(resource.hash || '');
  var got = 'sha256:' + await sha256Hex(bytes);
  var differences = [];
  if (got !== want) differences.push('hash differs: ' + got + ', datapackage.json says ' + want);
  if (resource.bytes !== bytes.length) differences.push(bytes.length + ' bytes, datapackage.json says ' + resource.bytes);
  return differences.length ? { path: path, status: 'CHANGED', detail: differences.join('; ') } : { path: path, status: 'OK', detail: got };
}

// An attachment file is named by its own SHA-256: each one evidence.json says was saved must match it.
async function checkAttachmentFiles(text, files) {
  var problems = [];
  var doc;
  try { doc = JSON.parse(text); } catch (e) { return ['evidence.json is not valid JSON']; }
  var messages = doc && Array.isArray(doc.messages) ? doc.messages : [];
  for (var i = 0; i < messages.length; i++) {
    var list = messages[i] && Array.isArray(messages[i].attachments) ? messages[i].attachments : [];
    for (var j = 0; j < list.length; j++) {
      var a = list[j] || {};
      if (typeof a.path !== 'string') continue;
      var named = /^attachments\/([0-9a-f]{64})\.[a-z0-9]{1,8}$/.exec(a.path);
      if (!named || named[1] !== a.sha256) { problems.push('evidence.json: an attachment of message ' + messages[i].id + ' names ' + a.path + ', which is not the file of its SHA-256'); continue; }
      var bytes = files.get(a.path);
      if (!bytes) problems.push('missing: ' + a.path + ' (the saved file of an attachment of message ' + messages[i].id + ')');
      else if (await sha256Hex(bytes) !== named[1]) problems.push('changed: ' + a.path + ' (its content is not the file evidence.json recorded: the SHA-256 differs from its name)');
    }
  }
  return problems;
}

async function checkCustody(text, format) {
  var lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  var problems = [];
  var prev = null;
  for (var i = 0; i < lines.length; i++) {
    var e;
    try { e = JSON.parse(lines[i]); } catch (err) { e = null; }
    if (!e || typeof e !== 'object') { problems.push('custody line ' + (i + 1) + ': is not a JSON object'); prev = null; continue; }
    if (e.prev !== (prev ? prev.hash : null)) problems.push('custody line ' + (i + 1) + ': does not follow the line before it');
    if (prev && e.seq !== prev.seq + 1) problems.push('custody line ' + (i + 1) + ': sequence number ' + e.seq + ' follows ' + prev.seq);
    var own = await custodyLineProblem(e, format);
    if (own) problems.push('custody line ' + (i + 1) + ': ' + own);
    prev = e;
  }
  return { events: lines.length, problems: problems };
}

// The same rules as shared/custody.ts: format 2 lines carry bodyHash, and a withheld line only its hashes.
async function custodyLineProblem(e, format) {
  var hashOf = function (value) { return sha256Hex(new TextEncoder().encode(JSON.stringify(value))); };
  if (format === 1) {
    if (e.withheld === true) return 'a withheld line in a format 1 bundle, which has none';
    var old = await hashOf({ seq: e.seq, at: e.at, event: e.event, subject: e.subject, detail: e.detail, prev: e.prev });
    return old === e.hash ? null : 'its hash does not match its content';
  }
  if (e.withheld === true) {
    var extra = Object.keys(e).filter(function (k) { return ['seq', 'withheld', 'bodyHash', 'prev', 'hash'].indexOf(k) < 0; });
    if (extra.length) return 'a withheld line also carries ' + extra.join(', ');
  } else if (await hashOf({ seq: e.seq, at: e.at, event: e.event, subject: e.subject, detail: e.detail }) !== e.bodyHash) {
    return 'its bodyHash does not match its content';
  }
  return (await hashOf({ seq: e.seq, bodyHash: e.bodyHash, prev: e.prev })) === e.hash ? null : 'its hash does not match its seq, bodyHash and prev';
}

async function checkDigest(text, manifestBytes) {
  try {
    var d = JSON.parse(text);
    var hash = 'sha256:' + await sha256Hex(manifestBytes);
    if (d.path !== 'datapackage.json' || d.hash !== hash) return { ok: false, detail: 'its hash does not match datapackage.json' };
    var signed = d.signedData || {};
    var key = await crypto.subtle.importKey('spki', fromBase64(signed.publicKey), { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    var valid = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, rawSignature(fromBase64(signed.signature)), new TextEncoder().encode(d.hash));
    return valid ? { ok: true, detail: 'signature valid (public key ' + String(signed.publicKey).slice(-16) + ')' } : { ok: false, detail: 'the signature does not verify' };
  } catch (err) {
    return { ok: false, detail: 'unreadable: ' + (err && err.message ? err.message : String(err)) };
  }
}

function fromBase64(text) {
  return Uint8Array.from(atob(String(text)), function (c) { return c.charCodeAt(0); });
}

// Signatures made outside WebCrypto (OpenSSL, Node) are DER; WebCrypto wants r and s, 32 bytes each.
function rawSignature(sig) {
  if (sig.length === 64 || sig[0] !== 0x30) return sig;
  var out = new Uint8Array(64);
  var p = 2;
  for (var k = 0; k < 2; k++) {
    var length = sig[p + 1];
    var part = sig.subarray(p + 2, p + 2 + length);
    while (part.length > 32 && part[0] === 0) part = part.subarray(1);
    out.set(part, 32 * (k + 1) - part.length);
    p += 2 + length;
  }
  return out;
}
`;
