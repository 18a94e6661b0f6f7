// Stitches the views of a page into full-page PNGs in the service worker, which has no DOM but
// has createImageBitmap and OffscreenCanvas. Each file ends with the band (URL, UTC time).
import type { StitchScreenshotsInput } from '../shared/messaging/page-image-messages';
import { bandLines, fitText } from '../shared/pictures/screenshot-band';
import { stitchParts, toDevice, viewStrips, type StitchPart } from '../shared/pictures/screenshot-plan';

/** Band height and type size in CSS px, scaled like the views. */
const BAND_CSS = 52;
const FONT_CSS = 14;

export interface Stitched {
  pngs: Uint8Array[];
  width: number;
  height: number;
}

export async function stitchScreenshots(views: readonly Uint8Array[], input: StitchScreenshotsInput, takenAt: Date): Promise<Stitched> {
  const first = await decode(views, 0);
  // Device pixels per CSS pixel, as the browser actually took them (zoom and devicePixelRatio included).
  const scale = first.width / input.viewportWidth;
  const width = first.width;
  const viewRows = Math.min(toDevice(input.viewportHeight, scale), first.height);
  first.close();
  const tops = input.positions.map((p) => toDevice(p, scale));
  const contentHeight = Math.min(toDevice(input.pageHeight, scale), Math.max(...tops) + viewRows);
  const band = toDevice(BAND_CSS, scale);
  const parts = stitchParts(viewStrips(tops, viewRows, contentHeight), contentHeight, band);
  const pngs: Uint8Array[] = [];
  for (const [k, part] of parts.entries()) {
    pngs.push(await drawPart(views, part, width, band, scale, bandLines(input.url, takenAt, k + 1, parts.length)));
  }
  return { pngs, width, height: contentHeight };
}

async function drawPart(views: readonly Uint8Array[], part: StitchPart, width: number, band: number, scale: number, lines: [string, string]): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(width, part.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('the browser could not make a canvas for the screenshot');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, part.height);
  drawBand(ctx, width, part.bandTop, band, scale, lines);
  for (const d of part.draws) {
    const bitmap = await decode(views, d.view);
    ctx.drawImage(bitmap, 0, d.sy, width, d.sh, 0, d.dy, width, d.sh);
    bitmap.close();
  }
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}

function drawBand(ctx: OffscreenCanvasRenderingContext2D, width: number, top: number, band: number, scale: number, lines: [string, string]): void {
  ctx.fillStyle = '#1b1f24';
  ctx.fillRect(0, top, width, band);
  ctx.fillStyle = '#ffffff';
  ctx.textBaseline = 'top';
  ctx.font = `${Math.round(FONT_CSS * scale)}px sans-serif`;
  const pad = Math.round(10 * scale);
  const room = width - 2 * pad;
  ctx.fillText(fitText(lines[0], room, (s) => ctx.measureText(s).width), pad, top + Math.round(8 * scale));
  ctx.fillText(fitText(lines[1], room, (s) => ctx.measureText(s).width), pad, top + Math.round(28 * scale));
}

async function decode(views: readonly Uint8Array[], index: number): Promise<ImageBitmap> {
  const bytes = views[index];
  if (!bytes) throw new Error(`screenshot view ${index + 1} is missing`);
  return createImageBitmap(new Blob([bytes as BlobPart], { type: 'image/png' }));
}
