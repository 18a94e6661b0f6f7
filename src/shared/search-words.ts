// How text is cut into words, for the search index, the query and the export's filter alike.
// Letters and digits in any script make words; everything else (markup, regex characters,
// punctuation) only separates them, so a hostile query is just fewer words, never a pattern or markup.
const WORD = /[\p{L}\p{N}]+/gu;

export function queryWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * The search's rule, as a scan: every word of the query starts a word of the texts. The index
 * (src/search) answers the same question without reading every record.
 */
export function textsMatchWords(texts: readonly string[], words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const present = queryWords(texts.join('\n'));
  return words.every((w) => present.some((p) => p.startsWith(w)));
}

/** The search index's id for a contract's (job post's, offer's…) terms; a message's is its own id. */
export const TERMS_PREFIX = 'terms:';
