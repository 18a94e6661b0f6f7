// Content script on https://www.upwork.com/*: glue only. Classify the page, show the button
// where we can capture, run captures (from the button, the popup or the shortcut), and follow
// the single-page app's navigation.
import type { CaptureOutcome, CaptureTrigger } from '../shared/messages';
import type { PageKind } from '../shared/model';
import { getPageKind } from '../shared/page-kinds';
import { mountCaptureButton, type CaptureButton } from './capture-button';
import { captureRoom } from './capture-room';
import { handleContentMessages } from './runtime';
import { watchNavigation } from './navigation';

/** Page kinds this version captures; the others follow with their extractors. */
const CAPTURED_KINDS: ReadonlySet<PageKind> = new Set(['messages-room', 'workroom-messages']);

let button: CaptureButton | null = null;
let running: AbortController | null = null;

function capturableKind(): PageKind | null {
  const kind = getPageKind(new URL(location.href));
  return kind && CAPTURED_KINDS.has(kind) ? kind : null;
}

function syncButton(): void {
  const kind = capturableKind();
  if (kind && !button) button = mountCaptureButton(document, { onCapture: () => void capture('page-button'), onCancel: () => running?.abort() });
  if (!kind && button && !running) {
    button.remove();
    button = null;
  }
}

async function capture(trigger: CaptureTrigger): Promise<CaptureOutcome> {
  const pageKind = capturableKind();
  if (!pageKind) return { status: 'failed', message: 'Capture failed: this page is not one Evidence Locker can capture.' };
  if (running) return { status: 'failed', message: 'Capture failed: a capture of this tab is already running.' };
  syncButton();
  const controller = new AbortController();
  running = controller;
  button?.setBusy(true);
  const progress = (text: string) => button?.setStatus(text, 'progress');
  try {
    const outcome = await captureRoom({ doc: document, url: new URL(location.href), pageKind, trigger, signal: controller.signal, progress, exclude: button?.host ?? null });
    button?.setStatus(outcome.message, outcome.status === 'captured' ? 'ok' : 'error');
    return outcome;
  } finally {
    running = null;
    button?.setBusy(false);
    syncButton();
  }
}

handleContentMessages({
  'content.pageInfo': () => ({ pageKind: capturableKind(), capturing: running !== null }),
  'content.capture': ({ trigger }) => capture(trigger),
});
watchNavigation(() => syncButton());
syncButton();
