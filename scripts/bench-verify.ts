// npm run bench (or tsx scripts/bench-verify.ts): verification of a ~100 MB signed bundle.
// Goals: npm run verify <= 2 s (the command as a user runs it, and the verifier in-process);
// verify.html in Chromium <= 3x the verifier in the same run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { buildBundleFiles, signBundleFiles, verifyBundle, zipBundle } from '../src/export';
import { chainCustody } from '../src/shared/custody';
import { sha256Hex } from '../src/shared/hash';
import type { CustodyEvent, EvidenceSet, StoredMessage } from '../src/shared/model';
import { makeEvidenceSet } from '../tests/unit/export/export-fixtures';
import { ensureChromium } from './lib/chromium';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'out');
const MESSAGES = 21_000;
const SCREENSHOTS = 36; // 2 MB each, incompressible like real PNGs
const ROUNDS = 3;

function randomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 65536) crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

/** The fixture set grown to a long dispute: 21,000 messages, as many custody events, and 72 MB of screenshots. */
function bigSet(): EvidenceSet {
  const set = makeEvidenceSet();
  const template = set.messages.find((m) => m.id === 'story_a1') as StoredMessage;
  const messages: StoredMessage[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    const at = new Date(Date.UTC(2026, 2, 2) + i * 60_000).toISOString().replace('.000', '');
    messages.push({ ...template, id: `story_${i}`, sentAt: at, sentAtText: at, position: i, text: `Message ${i}: the milestone, the scope and the files we agreed on, in a few plain sentences of ordinary length.`, attachments: [] });
  }
  const capture = set.captures.find((c) => c.id === 'cap-1');
  if (!capture) throw new Error('fixture changed: no cap-1');
  for (let n = 1; n <= SCREENSHOTS; n++) {
    const bytes = randomBytes(2 * 1024 * 1024);
    const file = { path: `captures/cap-1/screenshot-${n}.png`, sha256: sha256Hex(bytes), bytes: bytes.length, mediaType: 'image/png' };
    capture.files.push(file);
    set.files.set(file.path, bytes);
  }
  const page = new TextEncoder().encode(`<html><body>${'<div class="story">a message as the page showed it</div>\n'.repeat(200_000)}</body></html>`);
  set.files.set('captures/cap-1/page.html', page);
  capture.files[0] = { ...capture.files[0]!, sha256: sha256Hex(page), bytes: page.length };
  let last: CustodyEvent | null = null;
  const custody: CustodyEvent[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    last = chainCustody(last, { at: '2026-03-10T15:00:00Z', event: 'tagged', subject: `story_${i}`, detail: { tag: 'billing' } });
    custody.push(last);
  }
  return { ...set, messages: [...set.messages, ...messages], custody };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  console.log('Building a signed bundle of ~100 MB…');
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
  const set = bigSet();
  const zip = await zipBundle(await signBundleFiles(buildBundleFiles(set), keys, set.exportedAt, set.software));
  const zipPath = path.join(OUT, 'bench-verify.zip');
  writeFileSync(zipPath, zip);

  const inProcess: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    const result = await verifyBundle(zip);
    inProcess.push(performance.now() - start);
    if (!result.ok) throw new Error(`the bench bundle does not verify: ${result.problems.join('; ')}`);
  }
  const command: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const start = performance.now();
    const run = spawnSync('npm', ['run', '--silent', 'verify', '--', zipPath], { cwd: ROOT, encoding: 'utf8' });
    command.push(performance.now() - start);
    if (run.status !== 0) throw new Error(`npm run verify failed: ${run.stdout}${run.stderr}`);
  }

  const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu'] });
  const page: number[] = [];
  try {
    const verifyHtml = path.join(OUT, 'bench-verify.html');
    writeFileSync(verifyHtml, buildBundleFiles(makeEvidenceSet()).get('verify.html') as Uint8Array);
    const tab = await browser.newPage();
    tab.on('pageerror', (e) => console.log(`verify.html error: ${e.message}`));
    await tab.goto(`file://${verifyHtml}`);
    for (let r = 0; r < ROUNDS; r++) {
      // Timed inside the page, from the input's change to the verdict, so file transfer into the browser is not counted.
      await tab.evaluate(() => {
        (document.getElementById('verdict') as HTMLElement).textContent = '';
        const w = window as unknown as { benchStart?: number };
        document.getElementById('files')?.addEventListener('change', () => (w.benchStart = performance.now()), { once: true });
      });
      const [chooser] = await Promise.all([tab.waitForEvent('filechooser'), tab.click('#files')]);
      await chooser.setFiles(zipPath);
      await tab.waitForFunction(() => /^(OK|FAILED|Could not)/.test(document.getElementById('verdict')?.textContent ?? ''), undefined, { timeout: 120_000, polling: 100 }).catch(async (error: unknown) => {
        throw new Error(`verify.html gave no verdict (it shows: ${(await tab.textContent('#verdict'))?.slice(0, 200)}): ${String(error)}`);
      });
      const ms = await tab.evaluate(() => performance.now() - ((window as unknown as { benchStart?: number }).benchStart ?? 0));
      const verdict = (await tab.textContent('#verdict')) ?? '';
      if (!verdict.startsWith('OK')) throw new Error(`verify.html: ${verdict}`);
      page.push(ms);
    }
  } finally {
    await browser.close();
  }

  const mb = zip.length / 1024 / 1024;
  const [cmd, lib, html] = [median(command), median(inProcess), median(page)];
  const lines = [
    `Verify a signed bundle of ${mb.toFixed(1)} MB (${MESSAGES.toLocaleString('en-US')} messages, ${MESSAGES.toLocaleString('en-US')} custody events, ${SCREENSHOTS} screenshots), median of ${ROUNDS}`,
    `npm run verify (the whole command, Node start included): ${(cmd / 1000).toFixed(2)} s (goal <= 2 s) ${cmd <= 2000 ? 'OK' : 'OVER'}`,
    `verifier in-process: ${(lib / 1000).toFixed(2)} s (goal <= 2 s) ${lib <= 2000 ? 'OK' : 'OVER'}`,
    `verify.html in Chromium: ${(html / 1000).toFixed(2)} s = ${(html / lib).toFixed(2)}x the verifier (goal <= 3x) ${html <= 3 * lib ? 'OK' : 'OVER'}`,
  ];
  console.log(lines.join('\n'));
  writeFileSync(path.join(OUT, 'bench-verify.json'), JSON.stringify({ zipMB: mb, commandMs: command, inProcessMs: inProcess, pageMs: page }, null, 2));
}

main().catch((error: unknown) => {
  console.error(`bench-verify failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
