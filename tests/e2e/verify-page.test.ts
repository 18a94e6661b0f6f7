// verify.html in real Chromium, opened from an unzipped bundle: the reader picks the zip (or the
// folder) with the browser's file chooser, and the page must give the very verdict npm run verify
// gives, on the intact bundle and on every tampered one, with per-file, custody and signature verdicts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fingerprintGroups, verdictLines, verifyBundle } from '../../src/export';
import { findChromium } from '../../scripts/lib/chromium';
import { bundleFiles, DEVICE_FINGERPRINT, fingerprintOf, OTHER_KEYS, TAMPER_SET } from '../unit/export/export-tamper';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'verify-page-'));
  const files = await bundleFiles();
  // The page as a reviewer opens it: verify.html from the unzipped bundle folder.
  for (const [name, bytes] of files) {
    mkdirSync(path.dirname(path.join(dir, 'bundle', name)), { recursive: true });
    writeFileSync(path.join(dir, 'bundle', name), bytes);
  }
  for (const [name, make] of Object.entries(TAMPER_SET)) writeFileSync(path.join(dir, `${name}.zip`), await make());
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium is missing: set CHROME_PATH.');
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
  page.on('pageerror', (e) => requests.push(`error: ${e.message}`));
  await page.goto(`file://${path.join(dir, 'bundle', 'verify.html')}`);
  expect(requests).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
});

async function pick(selector: string, files: string | string[]): Promise<string> {
  await page.evaluate(() => { (document.getElementById('verdict') as HTMLElement).textContent = ''; });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click(selector)]);
  await chooser.setFiles(files);
  await page.waitForFunction(() => /^(OK|FAILED|Could not)/.test(document.getElementById('verdict')?.textContent ?? ''));
  return (await page.textContent('#verdict')) ?? '';
}

describe('verify.html in Chromium', () => {
  it.each(Object.keys(TAMPER_SET))('gives the CLI\'s verdict on a bundle: %s', async (name) => {
    const zipPath = path.join(dir, `${name}.zip`);
    const shown = await pick('#files', zipPath);
    const expected = verdictLines(await verifyBundle(new Uint8Array(readFileSync(zipPath))), `${name}.zip`);
    expect(shown).toBe(expected.join('\n'));
    expect(shown.startsWith('OK')).toBe(name === 'intact' || name === 're-signed with another key');
  });

  it('matches npm run verify itself, line for line, on a tampered bundle', () => {
    const zipPath = path.join(dir, 'a file edited, the manifest fixed after.zip');
    const cli = spawnSync('npx', ['tsx', 'bin/verify.ts', zipPath], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(cli.status).toBe(1);
    return pick('#files', zipPath).then((shown) => expect(shown).toBe(cli.stdout.trim()));
  });

  it('shows each file, the custody chain and the signing key of an intact bundle', async () => {
    expect(await pick('#files', path.join(dir, 'intact.zip'))).toContain(`signed by key ${fingerprintGroups(DEVICE_FINGERPRINT)}`);
    const rows = await page.$$eval('#rows tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent).slice(0, 2).join(' ')));
    expect(rows).toContain('evidence.json OK');
    expect(rows.every((r) => r.endsWith(' OK'))).toBe(true);
    expect(await page.textContent('#custody')).toMatch(/^Intact: 5 events/);
    expect(await page.textContent('#signature')).toContain(`Valid: signed by key ${fingerprintGroups(DEVICE_FINGERPRINT)}`);
  });

  it('names the other key of a re-signed bundle, and CHANGED files of an edited one', async () => {
    await pick('#files', path.join(dir, 're-signed with another key.zip'));
    expect(await page.textContent('#signature')).toContain(fingerprintGroups(await fingerprintOf(OTHER_KEYS)));
    await pick('#files', path.join(dir, 'a file edited.zip'));
    const rows = await page.$$eval('#rows tr.bad td:nth-child(2)', (tds) => tds.map((td) => td.textContent));
    expect(rows).toEqual(['CHANGED']);
    await pick('#files', path.join(dir, 'the signature removed.zip'));
    expect(await page.textContent('#signature')).toBe('NOT SIGNED');
  });

  it('checks the unzipped folder\'s files as well as the zip', async () => {
    const shown = await pick('#folder', path.join(dir, 'bundle'));
    expect(shown).toMatch(/^OK: /);
    expect(shown).toContain(fingerprintGroups(DEVICE_FINGERPRINT));
  });
});
