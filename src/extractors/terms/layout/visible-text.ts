// Each visible element's text, computed once per page. Block elements are separated by a space,
// inline ones run together as a reader sees them ("Hourly rate$45.00/hr" when two spans touch:
// shared fixtures README). Hidden parts (hidden, aria-hidden, menus, buttons, scripts) are left
// out so a closed "…" menu never supplies a value. Only text nodes are read, never markup.
import { collapseWhitespace, rawAttr } from '../../dom';

const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'button', 'svg', 'select', 'option', 'textarea', 'input']);
const SKIP_ROLES = new Set(['menu', 'menuitem', 'tooltip', 'button', 'dialog']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section',
  'article', 'header', 'footer', 'aside', 'nav', 'main', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td',
  'th', 'caption', 'label', 'small', 'figure', 'figcaption', 'blockquote', 'pre', 'hr', 'form', 'fieldset', 'legend',
]);

export function isHidden(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.attributes.length === 0) return false;
  if (rawAttr(el, 'hidden') !== null || rawAttr(el, 'aria-hidden') === 'true') return true;
  const role = rawAttr(el, 'role');
  return role !== null && SKIP_ROLES.has(role);
}

export interface VisibleEntry {
  el: Element;
  /** Collapsed visible text. */
  text: string;
  /** Lower-cased, typographic quotes and dashes made plain: for label matching. */
  norm: string;
}

export function normalize(text: string): string {
  return collapseWhitespace(text)
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-');
}

/** Every visible element under `root`, in document order, with its visible text. */
export function visibleEntries(root: ParentNode): VisibleEntry[] {
  const entries: VisibleEntry[] = [];
  const walk = (parent: Node): string => {
    let raw = '';
    for (const node of parent.childNodes) {
      if (node.nodeType === 3) raw += (node as Text).data;
      else if (node.nodeType === 1) {
        const el = node as Element;
        if (isHidden(el)) continue;
        const slot = entries.length;
        entries.push({ el, text: '', norm: '' });
        const inner = walk(el);
        const text = collapseWhitespace(inner);
        entries[slot] = { el, text, norm: normalize(text) };
        raw += BLOCK_TAGS.has(el.localName) ? ` ${inner} ` : inner;
      }
    }
    return raw;
  };
  walk(root);
  return entries;
}

/** An element's visible text on its own (not from an index). */
export function visibleText(el: Element): string {
  return isHidden(el) ? '' : collapseWhitespace(textWalk(el));
}

function textWalk(parent: Node): string {
  let raw = '';
  for (const node of parent.childNodes) {
    if (node.nodeType === 3) raw += (node as Text).data;
    else if (node.nodeType === 1 && !isHidden(node as Element)) {
      const el = node as Element;
      raw += BLOCK_TAGS.has(el.localName) ? ` ${textWalk(el)} ` : textWalk(el);
    }
  }
  return raw;
}
