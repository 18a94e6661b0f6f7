// Redaction end to end in Chromium: a captured message redacted in the dashboard, exported, and
// the hidden words found in no file of the zip, while the bundle verifies and records the hash
// of the original that the store still keeps.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUpwork, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { launchForTest } from './launch';
import { captureThroughButton, exportFromDashboard, openRoom } from '../../scripts/lib/capture-flow';
import { verifyBundle } from '../../src/export';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/messages-room');
const ROOM = '/ab/messages/rooms/room_5f3c9a0e7d21b84c6a0f9e13d2b7c418';
const ROOM_URL = `https://www.upwork.com${ROOM}?pageTitle=Dana%20Whitfield&sidebar=true`;
const ORIGINAL = "The size chart was not in the Milestone 1 scope. Happy to add it: it's about 2 hours. I can fold it into Milestone 2 or you can add a bonus, your call.";
const HIDDEN = 'about 2 hours';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchForTest();
  await serveUpwork(browser.context, { [ROOM]: path.join(FIXTURES, 'shared-room.html') });
  const room = await openRoom(browser, ROOM_URL);
  expect(await captureThroughButton(room)).toBe('Captured 16 messages (16 new, 0 edited, 0 deleted)');
});

afterAll(async () => {
  await browser?.close();
});

describe('redacting a message before an export', () => {
  it('hides typed words in the dashboard, and the zip holds them nowhere yet verifies', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    const card = dashboard.locator('article[data-message-id]').filter({ hasText: 'The size chart was not in the Milestone 1 scope.' });
    await card.getByText('Redact for export').click();
    await card.getByLabel('Words to hide').fill(HIDDEN);
    await card.getByLabel('Reason').selectOption('personal details');
    await card.getByRole('button', { name: 'Hide these words' }).click();
    await expect.poll(() => card.locator('summary').filter({ hasText: 'Redact for export' }).textContent()).toBe('Redact for export (1 hidden)');

    const download = await exportFromDashboard(dashboard);
    const saved = path.join(tmpdir(), `e2e-redacted-${Date.now()}.zip`);
    await download.saveAs(saved);
    const bundle = new Uint8Array(readFileSync(saved));
    const result = await verifyBundle(bundle);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);

    const zip = await JSZip.loadAsync(bundle);
    for (const name of Object.keys(zip.files)) {
      expect((await zip.file(name)!.async('string')).includes(HIDDEN), name).toBe(false);
    }
    const evidence = JSON.parse(await zip.file('evidence.json')!.async('string'));
    const message = evidence.messages.find((m: { text: string }) => m.text.startsWith('The size chart was not'));
    expect(message.text).toBe(ORIGINAL.replace(HIDDEN, '[redacted]'));
    expect(message.originalSha256).toBe(createHash('sha256').update(ORIGINAL).digest('hex'));
    // The page copy and the browser's MHTML show the words and cannot be redacted in part: left out, named by hash.
    expect(evidence.captures[0].files).toEqual([]);
    expect(evidence.captures[0].filesLeftOut.map((f: { path: string }) => path.basename(f.path)).sort()).toEqual(['page.html', 'page.mhtml']);
    const custody = (await zip.file('custody.jsonl')!.async('string')).trim().split('\n').map((l) => JSON.parse(l));
    // The last line about a record is the redaction (the device's `key` line comes whenever the dashboard made its key).
    expect(custody.filter((e) => e.event !== 'key').at(-1)).toMatchObject({ event: 'redacted', detail: { type: 'message', action: 'span added', reason: 'personal details' } });
    // The dashboard still shows the original, as captured.
    await expect.poll(() => card.locator('.message-text').first().textContent()).toBe(ORIGINAL);
    await dashboard.close();
  });
});
