// The capture code is not part of the script that runs on every Upwork page: that one holds only
// the button, the page-kind check, the page's story listener and the message listener. When a
// capture starts, the background injects the capture code into the tab (capture.loadCaptureCode:
// scripting.executeScript with the built capture/index.ts, never a web-accessible file). It runs
// in this same isolated world, where the page cannot see it, and registers itself here.
import type { CaptureOutcome, CaptureTrigger } from '../shared/messages';
import type { PageKind } from '../shared/model';
import type { CaptureSession } from './capture-session';
import type { PageStoryLog } from './history/page-stories';

export interface CaptureRequest {
  doc: Document;
  url: URL;
  pageKind: PageKind;
  trigger: CaptureTrigger;
  session: CaptureSession;
  /** Our own UI, left out of the page copy and pictures. */
  exclude: Element | null;
  /** The page's story data, gathered since document_start. */
  pageStories: PageStoryLog;
}

export interface CaptureCode {
  capture(request: CaptureRequest): Promise<CaptureOutcome>;
}

/** A key in the isolated world's global: the same symbol for both scripts, invisible to the page. */
const KEY = Symbol.for('evidence-locker.capture-code');

type Scope = { [KEY]?: CaptureCode };

export function registerCaptureCode(code: CaptureCode, scope: object = globalThis): void {
  (scope as Scope)[KEY] = code;
}

/** The capture code, injected by `inject` the first time in this page; later captures reuse it. */
export async function loadCaptureCode(inject: () => Promise<unknown>, scope: object = globalThis): Promise<CaptureCode> {
  const loaded = (scope as Scope)[KEY];
  if (loaded) return loaded;
  await inject();
  const code = (scope as Scope)[KEY];
  if (!code) throw new Error('the capture code did not start in this tab. Reload the page and try again.');
  return code;
}
