// verify.html's user interface, as browser JavaScript source. Results are written with
// textContent only: file names inside a tampered bundle are as hostile as captured text.
export const VERIFY_PAGE_UI_JS = String.raw`
async function picked(list, fromFolder) {
  var all = Array.from(list || []);
  if (!all.length) return;
  say('Checking ' + all.length + ' file(s)...', '');
  try {
    var files;
    if (!fromFolder && all.length === 1 && /\.zip$/i.test(all[0].name)) {
      files = await readZip(new Uint8Array(await all[0].arrayBuffer()));
    } else {
      files = await folderFiles(all, fromFolder);
    }
    show(await checkBundle(files));
  } catch (err) {
    say('Could not check: ' + (err && err.message ? err.message : String(err)), 'bad');
  }
}

// A picked folder gives paths like "bundle/captures/x/page.html": the bundle's root is the
// folder that holds datapackage.json; anything outside it is not part of the bundle.
async function folderFiles(all, fromFolder) {
  var paths = all.map(function (f) { return fromFolder && f.webkitRelativePath ? f.webkitRelativePath : f.name; });
  var manifests = paths.filter(function (p) { return p === 'datapackage.json' || /\/datapackage\.json$/.test(p); });
  manifests.sort(function (a, b) { return a.length - b.length; });
  var root = manifests.length ? manifests[0].slice(0, -'datapackage.json'.length) : '';
  var files = new Map();
  for (var i = 0; i < all.length; i++) {
    if (paths[i].indexOf(root) !== 0) continue;
    files.set(paths[i].slice(root.length), new Uint8Array(await all[i].arrayBuffer()));
  }
  return files;
}

function say(text, kind) {
  var verdict = document.getElementById('verdict');
  verdict.textContent = text;
  verdict.className = kind;
}

function show(result) {
  var bad = result.rows.filter(function (r) { return r.status !== 'OK'; }).length;
  var custodyProblems = result.custody ? result.custody.problems : [];
  if (result.ok) {
    say('OK: all ' + result.rows.length + ' files match datapackage.json and the chain of custody (' + result.custody.events + ' events) is intact.' +
      (result.signature ? ' The signature is valid.' : ''), 'ok');
  } else {
    say('NOT INTACT: ' + [].concat(result.problems, bad ? [bad + ' file(s) not OK'] : [], custodyProblems.length ? ['custody chain broken'] : [],
      result.signature && !result.signature.ok ? ['signature: ' + result.signature.detail] : []).join('; ') + '.', 'bad');
  }
  var body = document.getElementById('rows');
  body.textContent = '';
  result.rows.forEach(function (r) {
    var tr = document.createElement('tr');
    tr.className = r.status === 'OK' ? 'ok' : 'bad';
    [r.path, r.status, r.detail].forEach(function (text) {
      var td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    });
    body.appendChild(tr);
  });
  var custody = document.getElementById('custody');
  custody.textContent = !result.custody ? '' : custodyProblems.length ? custodyProblems.join('\n') :
    'Intact: ' + result.custody.events + ' events, each hash matches its line and the line before it.';
  document.getElementById('signature').textContent = result.signature ? 'datapackage-digest.json: ' + result.signature.detail : 'Not signed.';
}

if (typeof document !== 'undefined') {
  document.getElementById('folder').addEventListener('change', function (e) { picked(e.target.files, true); });
  document.getElementById('files').addEventListener('change', function (e) { picked(e.target.files, false); });
}
`;
