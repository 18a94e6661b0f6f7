// Every string that came from a captured page is hostile until escaped: a message can contain
// "<img src=x onerror=…>" and the report must show it as text, not run it.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most captured strings need no escape; testing first spares a replace call per string.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c) : text;
}

/** The URL when it is http(s) and may be a live link; null for javascript:, data: and anything unparsable. */
export function httpUrlOrNull(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** A URL shown as text, and also as a link only when it is http(s). */
export function urlHtml(url: string): string {
  const href = httpUrlOrNull(url);
  const text = `<span class="url">${escapeHtml(url)}</span>`;
  return href ? `<a href="${escapeHtml(href)}" rel="noreferrer noopener">${text}</a>` : text;
}
