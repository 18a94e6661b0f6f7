// How text is cut into words, for the index and for the query alike. Letters and digits in any
// script make words; everything else (markup, regex characters, punctuation) only separates them,
// so a hostile query is just fewer words, never a pattern or markup.
const WORD = /[\p{L}\p{N}]+/gu;

export function queryWords(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []);
}
