// Content script on https://www.upwork.com/*, started at document_start so it hears the page's
// story data from the first response. Glue only: classify the page, show the button where we can
// capture, run captures (button, popup or shortcut), follow the single-page app's navigation.
import type { CaptureOutcome, CaptureTrigger } from '../shared/messages';
import type { PageKind } from '../shared/model';
import { getPageKind, roomIdFromUrl } from '../shared/page-kinds';
import { mountCaptureButton, type CaptureButton } from './capture-button';
import { captureRoom } from './capture-room';
import { captureTerms } from './capture-terms';
import { RoomSwitchedError, type CaptureSession } from './capture-session';
import { handleContentMessages } from './runtime';
import { watchNavigation } from './navigation';
import { pageDataFrom } from './page-data';
import { listenForPageStories } from './page-stories';
import { t } from './status-words';


const pageData = pageDataFrom(listenForPageStories(window));
let button: CaptureButton | null = null;
let running: { controller: AbortController; url: string } | null = null;

function capturableKind(): PageKind | null {
  return getPageKind(new URL(location.href));
}

function syncButton(): void {
  if (!document.documentElement) return;
  const kind = capturableKind();
  if (kind && !button) button = mountCaptureButton(document, { onCapture: () => void capture('page-button'), onCancel: () => running?.controller.abort() });
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
    const common = { doc: document, url: new URL(state.url), trigger, session: session(state), exclude: button?.host ?? null };
    const outcome =
      pageKind === 'messages-room' || pageKind === 'workroom-messages'
        ? await captureRoom({ ...common, pageKind, pageData })
        : await captureTerms({ ...common, pageKind });
    button?.setStatus(outcome.message, outcome.status === 'captured' ? 'ok' : 'error');
    return outcome;
  } finally {
    running = null;
    button?.setBusy(false);
    syncButton();
  }
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

handleContentMessages({
  'content.pageInfo': () => ({ pageKind: capturableKind(), capturing: running !== null }),
  'content.capture': ({ trigger }) => capture(trigger),
});
watchNavigation(onNavigation);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', syncButton, { once: true });
else syncButton();
