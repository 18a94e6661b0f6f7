import { describe, expect, it } from 'vitest';
import { snapshotPage } from '../../src/content/page-snapshot';
import { mountCaptureButton } from '../../src/content/capture-button';

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>Messages - Upwork</title></head><body>${html}</body></html>`, 'text/html');
}

describe('the page copy kept with a capture', () => {
  it('removes everything that could run, and says what it removed', () => {
    const doc = page(`<script>steal()</script><div onclick="steal()" onmouseover="x()"><a href="javascript:steal()">x</a><a href="/ab/messages/att/1">file</a></div><noscript>n</noscript><p>keep me</p>`);
    const { html, actions } = snapshotPage(doc, null);
    expect(html).not.toMatch(/<script|onclick|onmouseover|javascript:|<noscript/i);
    expect(html).toContain('keep me');
    expect(html).toContain('/ab/messages/att/1');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(actions).toEqual([
      'removed 2 script elements from page.html',
      'removed 2 inline event handlers from page.html',
      'neutralised 1 javascript: URL in page.html',
    ]);
  });

  it('leaves our own button out and the live page untouched', () => {
    const doc = page('<script>app()</script><p>story</p>');
    const button = mountCaptureButton(doc, { onCapture: () => undefined, onCancel: () => undefined });
    const { html } = snapshotPage(doc, button.host);
    expect(html).not.toContain('evidence-locker-root');
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.getElementById('evidence-locker-root')).not.toBeNull();
  });
});

describe('the in-page button', () => {
  it('lives in an open shadow root with the contract names, and shows cancel only while busy', () => {
    const doc = page('');
    let captured = 0;
    let cancelled = 0;
    const ui = mountCaptureButton(doc, { onCapture: () => (captured += 1), onCancel: () => (cancelled += 1) });
    const shadow = ui.host.shadowRoot!;
    const named = (name: string) => [...shadow.querySelectorAll('button')].find((b) => b.textContent === name);
    const [cancel, capture] = [named('Cancel capture'), named('Capture evidence')];
    expect(capture?.textContent).toBe('Capture evidence');
    expect(cancel?.textContent).toBe('Cancel capture');
    expect(cancel?.hidden).toBe(true);
    ui.setBusy(true);
    expect(cancel?.hidden).toBe(false);
    expect(capture?.disabled).toBe(true);
    capture?.click();
    cancel?.click();
    expect([captured, cancelled]).toEqual([0, 1]);
    ui.setStatus('Captured 3 messages (3 new, 0 edited, 0 deleted)', 'ok');
    expect(shadow.querySelector('[role="status"]')?.textContent).toBe('Captured 3 messages (3 new, 0 edited, 0 deleted)');
  });
});

describe('after a cancel while history loads', () => {
  it('asks whether to keep what was loaded, and answers with the button pressed', async () => {
    const ui = mountCaptureButton(page(''), { onCapture: () => undefined, onCancel: () => undefined });
    const shadow = ui.host.shadowRoot!;
    const named = (name: string) => [...shadow.querySelectorAll('button')].find((b) => b.textContent === name)!;
    expect(named('Keep what was loaded').closest('[hidden]')).not.toBeNull();
    const keep = ui.askKeepPartial(140);
    expect(shadow.querySelector('[role="status"]')?.textContent).toMatch(/140 messages loaded/);
    expect(named('Keep what was loaded').closest('[hidden]')).toBeNull();
    named('Keep what was loaded').click();
    expect(await keep).toBe(true);
    const discard = ui.askKeepPartial(3);
    named('Discard').click();
    expect(await discard).toBe(false);
    expect(named('Discard').closest('[hidden]')).not.toBeNull();
  });
});
