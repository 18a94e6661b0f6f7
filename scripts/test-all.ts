// npm test: every test, unit then end to end (Chromium found or installed as for the demo).
// Prints one closing line with the totals of both runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureChromium } from './lib/chromium';

const ROOT = path.resolve(import.meta.dirname, '..');
const reports = mkdtempSync(path.join(tmpdir(), 'evidence-locker-tests-'));

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv = process.env): { ok: boolean; totals: Totals } {
  console.log(`\n== ${label} ==`);
  const report = path.join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const result = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { cwd: ROOT, stdio: 'inherit', env });
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
    Object.assign(totals, { passed: json.numPassedTests, failed: json.numFailedTests, skipped: json.numPendingTests + json.numTodoTests });
  }
  return { ok: result.status === 0, totals };
}

console.log('== type check (a wrong message payload or a missing handler fails here) ==');
const typecheck = spawnSync('npx', ['tsc', '--noEmit'], { cwd: ROOT, stdio: 'inherit' });
const unit = run('unit tests', []);
const chromium = ensureChromium();
console.log('\n== building dist/ and the test-only dist-test/ for the end-to-end tests ==');
const shipped = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
// dist-test/ adds <all_urls> so the screenshot tests need no user gesture (see vite.config.ts).
const testOnly = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, EVIDENCE_TEST_BUILD: '1' } });
const build = { status: shipped.status === 0 && testOnly.status === 0 ? 0 : 1 };
const e2e = build.status === 0 ? run('end-to-end tests', ['--config', 'vitest.e2e.config.ts'], { ...process.env, CHROME_PATH: chromium }) : { ok: false, totals: { passed: 0, failed: 1, skipped: 0 } };

const passed = unit.totals.passed + e2e.totals.passed;
const failed = unit.totals.failed + e2e.totals.failed;
const skipped = unit.totals.skipped + e2e.totals.skipped;
const ok = typecheck.status === 0 && unit.ok && e2e.ok;
if (typecheck.status !== 0) console.log('\nType check failed (see above).');
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
