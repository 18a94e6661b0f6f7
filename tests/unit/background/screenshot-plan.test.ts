import { describe, expect, it } from 'vitest';
import { MAX_PART_HEIGHT, scrollPositions, stitchParts, toDevice, viewStrips } from '../../../src/shared/screenshot-plan';

describe('where a full-page screenshot scrolls', () => {
  it('takes one view of a page no taller than the viewport', () => {
    expect(scrollPositions(500, 720)).toEqual([0]);
    expect(scrollPositions(720, 720)).toEqual([0]);
  });

  it('steps one viewport at a time and ends the last view at the bottom, overlapping the one before', () => {
    expect(scrollPositions(2777, 720)).toEqual([0, 720, 1440, 2057]);
    expect(scrollPositions(2160, 720)).toEqual([0, 720, 1440]);
  });

  it('stops at the view limit on a very tall page, from its top', () => {
    expect(scrollPositions(100_000, 1000, 3)).toEqual([0, 1000, 2000]);
  });

  it('refuses a tab with no visible area', () => {
    expect(() => scrollPositions(1000, 0)).toThrow(/no visible area/);
  });
});

describe('stitching the views', () => {
  it('keeps only the new rows of the last, overlapping view', () => {
    // 2777 CSS px at dpr 2: views 1440 device rows tall.
    const tops = [0, 720, 1440, 2057].map((p) => toDevice(p, 2));
    const strips = viewStrips(tops, toDevice(720, 2), toDevice(2777, 2));
    expect(strips).toEqual([
      { view: 0, sy: 0, sh: 1440, y: 0 },
      { view: 1, sy: 0, sh: 1440, y: 1440 },
      { view: 2, sy: 0, sh: 1440, y: 2880 },
      { view: 3, sy: 4320 - 4114, sh: 5554 - 4320, y: 4320 },
    ]);
    expect(strips.reduce((n, s) => n + s.sh, 0)).toBe(5554);
  });

  it('puts one file above the band when the page fits', () => {
    const strips = viewStrips([0, 500], 700, 1200);
    expect(stitchParts(strips, 1200, 50)).toEqual([
      {
        height: 1250,
        bandTop: 1200,
        draws: [
          { view: 0, sy: 0, sh: 700, dy: 0 },
          { view: 1, sy: 200, sh: 500, dy: 700 },
        ],
      },
    ]);
  });

  it('splits a page taller than a canvas into files top to bottom, cutting a view across two files', () => {
    const strips = viewStrips([0, 1000, 2000], 1000, 3000);
    const parts = stitchParts(strips, 3000, 100, 1300);
    expect(parts.map((p) => p.height)).toEqual([1300, 1300, 700]);
    expect(parts.map((p) => p.bandTop)).toEqual([1200, 1200, 600]);
    expect(parts[0]!.draws).toEqual([
      { view: 0, sy: 0, sh: 1000, dy: 0 },
      { view: 1, sy: 0, sh: 200, dy: 1000 },
    ]);
    expect(parts[1]!.draws).toEqual([
      { view: 1, sy: 200, sh: 800, dy: 0 },
      { view: 2, sy: 0, sh: 400, dy: 800 },
    ]);
    expect(parts[2]!.draws).toEqual([{ view: 2, sy: 400, sh: 600, dy: 0 }]);
    expect(parts.flatMap((p) => p.draws).reduce((n, d) => n + d.sh, 0)).toBe(3000);
  });

  it('never makes a file taller than the canvas limit', () => {
    const tops = scrollPositions(40_000, 1000).map((p) => toDevice(p, 2));
    const parts = stitchParts(viewStrips(tops, 2000, 80_000), 80_000, 104);
    expect(parts.every((p) => p.height <= MAX_PART_HEIGHT)).toBe(true);
    expect(parts.reduce((n, p) => n + p.height - 104, 0)).toBe(80_000);
  });
});
