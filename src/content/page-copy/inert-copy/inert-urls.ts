// What each address in the page copy may stay as, decided by the URL parser (the one the browser
// uses) rather than a pattern: "jav&#9;ascript:", "JaVaScRiPt:" and entity-encoded schemes reach
// us as attribute values the parser reads exactly as the browser would.

/** A link the reader may follow: http(s) only, made absolute so it points where the page's did. */
export function linkTarget(value: string, pageUrl: string): string | null {
  if (isFragmentOnly(value)) return value;
  const url = parse(value, pageUrl);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

/**
 * Whether a resource address loads nothing from outside the file: an image inlined as a `data:`
 * URL, or a reference to an element of the copy itself (an SVG sprite's `#icon`).
 */
export function isInertResource(value: string, pageUrl: string): boolean {
  if (isFragmentOnly(value)) return true;
  const url = parse(value, pageUrl);
  return url !== null && url.protocol === 'data:' && url.pathname.trimStart().toLowerCase().startsWith('image/');
}

/** A `srcset` with only its inert candidates, or null when none is left. */
export function inertSrcset(value: string, pageUrl: string): { value: string | null; removed: number } {
  const candidates = srcsetCandidates(value);
  const kept = candidates.filter((c) => isInertResource(c.url, pageUrl));
  return { value: kept.length ? kept.map((c) => [c.url, c.descriptor].filter(Boolean).join(' ')).join(', ') : null, removed: candidates.length - kept.length };
}

/** "#id" and nothing else, as the URL parser sees it (it drops tabs, newlines and outer spaces). */
function isFragmentOnly(value: string): boolean {
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').startsWith('#');
}

function parse(value: string, base: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/**
 * The HTML standard's srcset parsing, reduced to what we need: each candidate's URL and its
 * descriptor text. A `data:` URL holds commas, so candidates are not split on commas alone.
 */
function srcsetCandidates(input: string): { url: string; descriptor: string }[] {
  const out: { url: string; descriptor: string }[] = [];
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
  let i = 0;
  while (i < input.length) {
    while (i < input.length && (space(input[i]) || input[i] === ',')) i++;
    if (i >= input.length) break;
    const start = i;
    while (i < input.length && !space(input[i])) i++;
    let url = input.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const from = i;
      let depth = 0;
      while (i < input.length && (depth > 0 || input[i] !== ',')) {
        if (input[i] === '(') depth++;
        else if (input[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
      descriptor = input.slice(from, i).trim();
    }
    if (url) out.push({ url, descriptor });
  }
  return out;
}
