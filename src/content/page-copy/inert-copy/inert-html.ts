// Takes everything active out of a detached copy of the page, counting each kind so the capture's
// actions can say what was changed (Berkeley Protocol ¶153). Nothing here may run or load: the
// copy lives in a document with no window, and every decision on an address is the URL parser's.
import { inertCss } from './inert-css';
import { inertSrcset, isInertResource, linkTarget } from './inert-urls';

export interface InertCounts {
  scripts: number;
  handlers: number;
  frames: number;
  objects: number;
  refreshes: number;
  bases: number;
  formActions: number;
  links: number;
  /** Relative links made absolute, so they point where the page's did and not into the reader's disk. */
  absoluteLinks: number;
  resources: number;
  styleLoads: number;
  animations: number;
}

/** Attributes whose value is an address the browser would load (links are handled apart). */
const RESOURCE_ATTRIBUTES = new Set(['src', 'href', 'xlink:href', 'poster', 'background', 'lowsrc', 'dynsrc', 'data', 'ping', 'manifest', 'codebase', 'icon']);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'imagesrcset']);
const FORM_ACTION_ATTRIBUTES = new Set(['action', 'formaction']);
const LINK_ELEMENTS = new Set(['a', 'area']);
const FRAME_SELECTOR = 'iframe, frame, portal, fencedframe';
const OBJECT_SELECTOR = 'object, embed, applet';
const ANIMATION_SELECTOR = 'set, animate, animateMotion, animateTransform';

export function emptyCounts(): InertCounts {
  return { scripts: 0, handlers: 0, frames: 0, objects: 0, refreshes: 0, bases: 0, formActions: 0, links: 0, absoluteLinks: 0, resources: 0, styleLoads: 0, animations: 0 };
}

/** Neutralises `root` in place, and the contents of any <template> inside it. */
export function makeInert(root: Element | DocumentFragment, pageUrl: string, counts: InertCounts = emptyCounts()): InertCounts {
  for (const template of [...root.querySelectorAll('template')]) makeInert((template as HTMLTemplateElement).content, pageUrl, counts);
  counts.scripts += removeAll(root, 'script, noscript');
  counts.refreshes += removeAll(root, 'meta', (el) => (el.getAttribute('http-equiv') ?? '').trim().toLowerCase() === 'refresh');
  counts.bases += removeAll(root, 'base');
  // SMIL can set an attribute later, e.g. a link's address to javascript:.
  counts.animations += removeAll(root, ANIMATION_SELECTOR, (el) => /href/i.test(el.getAttribute('attributeName') ?? ''));
  counts.frames += replaceWithPlaceholders(root, FRAME_SELECTOR, 'Embedded frame');
  counts.objects += replaceWithPlaceholders(root, OBJECT_SELECTOR, 'Embedded object');
  for (const style of root.querySelectorAll('style')) {
    const css = inertCss(style.textContent ?? '', pageUrl);
    if (css.removed > 0) style.textContent = css.css;
    counts.styleLoads += css.removed;
  }
  for (const el of root.querySelectorAll('*')) neutraliseAttributes(el, pageUrl, counts);
  return counts;
}

function neutraliseAttributes(el: Element, pageUrl: string, counts: InertCounts): void {
  const isLink = LINK_ELEMENTS.has(el.localName);
  for (const attr of [...el.attributes]) {
    const name = attr.name.toLowerCase();
    if (name.startsWith('on')) {
      drop(el, attr);
      counts.handlers++;
    } else if (FORM_ACTION_ATTRIBUTES.has(name)) {
      drop(el, attr);
      counts.formActions++;
    } else if (isLink && (name === 'href' || name === 'xlink:href')) {
      const target = linkTarget(attr.value, pageUrl);
      if (target === null) {
        drop(el, attr);
        counts.links++;
      } else if (target !== attr.value) {
        el.setAttributeNS(attr.namespaceURI, attr.name, target);
        counts.absoluteLinks++;
      }
    } else if (RESOURCE_ATTRIBUTES.has(name)) {
      if (!isInertResource(attr.value, pageUrl)) {
        drop(el, attr);
        counts.resources++;
      }
    } else if (SRCSET_ATTRIBUTES.has(name)) {
      const srcset = inertSrcset(attr.value, pageUrl);
      if (srcset.value === null) drop(el, attr);
      else if (srcset.removed > 0) el.setAttributeNS(attr.namespaceURI, attr.name, srcset.value);
      counts.resources += srcset.removed;
    } else if (name === 'style') {
      const css = inertCss(attr.value, pageUrl);
      if (css.removed > 0) el.setAttributeNS(attr.namespaceURI, attr.name, css.css);
      counts.styleLoads += css.removed;
    }
  }
}

function drop(el: Element, attr: Attr): void {
  el.removeAttributeNS(attr.namespaceURI, attr.localName);
}

function removeAll(root: ParentNode, selector: string, which: (el: Element) => boolean = () => true): number {
  let removed = 0;
  for (const el of root.querySelectorAll(selector)) {
    if (!root.contains(el) || !which(el)) continue; // gone with an element already removed
    el.remove();
    removed++;
  }
  return removed;
}

/** Each match becomes a visible box naming what it showed, so the copy says where content was. */
function replaceWithPlaceholders(root: ParentNode, selector: string, what: string): number {
  let replaced = 0;
  for (const el of root.querySelectorAll(selector)) {
    if (!root.contains(el)) continue;
    const box = el.ownerDocument.createElement('div');
    box.setAttribute('data-evidence-locker', 'placeholder');
    box.setAttribute('style', 'border:1px dashed #888;padding:6px;margin:4px 0;font:13px sans-serif;color:#333;background:#f5f5f5');
    box.textContent = `[${what} (${el.localName}) not kept in this copy. Its source: ${sourceOf(el)}]`;
    el.replaceWith(box);
    replaced++;
  }
  return replaced;
}

function sourceOf(el: Element): string {
  const address = ['src', 'data', 'href', 'code'].map((a) => el.getAttribute(a)).find((v) => v !== null && v.trim() !== '');
  const inline = el.getAttribute('srcdoc');
  const parts: string[] = [];
  if (address) parts.push(address.trim());
  if (inline !== null) parts.push(`an inline document (srcdoc, ${inline.length.toLocaleString('en-US')} characters)`);
  return parts.length ? parts.join('; ') : 'none given';
}
