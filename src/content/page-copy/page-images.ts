// Keeps the page as the browser shows it, beside the script-free page.html: the browser's own
// MHTML (where it offers one) and a full-page screenshot (when the user's gesture allows it).
// Neither is essential to the evidence: anything missing is recorded in the capture's actions.
import type { CaptureTrigger } from '../../shared/messages';
import type { CaptureFile } from '../../shared/model';
import { errorText } from '../../shared/messaging';
import type { PageCopyPort } from './page-copy-port';
import { takeViews } from './scroll-views';
import { setAside } from './set-aside';
import { t } from '../status-words';

export interface PageImagesOptions {
  doc: Document;
  /** The page's address, printed in the screenshots' band. */
  pageUrl: string;
  captureId: string;
  trigger: CaptureTrigger;
  signal: AbortSignal;
  progress(text: string): void;
  /** Our own UI, left out of the pictures. */
  exclude: Element | null;
  port: PageCopyPort;
}

export const NO_SCREENSHOTS_FROM_PAGE_BUTTON =
  "no screenshots: captures started from the page's own button cannot take pictures of the tab; use the toolbar button, Alt+Shift+E or the right-click menu";

export async function keepPageImages(opts: PageImagesOptions): Promise<{ files: CaptureFile[]; actions: string[] }> {
  const files: CaptureFile[] = [];
  const actions: string[] = [];
  opts.progress(t('capture_progress_keeping_browser_copy', 'Keeping the browser’s copy of the page…'));
  const putBack = setAside(opts.exclude);
  try {
    files.push(await opts.port.mhtml(opts.captureId));
    actions.push("kept the browser's own MHTML copy of the page (page.mhtml)");
  } catch (error) {
    actions.push(`no MHTML: ${errorText(error)}`);
  } finally {
    putBack();
  }
  opts.signal.throwIfAborted();
  // A click inside the page grants no activeTab, so the browser would refuse (design/testing.md).
  if (opts.trigger === 'page-button') return { files, actions: [...actions, NO_SCREENSHOTS_FROM_PAGE_BUTTON] };
  try {
    const taken = await takeViews(opts.doc, opts);
    opts.progress(t('capture_progress_joining_screenshots', 'Putting the screenshots together…'));
    const stitched = await opts.port.stitchScreenshots({ captureId: opts.captureId, url: opts.pageUrl, ...taken });
    files.push(...stitched.files);
    const shown = taken.pageHeight > taken.positions.at(-1)! + taken.viewportHeight ? ` (the top ${taken.views.length} screens of a longer page)` : '';
    const split = stitched.files.length > 1 ? `, in ${stitched.files.length} files top to bottom` : '';
    actions.push(`took a full-page screenshot from ${taken.views.length} views of the tab${shown}: ${stitched.width} × ${stitched.height} px${split}, with a band showing the URL and the time taken (UTC)`);
  } catch (error) {
    opts.signal.throwIfAborted();
    actions.push(`no screenshots: ${plainScreenshotError(errorText(error))}`);
  }
  return { files, actions };
}

function plainScreenshotError(text: string): string {
  if (/activeTab|<all_urls>/.test(text)) return `the browser did not allow pictures of this tab (${text}); capture from the toolbar button, Alt+Shift+E or the right-click menu`;
  return text;
}
