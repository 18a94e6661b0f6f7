// Content script on https://www.upwork.com/*, started at document_start so it hears the page's
// story data from the first response. It runs on every Upwork page, so it holds only what must:
// classify the page, show the button where we can capture, listen for the page's story data and
// for the popup's and shortcut's messages, follow the single-page app's navigation. The capture
// itself is brought in when one starts (capture-code.ts).
import type { CaptureOutcome, CaptureTrigger } from '../shared/messages';
import type { PageKind } from '../shared/model';
import { getPageKind, roomIdFromUrl } from '../shared/page-kinds';
import { errorText } from '../shared/messaging';
import { mountCaptureButton, type CaptureButton } from './button/capture-button';
import { loadCaptureCode, type CaptureCode, type CaptureRequest } from './capture-code';
import { RoomSwitchedError, type CaptureSession } from './capture-session';
import { runtimePagePort } from './ports/runtime-ports';
import { watchNavigation } from './navigation';
import { listenForPageStories } from './history/page-stories';
import { t } from './status-words';

const pageStories = listenForPageStories(window);
let button: CaptureButton | null = null;
let running: { controller: AbortController; url: string } | null = null;

function capturableKind(): PageKind | null {
  return getPageKind(new URL(location.href));
}

function syncButton(): void {
  if (!document.documentElement) return;
  const kind = capturableKind();
  if (kind && !button) button = mountCaptureButton(document, { onCapture: () => void capture('page-button').catch(() => undefined), onCancel: quietly(() => running?.controller.abort()) });
  if (!kind && button && !running) {
    button.remove();
    button = null;
  }
}

function session(state: { controller: AbortController }): CaptureSession {
  return {
    get signal() {
      return state.controller.signal;
    },
    progress: (text) => button?.setStatus(text, 'progress'),
    keepPartial: (loaded) => button?.askKeepPartial(loaded) ?? Promise.resolve(false),
    resume() {
      state.controller = new AbortController();
      button?.setBusy(true);
    },
  };
}

async function capture(trigger: CaptureTrigger): Promise<CaptureOutcome> {
  const pageKind = capturableKind();
  if (!pageKind) return { status: 'failed', message: t('capture_failed', 'Capture failed: $1', t('capture_failed_not_capturable', 'this page is not one Evidence Locker can capture.')) };
  if (running) return { status: 'failed', message: t('capture_failed', 'Capture failed: $1', t('capture_failed_already_running', 'a capture of this tab is already running.')) };
  syncButton();
  const state = { controller: new AbortController(), url: location.href };
  running = state;
  button?.setBusy(true);
  try {
    const outcome = await runCapture({ doc: document, url: new URL(state.url), pageKind, trigger, session: session(state), exclude: button?.host ?? null, pageStories });
    button?.setStatus(outcome.message, outcome.status === 'captured' ? 'ok' : 'error');
    return outcome;
  } finally {
    running = null;
    button?.setBusy(false);
    syncButton();
  }
}

/** Loading the capture code is part of the capture: a failure is its outcome, never thrown into the page. */
async function runCapture(request: CaptureRequest): Promise<CaptureOutcome> {
  let code: CaptureCode;
  try {
    code = await loadCaptureCode(runtimePagePort.injectCaptureCode);
  } catch (error) {
    return { status: 'failed', message: t('capture_failed', 'Capture failed: $1', errorText(error)) };
  }
  return code.capture(request);
}

/** A capture belongs to the room it started in: leaving that room stops it (nothing mixed, nothing stored). */
function onNavigation(url: string): void {
  if (running && roomKey(url) !== roomKey(running.url)) running.controller.abort(new RoomSwitchedError());
  syncButton();
}

function roomKey(href: string): string {
  const url = new URL(href);
  return roomIdFromUrl(url) ?? url.pathname;
}

runtimePagePort.listen({
  'content.pageInfo': () => ({ pageKind: capturableKind(), capturing: running !== null }),
  'content.capture': ({ trigger }) => capture(trigger),
});
/**
 * Our listeners run on the page's own event loop: an unexpected failure of ours must stay ours,
 * never an error thrown into the page or written to its console (captures report theirs in the
 * status line).
 */
function quietly<A extends unknown[]>(listener: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      listener(...args);
    } catch {
      // Nothing to tell the page; the next navigation or capture tries again.
    }
  };
}

watchNavigation(quietly(onNavigation));
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', quietly(syncButton), { once: true });
else quietly(syncButton)();
