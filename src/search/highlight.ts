// Cuts a text into plain pieces and matched pieces for the card to render as text nodes (never as
// HTML): a piece is marked where a word of the text starts with a word of the query, as the index
// matches them.
import { queryWords } from '../shared/search-words';

export interface TextPiece {
  text: string;
  match: boolean;
}

export function highlightPieces(text: string, query: string): TextPiece[] {
  const words = queryWords(query);
  if (words.length === 0 || text === '') return [{ text, match: false }];
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const found of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = found[0].toLowerCase();
    const length = Math.max(0, ...words.filter((w) => word.startsWith(w)).map((w) => w.length));
    if (length === 0) continue;
    const start = found.index!;
    // Lower-casing can change a word's length (rarely); then the whole word is marked.
    const end = start + (found[0].slice(0, length).toLowerCase() === word.slice(0, length) ? length : found[0].length);
    if (start > at) pieces.push({ text: text.slice(at, start), match: false });
    pieces.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), match: false });
  return pieces.length ? pieces : [{ text, match: false }];
}
