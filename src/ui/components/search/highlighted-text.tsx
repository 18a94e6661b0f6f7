// A text with the search's matches marked. Pieces are rendered as text nodes inside <mark>, never
// as HTML, so markup in a message or in the query stays text.
import { highlightPieces } from '../../../search/highlight';

export function HighlightedText({ text, query }: { text: string; query?: string | undefined }) {
  if (!query?.trim()) return <>{text}</>;
  return <>{highlightPieces(text, query).map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : piece.text))}</>;
}
