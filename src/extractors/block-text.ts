// Visible text of a subtree as lines, the way a reader sees it: block elements and <br> break
// lines, inline elements run together. textContent alone glues blocks ("Milestone 1Due Mar 13")
// and keeps hidden UI labels; this walk does neither (fixture noisy-continuations.html).
import { classAttr, collapseWhitespace, rawAttr } from './dom';

/** Elements whose content is never text a person wrote or read as part of the message. */
const SKIP_TAGS = new Set([
  'button', 'svg', 'script', 'style', 'template', 'noscript', 'img', 'picture', 'video', 'audio',
  'canvas', 'iframe', 'object', 'input', 'textarea', 'select', 'option',
]);
const SKIP_ROLES = new Set(['button', 'tooltip', 'menu', 'menuitem', 'dialog']);
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'pre', 'blockquote', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption',
  'hr', 'address', 'details', 'summary', 'form', 'fieldset', 'legend',
]);
/**
 * Inline formatting of written text (UCE's formatter list: strong/b, em/i, code, br): never UI,
 * so their attributes are not read (each read costs about a microsecond in happy-dom). Blocks,
 * spans and links are checked: UI labels, attachment lists and link-styled buttons use them.
 */
const TEXT_TAGS = new Set(['br', 'strong', 'b', 'em', 'i', 'u', 's', 'code']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Called for each element left out because of one of its classes. */
export type SkipListener = (el: Element, token: string) => void;

// The skipped class of each distinct class attribute value, per skip set (values repeat per story).
const skippedByClass = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();

function skippedClass(className: string, skipClasses: ReadonlySet<string>): string | null {
  let known = skippedByClass.get(skipClasses);
  if (!known) skippedByClass.set(skipClasses, (known = new Map()));
  let token = known.get(className);
  if (token === undefined) {
    token = className.split(/\s+/).find((t) => skipClasses.has(t)) ?? null;
    if (known.size >= 2048) known.clear();
    known.set(className, token);
  }
  return token;
}

function skipReason(el: Element, tag: string, skipClasses: ReadonlySet<string>): string | null {
  if (SKIP_TAGS.has(tag)) return tag;
  if (TEXT_TAGS.has(tag)) return null;
  const className = classAttr(el);
  const skipped = className === '' ? null : skippedClass(className, skipClasses);
  if (skipped !== null) return skipped;
  // role and aria-hidden need attributes besides class; one count saves two reads on most elements.
  if (el.attributes.length <= (className === '' ? 0 : 1)) return null;
  const role = rawAttr(el, 'role');
  if (role !== null && SKIP_ROLES.has(role)) return role;
  return rawAttr(el, 'aria-hidden') === 'true' ? 'aria-hidden' : null;
}

/**
 * The subtree's text, one entry per visual line: whitespace collapsed, trimmed, empty lines
 * dropped. Elements with a class in `skipClasses` (and buttons, tooltips, hidden parts) are
 * left out and reported to `onSkip`. Markup characters in text stay literal: only text nodes
 * are read, never markup.
 */
export function textLines(root: Element, skipClasses: ReadonlySet<string>, onSkip?: SkipListener): string[] {
  const lines: string[] = [];
  let current = '';
  const breakLine = (): void => {
    const line = collapseWhitespace(current);
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (parent: Node): void => {
    for (const node of parent.childNodes) {
      if (node.nodeType === TEXT_NODE) {
        current += (node as Text).data;
      } else if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        const tag = el.localName;
        const skipped = skipReason(el, tag, skipClasses);
        if (skipped !== null) {
          onSkip?.(el, skipped);
          continue;
        }
        const block = BLOCK_TAGS.has(tag);
        if (block) breakLine();
        walk(el);
        if (block) breakLine();
      }
    }
  };
  walk(root);
  breakLine();
  return lines;
}
