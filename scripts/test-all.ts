// npm test: every test, unit then end to end (Chromium found or installed as for the demo).
// Prints one closing line with the totals of both runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureChromium } from './lib/chromium';
import { ensureFirefox } from './lib/firefox';

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
const firefox = ensureFirefox();
console.log('\n== building dist/, dist-firefox/ and their test-only builds for the end-to-end tests ==');
const vite = (env: Record<string, string>) => spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
// The -test builds add <all_urls> so the screenshot tests need no user gesture (see vite.config.ts).
const variants: Record<string, string>[] = [{}, { EVIDENCE_TEST_BUILD: '1' }, { EVIDENCE_BROWSER: 'firefox' }, { EVIDENCE_BROWSER: 'firefox', EVIDENCE_TEST_BUILD: '1' }];
const builds = variants.map(vite);
const build = { status: builds.every(Boolean) ? 0 : 1 };
console.log('\n== web-ext lint on both shipped builds (what the stores run) ==');
const lint = build.status === 0 && spawnSync('npx', ['tsx', 'scripts/lint-builds.ts'], { cwd: ROOT, stdio: 'inherit' }).status === 0;
const e2e = build.status === 0 ? run('end-to-end tests', ['--config', 'vitest.e2e.config.ts'], { ...process.env, CHROME_PATH: chromium, FIREFOX_PATH: firefox }) : { ok: false, totals: { passed: 0, failed: 1, skipped: 0 } };

const passed = unit.totals.passed + e2e.totals.passed;
const failed = unit.totals.failed + e2e.totals.failed;
const skipped = unit.totals.skipped + e2e.totals.skipped;
const ok = typecheck.status === 0 && unit.ok && lint && e2e.ok;
if (typecheck.status !== 0) console.log('\nType check failed (see above).');
if (!lint) console.log('\nweb-ext lint found problems in a build (see above).');
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(ok ? 0 : 1);
