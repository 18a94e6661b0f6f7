// The dashboard's first read is a classic script of its own, first in the page's head: it runs
// while the page's styles and modules load, needing none of them (src/ui/dashboard/first-read.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_READ_FILE } from '../../src/ui/dashboard/first-read-file';

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
