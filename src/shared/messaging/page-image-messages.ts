// The background messages that keep the page as the browser shows it: its MHTML and
// screenshots of the tab. Listed in BackgroundProtocol (messages.ts).
import type { CaptureFile } from '../model';

export interface ScreenshotViewInput {
  captureId: string;
  /** 0-based, top to bottom. */
  view: number;
}

export interface ScreenshotView {
  /** The view's PNG as staged (under the capture, never committed; used by the stitch). */
  file: CaptureFile;
  /** When the browser took it, ISO 8601 UTC. */
  takenAt: string;
}

export interface StitchScreenshotsInput {
  captureId: string;
  url: string;
  views: ScreenshotView[];
  /** Where each view was scrolled to, CSS px (as the page reported it, not as asked). */
  positions: number[];
  /** The document's visible area and full height, CSS px. */
  viewportWidth: number;
  viewportHeight: number;
  pageHeight: number;
}

export interface StitchedScreenshots {
  /** screenshot-1.png, screenshot-2.png… top to bottom. */
  files: CaptureFile[];
  width: number;
  /** Rows of the page shown, device px (without the bands). */
  height: number;
}

export type PageImagesProtocol = {
  /** The browser's MHTML of the sender's tab, staged as captures/<id>/page.mhtml (gzip). */
  'capture.pageMhtml': (input: { captureId: string }) => { file: CaptureFile };
  /** One screenshot of the sender's tab as it is now, spaced to the browser's rate limit. */
  'capture.screenshotView': (input: ScreenshotViewInput) => ScreenshotView;
  /** Stitches the views into full-page PNGs with the band, staged for the commit. */
  'capture.stitchScreenshots': (input: StitchScreenshotsInput) => StitchedScreenshots;
};
