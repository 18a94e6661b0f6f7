// npm run listing (scripts/listing.ts) makes one screenshot per view the stores should show; this
// checks its list covers them all, at the stores' size, with a file and a caption each.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LISTING_SHOTS, SHOT_SIZE } from '../../../scripts/lib/listing-shots';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('the store listing screenshots', () => {
  it('cover the popup on a room, the dashboard with a room, a case, the report and the verify page, at 1280×800', () => {
    expect(LISTING_SHOTS.map((s) => s.view)).toEqual(['popup-on-room', 'dashboard-room', 'case-view', 'report', 'verify-page']);
    expect(SHOT_SIZE).toEqual({ width: 1280, height: 800 });
    expect(new Set(LISTING_SHOTS.map((s) => s.file)).size).toBe(LISTING_SHOTS.length);
    for (const shot of LISTING_SHOTS) {
      expect(shot.file).toMatch(/^\d-[a-z-]+\.png$/);
      expect(shot.caption.length).toBeGreaterThan(20);
    }
  });

  // The script has a maker for every view by type (a Record over ListingView): tsc checks that.
  it('are written by npm run listing to listing/, which git ignores', () => {
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8')).toMatch(/^\/listing\/$/m);
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.listing).toContain('scripts/listing.ts');
  });
});
