import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { snapshotPage } from '../../../src/content/page-copy/page-snapshot';
import { mountCaptureButton } from '../../../src/content/button/capture-button';
import { PAGE_COPY_POLICY } from '../../../src/content/page-copy/inert-copy/content-policy';
import { inertCss } from '../../../src/content/page-copy/inert-copy/inert-css';
import { parseHtml } from '../helpers/html-page';

const PAGE_URL = 'https://www.upwork.com/ab/messages/rooms/room_42a67d0fd515c6ce5905dbae80f1c4fd';
const EVERY_TRICK = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/page-copy/every-trick.html'), 'utf8');

function page(html: string): Document {
  return parseHtml(`<!DOCTYPE html><html><head><title>Messages - Upwork</title></head><body>${html}</body></html>`);
}

/** Every element of a document, the contents of its <template>s included. */
function allElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el instanceof HTMLTemplateElement) out.push(...allElements(el.content));
  }
  return out;
}

/** What an attribute value is to the URL parser, or null when it is no address at all. */
function scheme(value: string): string | null {
  try {
    return new URL(value, PAGE_URL).protocol;
  } catch {
    return null;
  }
}

describe('the page copy kept with a capture', () => {
  it('removes everything that could run, and says what it removed', () => {
    const doc = page(`<script>steal()</script><div onclick="steal()" onmouseover="x()"><a href="javascript:steal()">x</a><a href="/ab/messages/att/1">file</a></div><noscript>n</noscript><p>keep me</p>`);
    const { html, actions } = snapshotPage(doc, null, PAGE_URL);
    expect(html).not.toMatch(/<script|onclick|onmouseover|javascript:|<noscript/i);
    expect(html).toContain('keep me');
    expect(html).toContain('href="https://www.upwork.com/ab/messages/att/1"');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(actions).toEqual([
      'removed 2 script elements from page.html',
      'removed 2 event-handler attributes from page.html',
      'removed 1 link that was not http(s) (such as javascript:) from page.html',
      "made 1 relative link in page.html absolute (against the page's address)",
      'added a Content-Security-Policy to page.html that forbids scripts and remote loads',
    ]);
  });

  it('leaves our own button out and the live page untouched', () => {
    const doc = page('<script>app()</script><iframe src="https://evil.test/"></iframe><p>story</p>');
    const button = mountCaptureButton(doc, { onCapture: () => undefined, onCancel: () => undefined });
    const { html } = snapshotPage(doc, button.host, PAGE_URL);
    expect(html).not.toContain('evidence-locker-root');
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(doc.querySelectorAll('iframe')).toHaveLength(1);
    expect(doc.getElementById('evidence-locker-root')).not.toBeNull();
  });

  it('puts a policy that forbids scripts and remote loads first in <head>', () => {
    const copy = parseHtml(snapshotPage(everyTrick(), null, PAGE_URL).html);
    const first = copy.head.firstElementChild!;
    expect(first.localName).toBe('meta');
    expect(first.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(first.getAttribute('content')).toBe(PAGE_COPY_POLICY);
    for (const rule of ["default-src 'none'", "script-src 'none'", 'img-src data:', "style-src 'unsafe-inline'", "form-action 'none'", "base-uri 'none'"]) expect(PAGE_COPY_POLICY).toContain(rule);
  });
});

/** The fixture as a browser parses it: happy-dom drops a script inside <svg>, so it is put back. */
function everyTrick(): Document {
  const doc = parseHtml(EVERY_TRICK);
  const svg = doc.getElementById('svg-with-script')!;
  if (!svg.querySelector('script')) svg.append(doc.createElementNS('http://www.w3.org/2000/svg', 'script'));
  return doc;
}

describe('a page with every trick, copied', () => {
  const snapshot = snapshotPage(everyTrick(), null, PAGE_URL);
  const copy = parseHtml(snapshot.html);
  const elements = allElements(copy);

  it('keeps no script, handler, frame, object, refresh, base or form action', () => {
    const names = new Set(elements.map((el) => el.localName));
    for (const gone of ['script', 'noscript', 'iframe', 'frame', 'object', 'embed', 'base', 'set', 'animate']) expect(names.has(gone), gone).toBe(false);
    expect(elements.flatMap((el) => [...el.attributes].map((a) => a.name.toLowerCase())).filter((n) => n.startsWith('on') || n === 'action' || n === 'formaction')).toEqual([]);
    expect(elements.filter((el) => el.localName === 'meta' && /refresh/i.test(el.getAttribute('http-equiv') ?? ''))).toEqual([]);
  });

  it('keeps links only to http(s), however the scheme was written, and images only inlined', () => {
    for (const id of ['tab-link', 'mixed-case-link', 'entity-link', 'newline-link', 'data-link', 'vbscript-link', 'svg-link']) {
      const link = copy.getElementById(id)!;
      expect(link, id).not.toBeNull();
      expect(link.hasAttribute('href') || link.hasAttribute('xlink:href'), id).toBe(false);
    }
    expect(copy.getElementById('http-link')!.getAttribute('href')).toBe('https://www.upwork.com/ab/messages/rooms');
    expect(copy.getElementById('relative-link')!.getAttribute('href')).toBe('https://www.upwork.com/ab/messages/att/1');
    expect(copy.getElementById('fragment-link')!.getAttribute('href')).toBe('#trick-text');
    const addresses = elements.flatMap((el) => [...el.attributes].filter((a) => ['href', 'xlink:href', 'src', 'poster', 'background', 'data', 'ping'].includes(a.name.toLowerCase())).map((a) => ({ el: el.localName, value: a.value })));
    for (const { el, value } of addresses) {
      const kind = scheme(value);
      if (el === 'a') expect(['http:', 'https:'], value).toContain(kind);
      else expect(value.startsWith('#') || (kind === 'data:' && value.startsWith('data:image/')), `${el} ${value}`).toBe(true);
    }
    const srcsets = elements.flatMap((el) => ['srcset', 'imagesrcset'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null));
    expect(srcsets).toEqual(['data:image/png;base64,iVBORw0KGgo= 2x']);
    expect(copy.querySelector('#broken-data-image')!.getAttribute('src')).toBe('data:image/png;base64,AAAA');
  });

  it('leaves no remote address anywhere but in the placeholders\' words', () => {
    const inAttributes = elements.flatMap((el) => [...el.attributes].filter((a) => a.value.includes('evil.test')).map((a) => `${el.localName} ${a.name}`));
    expect(inAttributes).toEqual([]);
    const styles = elements.filter((el) => el.localName === 'style').map((el) => el.textContent ?? '').join('\n');
    expect(styles).not.toMatch(/evil\.test|relative\.woff2|@import|@\\69mport/);
    expect(styles).toContain('url("data:image/png;base64,iVBORw0KGgo=")');
    expect(styles).toContain('"data:image/png;base64,iVBORw0KGgo=" 2x');
  });

  it('shows a placeholder naming the source of each frame and embedded object', () => {
    const boxes = [...copy.querySelectorAll('[data-evidence-locker="placeholder"]')].map((el) => el.textContent);
    expect(boxes).toHaveLength(7);
    expect(boxes).toContain('[Embedded frame (iframe) not kept in this copy. Its source: https://evil.test/frame.html]');
    expect(boxes.some((t) => t?.includes('Its source: an inline document (srcdoc, '))).toBe(true);
    expect(boxes).toContain('[Embedded object (embed) not kept in this copy. Its source: https://evil.test/plugin.swf]');
    expect(copy.getElementById('trick-text')!.textContent).toBe("The page's own words stay.");
  });

  it('counts each kind of change in the capture\'s actions', () => {
    expect(snapshot.actions).toEqual([
      'removed 6 script elements from page.html',
      'removed 8 event-handler attributes from page.html',
      'replaced 4 frames (iframe/frame) in page.html with a placeholder naming its source',
      'replaced 3 embedded objects (object/embed) in page.html with a placeholder naming its source',
      'removed 2 meta refreshes from page.html',
      'removed 1 base element from page.html',
      'removed 2 form actions from page.html',
      'removed 7 links that were not http(s) (such as javascript:) from page.html',
      "made 1 relative link in page.html absolute (against the page's address)",
      'removed 21 addresses of remote resources (images, style sheets, media) from page.html',
      'removed 8 remote loads from styles (url(), @import) in page.html',
      'removed 2 SVG animations that could change a link from page.html',
      'added a Content-Security-Policy to page.html that forbids scripts and remote loads',
    ]);
  });
});

describe('remote loads in CSS', () => {
  const css = (text: string) => inertCss(text, PAGE_URL);

  it('finds url() however it is written, and leaves strings and comments that only look like one', () => {
    expect(css('a{background:URL( "https://evil.test/x" )}').css).toBe('a{background:url("")}');
    expect(css('a{background:\\75 rl(https://evil.test/x)}').css).toBe('a{background:url("")}');
    expect(css('a{background:url(ht\\74ps://evil.test/x)}').removed).toBe(1);
    expect(css('a{content:"url(https://evil.test/x)"}/* url(https://evil.test/y) */')).toEqual({ css: 'a{content:"url(https://evil.test/x)"}/* url(https://evil.test/y) */', removed: 0 });
    expect(css('a{mask:url(#clip);background:url(data:image/png;base64,AA==)}').removed).toBe(0);
    expect(css('a{background:url(data:text/css,x)}').removed).toBe(1);
  });

  it('drops @import rules and the address strings of image-set()', () => {
    expect(css('@import "https://evil.test/a.css" screen; a{color:red}')).toEqual({ css: ' a{color:red}', removed: 1 });
    expect(css('a{background:-webkit-image-set("//evil.test/a.png" 1x)}').css).toBe('a{background:-webkit-image-set("" 1x)}');
    expect(css('a{font-family:"Open Sans"}').removed).toBe(0);
  });
});
