// Small DOM helpers shared by extractors. Strict `required()` makes a layout change fail
// loudly with the selector's name; lenient `optional()` is for parts a page may lack.
// Text always comes from textContent / text nodes, never innerHTML (design/architecture.md).

/** The page does not have the structure an extractor needs; the message is for the user. */
export class ExtractionError extends Error {
  override name = 'ExtractionError';

  constructor(
    message: string,
    /** What was missing, in plain words ("message list"). */
    readonly field: string,
    /** The selector(s) that found nothing. */
    readonly selector: string,
  ) {
    super(message);
  }
}

/** One selector, or several tried in order (first one that matches wins). */
export type Selectors = string | readonly string[];

const DEFAULT_ADVICE = 'Wait until the page has finished loading and try again.';

function list(selectors: Selectors): readonly string[] {
  return typeof selectors === 'string' ? [selectors] : selectors;
}

/** The first element for the first selector that matches, or null. */
export function optional(root: ParentNode, selectors: Selectors): Element | null {
  for (const selector of list(selectors)) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Like optional(), but throws an ExtractionError naming the field and selector. */
export function required(root: ParentNode, selectors: Selectors, field: string, advice = DEFAULT_ADVICE): Element {
  const found = optional(root, selectors);
  if (found) return found;
  const selector = list(selectors).join(', ');
  throw new ExtractionError(`The page has no ${field} (${selector}). ${advice}`, field, selector);
}

/** Runs of whitespace (including no-break spaces) become one space; ends are trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An element's text as one collapsed line ("" for null). */
export function textOf(node: Node | null | undefined): string {
  return node ? collapseWhitespace(node.textContent ?? '') : '';
}

/**
 * An attribute's value, or null. Plain HTML attributes have no namespace, so for a lower-case
 * name this equals getAttribute(name); in happy-dom it skips a lower-casing step and costs ~40%
 * less, which matters for reads done once per element of a 2,000-story room.
 */
export function rawAttr(el: Element, name: string): string | null {
  return el.getAttributeNS(null, name);
}

/** An attribute's trimmed value, or null when absent or blank. */
export function attrOf(el: Element | null | undefined, name: string): string | null {
  const value = el ? rawAttr(el, name)?.trim() : undefined;
  return value ? value : null;
}

/** An element's class attribute ("" when absent; also right for SVG, whose className is an object). */
export function classAttr(el: Element): string {
  return rawAttr(el, 'class') ?? '';
}

/** The class tokens of an element. */
export function classTokens(el: Element): string[] {
  const raw = classAttr(el);
  if (raw === '') return [];
  return /^[^\s]+( [^\s]+)*$/.test(raw) ? raw.split(' ') : raw.trim().split(/\s+/);
}
