// What runs on every Upwork page stays small, and nothing of ours is web-accessible to the page:
// the built manifests' content scripts are measured gzipped (goal ≤ 20 KB; 37 KB before the
// capture code was split off), and the capture code is injected only when a capture starts.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CAPTURE_CODE_FILE } from '../../src/shared/capture-code-file';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LIMIT_BYTES = 20 * 1024;

interface BuiltManifest {
  content_scripts?: { js?: string[] }[];
  web_accessible_resources?: unknown[];
}

const builds = ['dist', 'dist-firefox', 'dist-firefox-test'].filter((dir) => existsSync(path.join(ROOT, dir, 'manifest.json')));

describe.each(builds)('the content scripts of %s/', (dir) => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, dir, 'manifest.json'), 'utf8')) as BuiltManifest;
  const files = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);

  it('load at most 20 KB gzipped on each Upwork page', () => {
    const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(ROOT, dir, file)), { level: 9 }).length, 0);
    expect(files.length).toBeGreaterThan(0);
    expect(gzipped).toBeLessThanOrEqual(LIMIT_BYTES);
  });

  it('leave the capture code out of them, built apart and exposed to no page', () => {
    expect(files).not.toContain(CAPTURE_CODE_FILE);
    expect(existsSync(path.join(ROOT, dir, CAPTURE_CODE_FILE))).toBe(true);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

it('checks at least the shipped Chromium build', () => {
  expect(builds).toContain('dist');
});
