// The evidentiary copy of the page: the live DOM serialized, with everything that could run
// removed (Berkeley Protocol ¶153: every alteration is recorded in the capture's actions).

export interface PageSnapshot {
  html: string;
  actions: string[];
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href'];

export function snapshotPage(doc: Document, exclude: Element | null): PageSnapshot {
  const root = doc.documentElement.cloneNode(true) as HTMLElement;
  if (exclude?.id) root.querySelector(`#${CSS.escape(exclude.id)}`)?.remove();
  let scripts = 0;
  for (const el of root.querySelectorAll('script, noscript')) {
    el.remove();
    scripts += 1;
  }
  let handlers = 0;
  let jsUrls = 0;
  for (const el of root.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      if (attr.name.toLowerCase().startsWith('on')) {
        el.removeAttribute(attr.name);
        handlers += 1;
      } else if (URL_ATTRIBUTES.includes(attr.name.toLowerCase()) && /^\s*javascript:/i.test(attr.value)) {
        el.setAttribute(attr.name, '#removed-javascript-url');
        jsUrls += 1;
      }
    }
  }
  const actions = [`removed ${scripts} script element${scripts === 1 ? '' : 's'} from page.html`];
  if (handlers > 0) actions.push(`removed ${handlers} inline event handler${handlers === 1 ? '' : 's'} from page.html`);
  if (jsUrls > 0) actions.push(`neutralised ${jsUrls} javascript: URL${jsUrls === 1 ? '' : 's'} in page.html`);
  const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : '';
  return { html: doctype + root.outerHTML, actions };
}
