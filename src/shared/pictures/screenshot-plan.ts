// Where to scroll for a full-page screenshot, and how the views fit together into PNG files.
// Pure arithmetic, so the awkward cases (the last view overlapping the one before it, a page
// taller than a canvas can be) are unit-tested without a browser.

/** Views beyond this are not taken: at two per second a 40-screen page already takes 20 s. */
export const MAX_VIEWS = 40;

/**
 * Chromium refuses canvases taller than 32,767 px, and very large ones fail to allocate;
 * 16,384 device pixels per file stays well inside both at any width a screen has.
 */
export const MAX_PART_HEIGHT = 16_384;

/**
 * Scroll offsets (CSS px) that together show a page `pageHeight` tall through a viewport
 * `viewportHeight` tall: one viewport apart, the last one moved up to end at the page's bottom
 * (so it overlaps the one before). At most `maxViews`; a longer page is shown from its top.
 */
export function scrollPositions(pageHeight: number, viewportHeight: number, maxViews = MAX_VIEWS): number[] {
  if (!(viewportHeight > 0)) throw new Error('the tab has no visible area to take a picture of.');
  const bottom = Math.max(0, Math.round(pageHeight - viewportHeight));
  const positions: number[] = [];
  for (let y = 0; y < bottom && positions.length < maxViews; y += viewportHeight) positions.push(Math.round(y));
  if (positions.length < maxViews) positions.push(bottom);
  return positions;
}

/** One view's rows that appear in the stitched page: rows sy…sy+sh of the view at page row y. */
export interface Strip {
  view: number;
  sy: number;
  sh: number;
  y: number;
}

/**
 * Which rows of each view to keep (all in device pixels). `tops` are where the views start on
 * the page; each view shows `viewRows` rows. A view that overlaps the ones above it (the last,
 * partial step) gives only its new rows. Rows no view showed stay uncovered (background).
 */
export function viewStrips(tops: readonly number[], viewRows: number, contentHeight: number): Strip[] {
  const strips: Strip[] = [];
  let covered = 0;
  tops.forEach((top, view) => {
    const start = Math.max(top, covered);
    const end = Math.min(top + viewRows, contentHeight);
    if (end > start) strips.push({ view, sy: start - top, sh: end - start, y: start });
    covered = Math.max(covered, end);
  });
  return strips;
}

export interface Draw {
  view: number;
  /** Source rows in the view. */
  sy: number;
  sh: number;
  /** Destination row in the file (above the band). */
  dy: number;
}

export interface StitchPart {
  /** Total height in device pixels, band included. */
  height: number;
  /** First row of the band, which closes the file. */
  bandTop: number;
  draws: Draw[];
}

/**
 * Splits the stitched page into files of at most `maxPartHeight` rows, top to bottom, each
 * ending with a `bandHeight` band; a strip crossing a file boundary is drawn in both files.
 * The band closes the file rather than opening it: PNG compresses rows in order, so two
 * pictures of an unchanged page then share every byte before the band, and storage keeps those
 * bytes once (see pieced-blobs.ts).
 */
export function stitchParts(strips: readonly Strip[], contentHeight: number, bandHeight: number, maxPartHeight = MAX_PART_HEIGHT): StitchPart[] {
  const rowsPerPart = maxPartHeight - bandHeight;
  if (rowsPerPart <= 0) throw new Error('the band leaves no room for the page.');
  const count = Math.max(1, Math.ceil(contentHeight / rowsPerPart));
  const parts: StitchPart[] = [];
  for (let k = 0; k < count; k++) {
    const from = k * rowsPerPart;
    const to = Math.min(from + rowsPerPart, contentHeight);
    const draws: Draw[] = [];
    for (const s of strips) {
      const a = Math.max(s.y, from);
      const b = Math.min(s.y + s.sh, to);
      if (b > a) draws.push({ view: s.view, sy: s.sy + (a - s.y), sh: b - a, dy: a - from });
    }
    const rows = Math.max(0, to - from);
    parts.push({ height: rows + bandHeight, bandTop: rows, draws });
  }
  return parts;
}

/** CSS px → device px at the measured scale (the views' width over the viewport's). */
export function toDevice(cssPx: number, scale: number): number {
  return Math.round(cssPx * scale);
}
