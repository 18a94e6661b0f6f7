// What the page-copy step needs from the background, and nothing more: a place to stage the
// copy's bytes, the browser's own MHTML of the tab, and its screenshots. The one implementation
// that talks to the extension's messaging is ports/runtime-ports.ts; tests pass a fake.
import type { CaptureFile } from '../../shared/model';
import type { ScreenshotView, StitchedScreenshots, StitchScreenshotsInput } from '../../shared/page-image-messages';

export interface PageCopyPort {
  /** Stages page.html (sent compressed, in parts) under the capture, for its commit. */
  stage(captureId: string, file: CaptureFile, bytes: Uint8Array, signal: AbortSignal): Promise<void>;
  /** The browser's MHTML of this tab, staged by the background; rejects where it offers none. */
  mhtml(captureId: string): Promise<CaptureFile>;
  /** A picture of what the tab shows now, staged by the background as view `view`. */
  screenshotView(captureId: string, view: number): Promise<ScreenshotView>;
  stitchScreenshots(input: StitchScreenshotsInput): Promise<StitchedScreenshots>;
}
