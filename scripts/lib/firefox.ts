// Debian's firefox-esr for the Firefox end-to-end test, driven by puppeteer-core over WebDriver
// BiDi (design notes in tests/e2e/firefox.test.ts). Installed with apt-get on a fresh machine of
// our kind, like Chromium (scripts/lib/chromium.ts); browsers never come from a test tool.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_INSTALL_COMMAND = 'sudo apt-get update && sudo apt-get install -y firefox-esr';

export function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return existsSync(DEBIAN_FIREFOX) ? DEBIAN_FIREFOX : null;
}

/** The path of a Firefox to run; installs Debian's when allowed, otherwise exits with the command to run. */
export function ensureFirefox(): string {
  const found = findFirefox();
  if (found) return found;
  const root = process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!root) {
    console.error(`Firefox was not found (set FIREFOX_PATH or install it). Install it with:\n  ${FIREFOX_INSTALL_COMMAND}`);
    process.exit(1);
  }
  console.log("Firefox was not found: installing Debian's firefox-esr package with apt-get…");
  execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null'], { stdio: 'inherit' });
  const installed = findFirefox();
  if (!installed) throw new Error('firefox-esr was installed but /usr/bin/firefox-esr is missing');
  return installed;
}
