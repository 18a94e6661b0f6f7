// Trusted time end to end in Chromium (test build: host access everywhere, so the permission
// request is granted without a prompt): Settings point at a real local authority (openssl
// ts -reply on 127.0.0.1, no CORS headers: the worker's host permission lets it through), an export
// carries its token, and npm run verify prints the authority and the time. An authority that
// fails leaves the export signed, without a time, and the status line says why.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST_TEST, serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { captureThroughButton, exportFromDashboard, openRoom } from '../../scripts/lib/capture-flow';
import { startLocalAuthority, type LocalAuthority } from '../../scripts/lib/local-time-stamp-authority';
import { verifyBundle } from '../../src/export';
import { launchForTest } from './launch';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ROOM_PATH = '/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
let browser: ExtensionBrowser;
let authority: LocalAuthority;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'e2e-trusted-time-'));
  authority = await startLocalAuthority({ name: 'Local Test TSA' });
  writeFileSync(path.join(dir, 'test-root.pem'), authority.caPem);
  browser = await launchForTest({ dist: DIST_TEST });
  // Something to export: Export evidence is disabled while the store holds nothing.
  await serveUpwork(browser.context, { [ROOM_PATH]: path.resolve(import.meta.dirname, '../fixtures/messages-room/shared-room.html') });
  const room = await openRoom(browser, `https://www.upwork.com${ROOM_PATH}?pageTitle=Dana%20Whitfield&sidebar=true`);
  expect(await captureThroughButton(room)).toMatch(/^Captured 16 messages/);
  await room.close();
});

afterAll(async () => {
  await browser?.close();
  await authority?.close();
});

async function exportTo(dashboard: Page, name: string): Promise<{ file: string; status: string }> {
  const download = await exportFromDashboard(dashboard);
  const file = path.join(dir, name);
  await download.saveAs(file);
  const status = dashboard.getByRole('status').filter({ hasText: 'Exported' });
  await status.waitFor();
  return { file, status: (await status.textContent()) ?? '' };
}

describe('a trusted time from the authority chosen in Settings', () => {
  it('is off until turned on, then names the local authority', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    const box = dashboard.getByLabel('Add a trusted time to exports');
    expect(await box.isChecked()).toBe(false);
    await dashboard.getByLabel('Time-stamping authority').selectOption({ label: 'Another authority…' });
    await dashboard.getByLabel('Authority address').fill(authority.url);
    await dashboard.getByLabel('Authority address').press('Enter');
    await dashboard.getByLabel('Authority address').blur();
    // The box turns on only once the browser has granted the host and the setting is saved.
    await box.click();
    await dashboard.getByText(`Exports will carry a trusted time from 127.0.0.1:${new URL(authority.url).port}.`).waitFor();
    await expect.poll(() => box.isChecked()).toBe(true);
    await dashboard.close();
  });

  it('is taken by the service worker from the authority in the settings, though it sends no CORS headers', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    const signature = Buffer.from(crypto.getRandomValues(new Uint8Array(64))).toString('base64');
    const before = authority.requests;
    const outcome = await dashboard.evaluate((input) => chrome.runtime.sendMessage({ type: 'export.timeStamp', input }), { signature });
    expect(outcome).toMatchObject({ ok: true, value: { status: 'stamped', stamp: { authority: 'Local Test TSA' } } });
    expect(authority.requests).toBe(before + 1);
    await dashboard.close();
  });

  it('is added at export, and npm run verify prints the authority and the time (UTC)', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    const { file, status } = await exportTo(dashboard, 'stamped.zip');
    expect(status).toMatch(/with a trusted time from Local Test TSA: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
    const result = await verifyBundle(new Uint8Array(readFileSync(file)), { trustRoots: [authority.caPem] });
    expect(result.problems).toEqual([]);
    expect(result.trustedTime).toMatchObject({ status: 'trusted', authority: 'Local Test TSA' });

    const cli = spawnSync('npx', ['tsx', 'bin/verify.ts', file, '--trust-root', path.join(dir, 'test-root.pem')], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/^OK: /);
    expect(cli.stdout).toMatch(/\nTrusted time: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC, from Local Test TSA\n/);
    await dashboard.close();
  });

  it('is left out when the authority answers an error: the export completes, signed, and says why', async () => {
    authority.mode = 'error';
    const dashboard = await browser.extensionPage('dashboard');
    const { file, status } = await exportTo(dashboard, 'unstamped.zip');
    expect(status).toContain(`signed, without a trusted time: 127.0.0.1:${new URL(authority.url).port} answered HTTP 500 (Internal Server Error)`);
    const result = await verifyBundle(new Uint8Array(readFileSync(file)));
    expect(result.ok).toBe(true);
    expect(result.trustedTime).toBeUndefined();
    authority.mode = 'reply';
    await dashboard.close();
  });
});
