// The background's side of keeping the page as the browser shows it: MHTML and full-page
// screenshots of the sender's tab, staged like every other capture file so the commit checks
// them by SHA-256. Screenshot views wait in staging too (never in worker memory, which the
// browser may drop at any time); the commit or a discard clears them with the capture.
import type { BackgroundProtocol } from '../shared/messaging/messages';
import type { Handlers, SenderInfo } from '../shared/messaging/messaging';
import type { CaptureFile } from '../shared/model';
import type { ScreenshotView } from '../shared/messaging/page-image-messages';
import { bytesToBase64, gzip } from '../shared/bytes/bytes';
import { sha256HexAsync } from '../shared/bytes/hash';
import { MAX_VIEWS } from '../shared/pictures/screenshot-plan';
import { stageChunk, takeStagedBytes, type EvidenceDb } from '../storage';
import type { TabPictures } from './tab-pictures';
import { stitchScreenshots } from './stitch-screenshots';

type PageImageHandlers = Pick<Handlers<BackgroundProtocol>, 'capture.pageMhtml' | 'capture.screenshotView' | 'capture.stitchScreenshots'>;

/** Pictures are only ever taken of an upwork.com tab, at its own content script's request. */
function upworkTab(sender: SenderInfo): { id: number; windowId: number } {
  const url = sender.tab?.url;
  const { id, windowId } = sender.tab ?? {};
  if (!url || new URL(url).origin !== 'https://www.upwork.com' || id === undefined) throw new Error('pictures are only taken of upwork.com tabs');
  return { id, windowId: windowId ?? -2 };
}

function checkCaptureId(captureId: unknown): string {
  if (typeof captureId !== 'string' || !/^cap_[A-Za-z0-9_-]+$/.test(captureId)) throw new Error('the capture id is not valid');
  return captureId;
}

async function stageWhole(db: EvidenceDb, captureId: string, file: CaptureFile, bytes: Uint8Array, compress: boolean): Promise<void> {
  const stored = compress ? await gzip(bytes) : bytes;
  await stageChunk(db, { captureId, file, part: 0, parts: 1, base64: bytesToBase64(stored), gzip: compress });
}

async function fileOf(path: string, bytes: Uint8Array, mediaType: string): Promise<CaptureFile> {
  return { path, sha256: await sha256HexAsync(bytes), bytes: bytes.length, mediaType };
}

export function pageImageHandlers(db: EvidenceDb, pictures: TabPictures): PageImageHandlers {
  return {
    'capture.pageMhtml': async (input, sender) => {
      const tab = upworkTab(sender);
      const captureId = checkCaptureId(input.captureId);
      const mhtml = await pictures.mhtml(tab.id);
      // MHTML is text: gzip saves most of it. Stored once by hash like any page copy.
      const file = await fileOf(`captures/${captureId}/page.mhtml`, mhtml, 'multipart/related');
      await stageWhole(db, captureId, file, mhtml, true);
      return { file };
    },
    'capture.screenshotView': async (input, sender) => {
      const tab = upworkTab(sender);
      const captureId = checkCaptureId(input.captureId);
      if (!Number.isInteger(input.view) || input.view < 0 || input.view >= MAX_VIEWS) throw new Error('the screenshot view number is out of range');
      const png = await pictures.captureVisible(tab.id, tab.windowId);
      const takenAt = new Date().toISOString();
      const file = await fileOf(viewPath(captureId, input.view), png, 'image/png');
      await stageWhole(db, captureId, file, png, false);
      return { file, takenAt };
    },
    'capture.stitchScreenshots': async (input, sender) => {
      upworkTab(sender);
      const captureId = checkCaptureId(input.captureId);
      const views = checkViews(captureId, input.views, input.positions);
      if (![input.viewportWidth, input.viewportHeight, input.pageHeight].every((n) => Number.isFinite(n) && n > 0)) throw new Error('the page size is not valid');
      const viewPngs = await takeStagedBytes(db, captureId, views.map((v) => v.file));
      const stitched = await stitchScreenshots(viewPngs, input, new Date(views[0]!.takenAt));
      const files: CaptureFile[] = [];
      for (const [k, png] of stitched.pngs.entries()) {
        const file = await fileOf(`captures/${captureId}/screenshot-${k + 1}.png`, png, 'image/png');
        // PNG is compressed already: staged as it is.
        await stageWhole(db, captureId, file, png, false);
        files.push(file);
      }
      return { files, width: stitched.width, height: stitched.height };
    },
  };
}

function viewPath(captureId: string, view: number): string {
  return `captures/${captureId}/views/view-${view + 1}.png`;
}

function checkViews(captureId: string, views: ScreenshotView[], positions: number[]): ScreenshotView[] {
  if (!Array.isArray(views) || views.length === 0 || views.length > MAX_VIEWS || !Array.isArray(positions) || positions.length !== views.length) {
    throw new Error('the screenshot views do not match their scroll positions');
  }
  if (positions.some((p) => !Number.isFinite(p) || p < 0)) throw new Error('a scroll position is not valid');
  views.forEach((v, i) => {
    if (v?.file?.path !== viewPath(captureId, i) || Number.isNaN(Date.parse(v.takenAt))) throw new Error(`screenshot view ${i + 1} is not one of this capture's`);
  });
  return views;
}
