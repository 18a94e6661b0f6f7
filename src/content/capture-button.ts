// The in-page "Capture evidence" button and its status line, in an open shadow root so page CSS
// cannot break it and tests can reach it (ui-contract.md).

export interface CaptureButton {
  host: HTMLElement;
  setBusy(busy: boolean): void;
  setStatus(text: string, tone?: 'progress' | 'ok' | 'error'): void;
  remove(): void;
}

const STYLE = `
:host { all: initial; }
.panel { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; display: flex; flex-direction: column;
  align-items: flex-end; gap: 6px; font: 14px/1.4 system-ui, sans-serif; }
button { font: inherit; border-radius: 6px; padding: 8px 14px; cursor: pointer; border: 1px solid #14532d; }
.capture { background: #166534; color: #fff; font-weight: 600; }
.capture:disabled { opacity: .6; cursor: progress; }
.cancel { background: #fff; color: #14532d; }
.status { max-width: 320px; background: #fff; color: #111; border: 1px solid #d4d4d4; border-radius: 6px; padding: 6px 10px; }
.status:empty { display: none; }
.status[data-tone="error"] { border-color: #b91c1c; color: #7f1d1d; }
.status[data-tone="ok"] { border-color: #166534; }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 2px; }
`;

export function mountCaptureButton(doc: Document, handlers: { onCapture(): void; onCancel(): void }): CaptureButton {
  const host = doc.createElement('div');
  host.id = 'evidence-locker-root';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const panel = doc.createElement('div');
  panel.className = 'panel';
  const status = doc.createElement('div');
  status.className = 'status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const cancel = doc.createElement('button');
  cancel.className = 'cancel';
  cancel.type = 'button';
  cancel.textContent = 'Cancel capture';
  cancel.hidden = true;
  cancel.addEventListener('click', () => handlers.onCancel());
  const capture = doc.createElement('button');
  capture.className = 'capture';
  capture.type = 'button';
  capture.textContent = 'Capture evidence';
  capture.addEventListener('click', () => handlers.onCapture());
  panel.append(status, cancel, capture);
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
    remove: () => host.remove(),
  };
}
