// Takes the views of a full-page screenshot: scrolls the document from top to bottom, one
// viewport at a time, asking the background for a picture at each stop, then puts the page back.
//
// "Full page" means the document's own scroll (document.scrollingElement). In a messages room the
// tall content scrolls inside #story-viewport instead, so there the pictures show the room screen
// as the document shows it — what the user saw — while the messages themselves are in page.html
// and the records; scrolling inner panes would picture a layout the user never saw.
import type { ScreenshotView } from '../../shared/page-image-messages';
import { scrollPositions } from '../../shared/screenshot-plan';
import type { PageCopyPort } from './page-copy-port';
import { setAside } from './set-aside';
import { t } from '../status-words';

export interface ViewsOptions {
  captureId: string;
  signal: AbortSignal;
  progress(text: string): void;
  /** Our own UI, set aside while the pictures are taken. */
  exclude: Element | null;
  port: PageCopyPort;
}

export interface TakenViews {
  views: ScreenshotView[];
  positions: number[];
  viewportWidth: number;
  viewportHeight: number;
  pageHeight: number;
}

export async function takeViews(doc: Document, opts: ViewsOptions): Promise<TakenViews> {
  const win = doc.defaultView;
  if (!win || doc.visibilityState !== 'visible') throw new Error('the tab was not in front; keep it in front while capturing');
  const scroller = (doc.scrollingElement ?? doc.documentElement) as HTMLElement;
  // The document's visible area without a horizontal scrollbar; the pictures' width includes the vertical one.
  const viewportHeight = doc.documentElement.clientHeight || win.innerHeight;
  const viewportWidth = win.innerWidth;
  const pageHeight = Math.max(scroller.scrollHeight, viewportHeight);
  const planned = scrollPositions(pageHeight, viewportHeight);
  const saved = { top: scroller.scrollTop, left: scroller.scrollLeft };
  const showUi = setAside(opts.exclude);
  const views: ScreenshotView[] = [];
  const positions: number[] = [];
  try {
    for (const [i, top] of planned.entries()) {
      opts.signal.throwIfAborted();
      opts.progress(t('capture_progress_screenshots', 'Taking screenshots… $1 of $2', i + 1, planned.length));
      scroller.scrollTo({ top, left: saved.left, behavior: 'instant' });
      await painted(win);
      // Where the page really is (it may stop short of the asked position): the stitch uses this.
      positions.push(scroller.scrollTop);
      views.push(await opts.port.screenshotView(opts.captureId, i));
    }
  } finally {
    scroller.scrollTo({ top: saved.top, left: saved.left, behavior: 'instant' });
    showUi();
  }
  return { views, positions, viewportWidth, viewportHeight, pageHeight };
}

/** Two animation frames: the scrolled page has been laid out and painted. Capped, as a tab put behind stops frames. */
function painted(win: Window): Promise<void> {
  return new Promise((resolve) => {
    const timer = win.setTimeout(resolve, 500);
    win.requestAnimationFrame(() =>
      win.requestAnimationFrame(() => {
        win.clearTimeout(timer);
        resolve();
      }),
    );
  });
}
