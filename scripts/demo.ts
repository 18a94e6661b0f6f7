// npm run demo: build the extension, load it into headless Chromium, capture a bundled demo
// conversation served at an upwork.com room URL through the real in-page button, export a
// bundle from the dashboard, verify it, and print where it is.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './lib/chromium';
import { launchWithExtension, serveUpwork } from './lib/extension-browser';
import { captureThroughButton, exportFromDashboard, openRoom } from './lib/capture-flow';
import { verdictLines, verifyBundle } from '../src/export';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROOM_PATH = '/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const DEMO_ROOM = path.join(ROOT, 'tests/fixtures/messages-room/shared-room.html');
const OUT = path.join(ROOT, 'out');

async function main(): Promise<void> {
  console.log('Building the extension into dist/ …');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  const executablePath = ensureChromium();
  mkdirSync(OUT, { recursive: true });
  // The demo room's times were written for a viewer in UTC.
  const browser = await launchWithExtension({ executablePath, timeZone: 'UTC' });
  try {
    await serveUpwork(browser.context, { [ROOM_PATH]: DEMO_ROOM });
    console.log(`Opening the demo conversation at https://www.upwork.com${ROOM_PATH} (served locally) …`);
    const room = await openRoom(browser, `https://www.upwork.com${ROOM_PATH}?pageTitle=Dana%20Whitfield`);
    const status = await captureThroughButton(room);
    console.log(`In-page status: ${status}`);
    if (!status.startsWith('Captured')) throw new Error(status);

    const dashboard = await browser.extensionPage('dashboard');
    const download = await exportFromDashboard(dashboard);
    const bundlePath = path.join(OUT, download.suggestedFilename().endsWith('.zip') ? download.suggestedFilename() : 'evidence-bundle.zip');
    await download.saveAs(bundlePath);

    const result = await verifyBundle(new Uint8Array(readFileSync(bundlePath)));
    const { messages, conversations, captures, files } = result.summary;
    console.log(`\nBundle: ${bundlePath}`);
    console.log(`Messages: ${messages}  Conversations: ${conversations}  Captures: ${captures}  Files: ${files}`);
    // The same words npm run verify prints: OK with the signing key's fingerprint, or what failed.
    for (const line of verdictLines(result, path.basename(bundlePath))) console.log(line);
    if (!result.ok) process.exitCode = 1;
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
