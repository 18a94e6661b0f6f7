// npm run lint:builds: web-ext lint (the linter addons.mozilla.org runs) on both builds.
// dist-firefox/ must have 0 errors and 0 warnings. dist/ is the Chromium build: web-ext judges it
// by Firefox's rules, so the few manifest findings that only say "this is not a Firefox
// manifest" are set aside, each named below; anything else in it (eval, innerHTML, bad JSON…)
// counts as for Firefox. Assumes both builds exist (npm run build && npm run build:firefox).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Chromium-only by design: a service worker, no gecko id, MHTML through pageCapture. */
const CHROMIUM_ONLY = new Set(['BACKGROUND_SERVICE_WORKER_NOFALLBACK', 'ADDON_ID_REQUIRED', 'MISSING_DATA_COLLECTION_PERMISSIONS', 'MANIFEST_PERMISSIONS']);

interface Finding {
  code: string;
  message: string;
  file?: string;
}

function lint(dir: string): { errors: Finding[]; warnings: Finding[]; notices: Finding[] } {
  if (!existsSync(path.join(ROOT, dir, 'manifest.json'))) throw new Error(`${dir}/ is missing: build it first`);
  const out = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], { cwd: ROOT, encoding: 'utf8' });
  const json = out.stdout.slice(out.stdout.indexOf('{'));
  return JSON.parse(json) as { errors: Finding[]; warnings: Finding[]; notices: Finding[] };
}

function check(dir: string, allowed: (f: Finding) => boolean): boolean {
  const r = lint(dir);
  const found = [...r.errors.map((f) => ({ ...f, level: 'error' })), ...r.warnings.map((f) => ({ ...f, level: 'warning' }))];
  const counted = found.filter((f) => !allowed(f));
  const aside = found.length - counted.length;
  console.log(`${dir}/: ${r.errors.length} errors, ${r.warnings.length} warnings${aside ? ` (${aside} Chromium-only manifest findings set aside)` : ''}`);
  for (const f of counted) console.log(`  ${f.level} ${f.code} ${f.file ?? ''}: ${f.message}`);
  return counted.length === 0;
}

const firefoxOk = check('dist-firefox', () => false);
const chromiumOk = check('dist', (f) => CHROMIUM_ONLY.has(f.code) && (f.code !== 'MANIFEST_PERMISSIONS' || /pageCapture/.test(f.message)));
process.exit(firefoxOk && chromiumOk ? 0 : 1);
