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
    margin: 16mm 14mm 16mm 14mm;
    @top-left { content: ${cssString(about.length > 60 ? `${about.slice(0, 59)}…` : about)}; font: 8pt system-ui, sans-serif; color: #444; }
    @top-right { content: ${cssString(`${identity.name}${hash ? ` · ${hash}` : ''}`)}; font: 8pt ui-monospace, monospace; color: #444; }
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #444; }
  }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  tr, article, .event, dl.facts { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  /* Dense enough that a 40-message room fits in 8 Letter pages, still 9 pt for what people wrote. */
  body { font-size: 9pt; line-height: 1.3; }
  h1 { font-size: 15pt; }
  h2 { font-size: 12pt; margin-top: 10pt; }
  h3 { font-size: 10pt; margin: 6pt 0 2pt; }
  dl.facts { gap: 0 8pt; margin: 2pt 0; }
  .message, .event { margin: 3pt 0; padding: 2pt 6pt; line-height: 1.25; }
  .message.key { border-left-width: 5px; }
  .message header { gap: 0 6pt; }
  .text p, .message > p, #timeline > p, #statement p { margin: 1pt 0; }
  .meta, .local, .source { font-size: 7pt; }
  table { font-size: 7pt; }
  th, td { padding: 1pt 3pt; }
  #captures, #custody, #verify, #terms, .conversation { font-size: 7.5pt; }
  #captures h3, .conversation h2 { font-size: 9pt; }
  img.screenshot { max-height: 40mm; width: auto; }
}`;
}
