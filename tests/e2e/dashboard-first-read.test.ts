// The dashboard's first read is a classic script of its own, first in the page's head: it runs
// while the page's styles and modules load, needing none of them (src/ui/dashboard/first-read.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { FIRST_READ_FILE } from '../../src/ui/dashboard/first-read-file';
import { launchForTest } from './launch';

const ROOT = path.resolve(import.meta.dirname, '../..');
const builds = ['dist', 'dist-test', 'dist-firefox', 'dist-firefox-test'].filter((dir) => existsSync(path.join(ROOT, dir, 'manifest.json')));

describe.each(builds)('the dashboard of %s/', (dir) => {
  const html = readFileSync(path.join(ROOT, dir, 'src/ui/dashboard/index.html'), 'utf8');

  it('loads the first read before any style or module', () => {
    const first = html.indexOf(`<script src="/${FIRST_READ_FILE}"></script>`);
    expect(first).toBeGreaterThan(0);
    for (const other of ['<link rel="stylesheet"', '<script type="module"', '<link rel="modulepreload"']) expect(html.indexOf(other)).toBeGreaterThan(first);
  });

  it('has the first read as one small script that loads nothing else', () => {
    const script = readFileSync(path.join(ROOT, dir, FIRST_READ_FILE), 'utf8');
    expect(script).not.toMatch(/\bimport\s*[({"'`]|\bimport\s+\w|\brequire\(/);
    expect(script.length).toBeLessThan(4000);
  });
});

describe('the first read in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchForTest();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Chromium reads the newest rows backwards in one trip (getAll with a direction): the same rows,
  // oldest first, as a plain cursor from the newest finds, for every room and for one.
  it('reads the newest rows of every room, and of one, as a cursor from the newest does', async () => {
    const dashboard = await browser.extensionPage('dashboard');
    await dashboard.getByText('No evidence yet', { exact: false }).waitFor();
    await dashboard.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('evidence-locker');
          open.onsuccess = () => {
            const tx = open.result.transaction(['conversations', 'messages'], 'readwrite');
            for (const room of ['room_a', 'room_b']) tx.objectStore('conversations').put({ id: room, title: room, lastCapturedAt: '2026-03-02T15:00:00Z', contractIds: [] });
            for (let i = 0; i < 90; i++) {
              const room = i % 3 === 0 ? 'room_b' : 'room_a';
              tx.objectStore('messages').put({ id: `m${i}`, conversationId: room, position: i, sentAt: new Date(Date.UTC(2026, 2, 2, 10, i)).toISOString(), text: `message ${i}` });
            }
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    for (const hash of ['', '#conversation=room_a']) {
      await dashboard.goto(dashboard.url().replace(/#.*$/, '') + hash);
      await dashboard.reload();
      const { read, expected } = await dashboard.evaluate(async (room) => {
        const read = (await globalThis.evidenceLockerFirstRead)?.newest?.map((m) => m.id);
        const expected = await new Promise<string[]>((resolve) => {
          const open = indexedDB.open('evidence-locker');
          open.onsuccess = () => {
            const index = open.result.transaction('messages').objectStore('messages').index(room ? '[conversationId+sentAt+position]' : '[sentAt+conversationId+position]');
            const ids: string[] = [];
            const cursor = index.openCursor(room ? IDBKeyRange.bound([room, -Infinity, -Infinity], [room, [], []]) : null, 'prev');
            cursor.onsuccess = () => {
              const c = cursor.result;
              if (c && ids.length < 60) {
                ids.unshift((c.value as { id: string }).id);
                c.continue();
              } else (open.result.close(), resolve(ids));
            };
          };
        });
        return { read, expected };
      }, hash ? 'room_a' : null);
      expect(read).toHaveLength(60);
      expect(read).toEqual(expected);
    }
  });
});
