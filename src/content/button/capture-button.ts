// The in-page "Capture evidence" button and its status line, in an open shadow root so page CSS
// cannot break it and tests can reach it (ui-contract.md).
// It moves nothing, the page's content nor itself (no layout shift, tests/e2e/content-script-manners):
// the panel is fixed, out of the flow, and clicks pass through its empty parts; the status box has
// one size whatever it says (its text scrolls when long) and is only made visible; the buttons sit
// in one right-aligned row, so Cancel or Keep/Discard appear beside "Capture evidence", never
// pushing it.
import { t, tn } from '../status-words';
import { applyPageLanguage } from '../../shared/locale/page-language';

export interface CaptureButton {
  host: HTMLElement;
  setBusy(busy: boolean): void;
  setStatus(text: string, tone?: 'progress' | 'ok' | 'error'): void;
  /** Offers to keep what was loaded after a cancel: true for `Keep what was loaded`. */
  askKeepPartial(loaded: number): Promise<boolean>;
  remove(): void;
}

const STYLE = `
:host { all: initial; }
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; display: flex; flex-direction: column;
  align-items: flex-end; gap: 6px; width: 340px; max-width: calc(100vw - 32px); font: 14px/1.4 system-ui, sans-serif;
  pointer-events: none; }
.panel > * { pointer-events: auto; }
.actions { display: flex; gap: 6px; justify-content: flex-end; align-self: stretch; pointer-events: none; }
.actions > * { pointer-events: auto; }
button { font: inherit; border-radius: 6px; padding: 8px 14px; cursor: pointer; border: 1px solid #14532d; }
.capture { background: #166534; color: #fff; font-weight: 600; }
.capture:disabled { opacity: .6; cursor: progress; }
.cancel { background: #fff; color: #14532d; }
.status { box-sizing: border-box; width: 100%; height: calc(4 * 1.4em + 14px); overflow-y: auto; background: #fff; color: #111;
  border: 1px solid #d4d4d4; border-radius: 6px; padding: 6px 10px; }
.status:empty { visibility: hidden; }
.choice { display: flex; gap: 6px; }
[hidden] { display: none !important; }
.status[data-tone="error"] { border-color: #b91c1c; color: #7f1d1d; }
.status[data-tone="ok"] { border-color: #166534; }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
/* Dark pages and dark systems: the same panel in dark colours, contrast kept (WCAG AA). */
@media (prefers-color-scheme: dark) {
  button { border-color: #4ade80; }
  .capture { background: #14532d; color: #f0fdf4; }
  .cancel { background: #1f2937; color: #bbf7d0; }
  .status { background: #1f2937; color: #f3f4f6; border-color: #4b5563; }
  .status[data-tone="error"] { border-color: #f87171; color: #fecaca; }
  .status[data-tone="ok"] { border-color: #4ade80; }
  button:focus-visible { outline-color: #93c5fd; }
}
`;

export function mountCaptureButton(doc: Document, handlers: { onCapture(): void; onCancel(): void }): CaptureButton {
  const host = doc.createElement('div');
  host.id = 'evidence-locker-root';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const panel = doc.createElement('div');
  panel.className = 'panel';
  // Its words are the extension's, in the language of its _locales, whatever the page's own lang.
  applyPageLanguage(panel);
  const status = doc.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const cancel = button(doc, t('cancelCapture', 'Cancel capture'), 'cancel');
  cancel.hidden = true;
  onUserClick(cancel, () => handlers.onCancel());
  const capture = button(doc, t('captureEvidence', 'Capture evidence'), 'capture');
  onUserClick(capture, () => handlers.onCapture());
  const choice = doc.createElement('div');
  choice.className = 'choice';
  choice.hidden = true;
  const keep = button(doc, t('capture_keep_partial', 'Keep what was loaded'), 'capture');
  const discard = button(doc, t('capture_discard_partial', 'Discard'), 'cancel');
  choice.append(keep, discard);
  const actions = doc.createElement('div');
  actions.className = 'actions';
  actions.append(choice, cancel, capture);
  panel.append(status, actions);
  shadow.append(style, panel);
  doc.documentElement.append(host);

  return {
    host,
    setBusy(busy) {
      capture.disabled = busy;
      cancel.hidden = !busy;
    },
    setStatus(text, tone = 'progress') {
      status.textContent = text;
      status.dataset.tone = tone;
    },
    askKeepPartial(loaded) {
      status.textContent = tn('capture_stopped_keep_question', loaded, 'Stopped after $1 message loaded. Keep what was loaded as a partial capture, or discard it?', 'Stopped after $1 messages loaded. Keep what was loaded as a partial capture, or discard it?');
      status.dataset.tone = 'progress';
      cancel.hidden = true;
      choice.hidden = false;
      return new Promise((resolve) => {
        const answer = (value: boolean) => {
          choice.hidden = true;
          keep.onclick = discard.onclick = null;
          resolve(value);
        };
        keep.onclick = userOnly(() => answer(true));
        discard.onclick = userOnly(() => answer(false));
      });
    },
    remove: () => host.remove(),
  };
}

/**
 * Only the user starts, stops or settles a capture: any script on upwork.com can reach this open
 * shadow root and call click(), but only a real press makes an event the browser marks trusted.
 */
function userOnly(action: () => void): (event: Event) => void {
  return (event) => {
    if (event.isTrusted) action();
  };
}

function onUserClick(el: HTMLElement, action: () => void): void {
  el.addEventListener('click', userOnly(action));
}

function button(doc: Document, label: string, className: string): HTMLButtonElement {
  const el = doc.createElement('button');
  el.type = 'button';
  el.className = className;
  el.textContent = label;
  return el;
}
