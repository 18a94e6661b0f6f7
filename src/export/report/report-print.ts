// Printing: a running header with the case (or scope), the bundle and the first digits of the
// evidence.json hash, and "page X of Y", in CSS page-margin boxes (Chromium prints them since
// version 131; no script). The manifest's own hash cannot be in a file the manifest lists, so
// the header names evidence.json's hash, which the manifest in turn lists.
import type { ExportView } from '../bundle/export-view';
import type { BundleIdentity } from '../bundle/bundle-identity';

/** A CSS string literal: quotes, backslashes, line breaks and "<" escaped, so captured text cannot end the rule or the style element. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export function printCss(view: ExportView, identity: BundleIdentity): string {
  const about = view.theCase ? `Case: ${view.theCase.name}` : view.set.scope.description;
  const hash = identity.evidenceSha256 ? `evidence.json ${identity.evidenceSha256.slice(0, 12)}` : '';
  return `
@media print {
  @page {
    size: letter;
    margin: 11mm 11mm 12mm 11mm;
    @top-left { content: ${cssString(about.length > 48 ? `${about.slice(0, 47)}…` : about)}; font: 8pt system-ui, sans-serif; color: #444; }
    @top-right { content: ${cssString(`${identity.name}${hash ? ` · ${hash}` : ''}`)}; font: 8pt ui-monospace, monospace; color: #444; }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #444; }
  }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, article, .event, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  /* Dense enough that a 40-message room fits in 8 Letter pages: 9 pt for what people wrote,
     small type only for ids, hashes and the method, which a mediator reads once. */
  body { font-size: 9pt; line-height: 1.22; }
  h1 { font-size: 15pt; }
  h2 { font-size: 11.5pt; margin: 8pt 0 3pt; padding-bottom: 1pt; border-bottom-width: 1.5px; }
  h3 { font-size: 9.5pt; margin: 5pt 0 2pt; }
  section > p { margin: 2pt 0; }
  dl.facts { gap: 0 8pt; margin: 2pt 0; }
  .message, .event { margin: 2pt 0; padding: 1pt 5pt; line-height: 1.2; border-radius: 2px; }
  .message.key { border-left-width: 5px; }
  .message header { gap: 0 5pt; }
  .text p, .message > p, #timeline > p, #statement p { margin: 1pt 0; }
  .text p, .message > p.meta { margin: 0; }
  .meta, .local, .source, .meta code { font-size: 6.5pt; }
  table { font-size: 7pt; }
  th, td { padding: 1pt 3pt; }
  #captures, #custody, #verify, #terms, .conversation { font-size: 7.5pt; }
  #captures h3, .conversation h2 { font-size: 9pt; }
  #captures ul { margin: 1pt 0; padding-left: 12pt; }
  /* Custody: line number, time and event never break mid-word; the hash, for machines, takes little room. */
  #custody td { font-size: 6.5pt; }
  #custody td:first-child, #custody td:nth-child(2), #custody td:nth-child(3) { white-space: nowrap; overflow-wrap: normal; }
  #custody td:last-child { width: 16ch; font-size: 5.5pt; }
  #method { columns: 2; column-gap: 6mm; font-size: 7.5pt; }
  #method h2 { column-span: all; }
  #method > p, #verify > p { margin: 1.5pt 0; }
  img.screenshot { max-height: 40mm; width: auto; }
}`;
}
