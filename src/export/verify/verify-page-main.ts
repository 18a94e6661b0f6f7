// verify.html's script: the very verifier npm run verify runs (verify-bundle.ts), bundled into
// the page at build time (scripts/build-verify-page.mjs), with a small user interface. Results
// are written with textContent only: file names inside a tampered bundle are as hostile as
// captured text.
import { verifyBundle, verifyFiles } from './verify-bundle';
import { signatureText, verdictLines } from './verify-words';
import type { VerifyResult } from './verify-result';

interface PickedFile {
  name: string;
  webkitRelativePath: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

async function picked(input: HTMLInputElement, fromFolder: boolean): Promise<void> {
  const all = Array.from(input.files ?? []);
  // Cleared, so picking the same bundle again (after replacing it on disk) checks it again.
  input.value = '';
  if (!all.length) return;
  say([`Checking ${all.length === 1 ? all[0]?.name ?? 'the file' : `${all.length} files`}…`], '');
  try {
    const single = all.length === 1 && !fromFolder ? all[0] : undefined;
    const result = single && /\.zip$/i.test(single.name) ? await verifyBundle(new Uint8Array(await single.arrayBuffer())) : await verifyFiles(await folderFiles(all, fromFolder));
    show(result, single?.name ?? 'the picked files');
  } catch (error) {
    say([`Could not check: ${error instanceof Error ? error.message : String(error)}`], 'bad');
  }
}

/**
 * A picked folder gives paths like "bundle/captures/x/page.html": the bundle's root is the
 * folder that holds datapackage.json; anything outside it is not part of the bundle.
 */
export async function folderFiles(all: readonly PickedFile[], fromFolder: boolean): Promise<Map<string, Uint8Array>> {
  const paths = all.map((f) => (fromFolder && f.webkitRelativePath ? f.webkitRelativePath : f.name));
  const manifests = paths.filter((p) => p === 'datapackage.json' || p.endsWith('/datapackage.json')).sort((a, b) => a.length - b.length);
  const root = manifests[0]?.slice(0, -'datapackage.json'.length) ?? '';
  const files = new Map<string, Uint8Array>();
  for (const [i, file] of all.entries()) {
    const path = paths[i] ?? '';
    if (path.startsWith(root)) files.set(path.slice(root.length), new Uint8Array(await file.arrayBuffer()));
  }
  return files;
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`verify.html has no #${id}`);
  return found;
}

function say(lines: readonly string[], kind: string): void {
  const verdict = element('verdict');
  verdict.textContent = lines.join('\n');
  verdict.className = kind;
}

export function show(result: VerifyResult, what: string): void {
  say(verdictLines(result, what), result.ok ? 'ok' : 'bad');
  const body = element('rows');
  body.textContent = '';
  for (const file of result.files) {
    const row = document.createElement('tr');
    row.className = file.status === 'OK' ? 'ok' : 'bad';
    for (const text of [file.path, file.status, file.detail]) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    body.append(row);
  }
  const custodyProblems = result.problems.filter((p) => p.startsWith('custody'));
  element('custody').textContent = result.custody.intact
    ? `Intact: ${result.custody.events} events, each line's hash matches its content and the line before it.`
    : `NOT INTACT: ${custodyProblems.length ? custodyProblems.join('; ') : 'custody.jsonl is missing or unreadable'}.`;
  element('signature').textContent = result.signature.status === 'valid'
    ? `Valid: ${signatureText(result.signature)}${result.signature.created ? `, made ${result.signature.created}` : ''}. Compare this fingerprint with the one the freelancer gave you apart from the bundle: only then does it show which device made the bundle.`
    : signatureText(result.signature);
}

if (typeof document !== 'undefined' && document.getElementById('files')) {
  element('folder').addEventListener('change', (e) => void picked(e.target as HTMLInputElement, true));
  element('files').addEventListener('change', (e) => void picked(e.target as HTMLInputElement, false));
}
