// The evidentiary copy of the page: the live DOM serialized, with everything that could run or
// load removed (inert-copy/) and a Content-Security-Policy on top, so opening the file runs
// nothing and asks nothing of the network (Berkeley Protocol ¶153: every alteration is recorded
// in the capture's actions). The browser's own MHTML is kept unchanged beside it.
import { addContentPolicy } from './inert-copy/content-policy';
import { makeInert, type InertCounts } from './inert-copy/inert-html';

export interface PageSnapshot {
  html: string;
  actions: string[];
}

/**
 * `pageUrl`: the page's address, which relative addresses are read against (not a <base> the
 * page may carry: any script on the page could have put one there).
 */
export function snapshotPage(doc: Document, exclude: Element | null, pageUrl: string = doc.URL): PageSnapshot {
  // A document with no window: nothing in the copy loads or runs while we work on it.
  const inert = doc.implementation.createHTMLDocument('');
  const root = inert.importNode(doc.documentElement, true);
  if (exclude?.id) root.querySelector(`#${CSS.escape(exclude.id)}`)?.remove();
  const counts = makeInert(root, pageUrl);
  addContentPolicy(root);
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
  return { html: doctype + root.outerHTML, actions: actionsFor(counts) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line per kind of change made, in the capture's actions. */
function actionsFor(c: InertCounts): string[] {
  const lines = [`removed ${plural(c.scripts, 'script element', 'script elements')} from page.html`];
  const optional: [number, string][] = [
    [c.handlers, `removed ${plural(c.handlers, 'event-handler attribute', 'event-handler attributes')} from page.html`],
    [c.frames, `replaced ${plural(c.frames, 'frame (iframe/frame)', 'frames (iframe/frame)')} in page.html with a placeholder naming its source`],
    [c.objects, `replaced ${plural(c.objects, 'embedded object (object/embed)', 'embedded objects (object/embed)')} in page.html with a placeholder naming its source`],
    [c.refreshes, `removed ${plural(c.refreshes, 'meta refresh', 'meta refreshes')} from page.html`],
    [c.bases, `removed ${plural(c.bases, 'base element', 'base elements')} from page.html`],
    [c.formActions, `removed ${plural(c.formActions, 'form action', 'form actions')} from page.html`],
    [c.links, `removed ${plural(c.links, 'link that was not http(s)', 'links that were not http(s)')} (such as javascript:) from page.html`],
    [c.absoluteLinks, `made ${plural(c.absoluteLinks, 'relative link', 'relative links')} in page.html absolute (against the page's address)`],
    [c.resources, `removed ${plural(c.resources, 'address', 'addresses')} of remote resources (images, style sheets, media) from page.html`],
    [c.styleLoads, `removed ${plural(c.styleLoads, 'remote load', 'remote loads')} from styles (url(), @import) in page.html`],
    [c.animations, `removed ${plural(c.animations, 'SVG animation that could change a link', 'SVG animations that could change a link')} from page.html`],
  ];
  for (const [n, line] of optional) if (n > 0) lines.push(line);
  lines.push('added a Content-Security-Policy to page.html that forbids scripts and remote loads');
  return lines;
}
