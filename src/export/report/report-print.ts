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
  .message { margin: .3rem 0; padding: .3rem .6rem; }
  .message .meta, .message .local { font-size: 7.5pt; }
}`;
}
