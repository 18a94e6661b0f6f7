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
