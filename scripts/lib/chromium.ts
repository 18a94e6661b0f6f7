// Finds Debian's Chromium, installing it where this is a fresh machine of our kind (root with
// apt-get, as in CI). Browsers never come from a test tool's own download.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : null;
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** The path of a Chromium to run; installs Debian's when allowed, otherwise exits with the command to run. */
export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (!canInstallWithApt()) {
    console.error(`Chromium was not found (set CHROME_PATH or install it). Install it with:\n  ${INSTALL_COMMAND}`);
    process.exit(1);
  }
  console.log('Chromium was not found: installing Debian\'s chromium package with apt-get (about 20 s)…');
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null'], { stdio: 'inherit' });
  const installed = findChromium();
  if (!installed) {
    console.error(`apt-get finished but ${DEBIAN_CHROMIUM} is still missing. Install it with:\n  ${INSTALL_COMMAND}`);
    process.exit(1);
  }
  return installed;
}
