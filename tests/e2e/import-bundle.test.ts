// Import bundle, end to end: capture the fixture room and export it in one browser, then import
// that zip into a fresh profile through the dashboard's button and see the messages listed; a
// tampered copy of the same zip is refused with what failed, and nothing is imported.
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureThroughButton, exportFromDashboard, openRoom } from '../../scripts/lib/capture-flow';
import { serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/messages-room');
const ROOM = '/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const ROOM_URL = `https://www.upwork.com${ROOM}?pageTitle=Dana%20Whitfield&sidebar=true`;

let fresh: ExtensionBrowser | undefined;
let bundle: Buffer;
let bundleName: string;
/** The capturing browser's signing key, as its dashboard shows it. */
let capturingKey: string;

beforeAll(async () => {
  const capturing = await launchForTest();
  try {
    await serveUpwork(capturing.context, { [ROOM]: path.join(FIXTURES, 'shared-room.html') });
    expect(await captureThroughButton(await openRoom(capturing, ROOM_URL))).toMatch(/^Captured 16 messages/);
    const capturingDashboard = await capturing.extensionPage('dashboard');
    const keyText = capturingDashboard.getByText(/^Key fingerprint/);
    await keyText.waitFor();
    capturingKey = ((await keyText.textContent()) ?? '').replace(/^Key fingerprint\s*/, '').trim();
    expect(capturingKey).toMatch(/^([0-9a-f]{4} ){15}[0-9a-f]{4}$/);
    const download = await exportFromDashboard(capturingDashboard);
    bundleName = download.suggestedFilename();
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    bundle = Buffer.concat(chunks);
  } finally {
    await capturing.close();
  }
  fresh = await launchForTest();
});

afterAll(async () => {
  await fresh?.close();
});

async function importThroughButton(dashboard: Page, name: string, buffer: Buffer): Promise<string> {
  const choosing = dashboard.waitForEvent('filechooser');
  await dashboard.getByRole('button', { name: 'Import bundle' }).click();
  await (await choosing).setFiles({ name, mimeType: 'application/zip', buffer });
  const status = dashboard.locator('.dashboard-header').getByRole('status');
  const question = dashboard.getByRole('alertdialog');
  // A format 1 bundle is imported only once the user says so.
  await Promise.race([question.waitFor({ timeout: 30_000 }), status.filter({ hasText: /^(Imported|Nothing new|Import refused:|Import failed:)/ }).waitFor({ timeout: 30_000 })]);
  if (await question.count()) await question.getByRole('button', { name: 'Import anyway' }).click();
  return finished(dashboard);
}

async function finished(dashboard: Page): Promise<string> {
  const status = dashboard.locator('.dashboard-header').getByRole('status');
  await status.filter({ hasText: /^(Imported|Nothing new|Import refused:|Import failed:)/ }).waitFor({ timeout: 30_000 });
  return (await status.textContent()) ?? '';
}

describe('importing an exported bundle into a fresh browser', () => {
  it('refuses a tampered copy, saying what failed, and imports nothing', async () => {
    const zip = await JSZip.loadAsync(bundle);
    const evidence = await zip.file('evidence.json')!.async('string');
    zip.file('evidence.json', evidence.replace('I need the size chart before I approve M1.', 'The size chart is not needed.'));
    const tampered = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const dashboard = await fresh!.extensionPage('dashboard');
    expect(await importThroughButton(dashboard, 'tampered.zip', tampered)).toMatch(/^Import refused: changed: evidence\.json \(hash differs/);
    await expect.poll(() => dashboard.getByText('No evidence yet').count()).toBe(1);
    await dashboard.close();
  });

  it('imports the bundle through the Import bundle button and lists its messages', async () => {
    const dashboard = await fresh!.extensionPage('dashboard');
    const name = bundleName.replace(/\.zip$/, '');
    expect(await importThroughButton(dashboard, bundleName, bundle)).toBe(
      `Imported 16 messages, 1 conversation and 1 capture from ${name}. It was signed by another device, key ${capturingKey}: check this fingerprint with whoever gave you the bundle.`,
    );
    // This browser's own key is another one.
    expect(await dashboard.getByText(/^Key fingerprint/).textContent()).not.toContain(capturingKey);
    await dashboard.getByRole('navigation', { name: 'Conversations' }).getByRole('button', { name: /^Dana Whitfield/ }).click();
    const articles = dashboard.locator('article[data-message-id]');
    await expect.poll(() => articles.count()).toBe(16);
    await expect.poll(() => articles.first().textContent()).toContain('keeps all existing product URLs');
    // Each imported message is marked, with the bundle and the key that signed it.
    await expect.poll(() => dashboard.locator('article .badge--imported').count()).toBe(16);
    expect(await dashboard.locator('article .badge--imported').first().getAttribute('aria-label')).toBe(`Imported from ${bundleName}, signed by key ${capturingKey}`);
  });
});
