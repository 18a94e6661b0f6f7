// npm run package: the two store uploads, in packages/.
//  * evidence-locker-chrome-<version>.zip: dist/ zipped with manifest.json at the root (Chrome Web Store).
//  * evidence-locker-firefox-<version>.zip: dist-firefox/ through `web-ext build` (addons.mozilla.org),
//    after `web-ext lint` has passed on both (scripts/lint-builds.ts).
// The version is package.json's (the manifest takes it from there).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'packages');
const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

function step(what: string, command: string, args: string[], env: Record<string, string> = {}): void {
  console.log(`== ${what}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`Packaging stopped: ${what} failed.`);
    process.exit(1);
  }
}

/** Every file under `dir`, by its path relative to `dir` (forward slashes, as zip wants). */
function filesUnder(dir: string, prefix = ''): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  // Dot entries (.vite/, the bundler's own notes) are not part of the extension.
  for (const name of readdirSync(dir).sort().filter((n) => !n.startsWith('.'))) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, filesUnder(full, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = new Uint8Array(readFileSync(full));
  }
  return out;
}

step('Chromium build (dist/)', 'npx', ['vite', 'build', '--logLevel', 'warn']);
step('Firefox build (dist-firefox/)', 'npx', ['vite', 'build', '--logLevel', 'warn'], { EVIDENCE_BROWSER: 'firefox' });
step('web-ext lint on both builds', 'npx', ['tsx', 'scripts/lint-builds.ts']);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const chrome = path.join(OUT, `evidence-locker-chrome-${version}.zip`);
writeFileSync(chrome, zipSync(filesUnder(path.join(ROOT, 'dist')), { level: 9 }));
step('addons.mozilla.org package (web-ext build)', 'npx', ['web-ext', 'build', '--source-dir', 'dist-firefox', '--artifacts-dir', 'packages', '--filename', `evidence-locker-firefox-${version}.zip`, '--overwrite-dest', '--no-config-discovery']);
console.log(`\nStore uploads in packages/:\n  ${path.basename(chrome)} (Chrome Web Store)\n  evidence-locker-firefox-${version}.zip (addons.mozilla.org)`);
// The screenshots take a browser run of their own; made apart so packaging stays quick.
console.log('Listing screenshots and text for both stores: npm run listing (writes listing/).');
