// report.md is pasted into tickets that render Markdown (GitHub-flavoured, usually). Captured text
// must stay text there: no raw HTML, no links, no emphasis a hostile sender could fake.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Captured text inside a line we start (after "- Note: ", "### "): newlines become spaces. */
export function mdInline(text: string): string {
  return inline(/[\r\n]/.test(text) ? text.replace(/\r\n?|\n/g, ' ') : text);
}

/** Captured multi-line text as a blockquote, one quoted paragraph per line. */
export function mdQuote(text: string): string {
  const lines = text.split(/\r\n?|\n/);
  return lines.map((line) => (line.trim() === '' ? '>' : `> ${mdLine(line)}`)).join('\n>\n');
}

/** A code span: shows URLs and hashes verbatim, never as a link, whatever they contain. */
export function mdCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const longestRun = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

// Anything inline() would change; most captured words have none of it.
const INLINE_SPECIAL = /[&<>\\`*_[\]|~]|:\/\/|www\./i;

function inline(text: string): string {
  if (!INLINE_SPECIAL.test(text)) return text;
  return text
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)
    // Inline syntax: emphasis, code, links/images, tables, strikethrough.
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    // GitHub turns bare "https://…" and "www.…" into links; an escape breaks the pattern.
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`);
}

/** A whole line of captured text: also the syntax that only counts at the start of a line. */
function mdLine(line: string): string {
  // Block syntax that only counts at the start of a line: headings, quotes, lists, setext rules.
  return inline(line).replace(/^(\s*)([#>+=-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
