// The report's only styling: inline (the CSP allows no stylesheet loads), readable on screen and
// printed to PDF, where backgrounds are often dropped, so key evidence is marked by border and words too.
export const REPORT_CSS = `
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; border-bottom: 2px solid #333; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .3rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
.url, .hash, code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85em; overflow-wrap: anywhere; }
.message { border: 1px solid #bbb; border-left: 4px solid #bbb; border-radius: 4px; padding: .5rem .8rem; margin: .6rem 0; break-inside: avoid; }
.message.key { border-left: 8px solid #b45309; background: #fff7ed; }
.message.system { background: #f4f4f5; }
.message header { display: flex; flex-wrap: wrap; gap: .2rem .8rem; align-items: baseline; }
.entry-number { font-weight: 700; font-variant-numeric: tabular-nums; min-width: 2.2em; margin-right: .5em; color: #333; }
.entry-number::before { content: "#"; color: #777; font-weight: 400; }
.source { color: #444; font-size: .85rem; font-style: italic; }
.event { border-left: 4px solid #1d4ed8; padding: .3rem .8rem; margin: .6rem 0; background: #eff6ff; break-inside: avoid; }
.event p { margin: .2rem 0 0; }
.deadline-soon td, .deadline-past td { background: #fef2f2; }
#statement p { margin: .3rem 0; white-space: pre-wrap; }
.exhibit { font-weight: 700; color: #92400e; text-transform: uppercase; letter-spacing: .03em; }
.sender { font-weight: 700; }
.local, .meta { color: #444; font-size: .85rem; }
.text p { margin: .3rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.marker { font-weight: 700; margin: .3rem 0; }
.marker.deleted { color: #b91c1c; }
.marker.edited { color: #1d4ed8; }
.provenance { margin: .3rem 0; padding-left: .5rem; border-left: 3px solid #a16207; }
.provenance.conflict, .provenance.data-only { font-weight: 700; color: #92400e; }
.marker.redacted { color: #6b21a8; font-weight: 400; overflow-wrap: anywhere; }
.versions { border-left: 3px dotted #888; padding-left: .6rem; margin: .3rem 0; }
.tag { display: inline-block; border: 1px solid #666; border-radius: 3px; padding: 0 .3rem; margin-right: .2rem; font-size: .85rem; }
.note { font-style: italic; white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; font-size: .85rem; }
th, td { border: 1px solid #bbb; padding: .25rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
/* Column headings never break inside a word ("Exhib-it"). */
th { overflow-wrap: normal; white-space: nowrap; }
.warning { color: #b91c1c; font-weight: 700; }
.attachments .file { font-size: .85rem; color: #444; }
.attachments .file.missing { color: #92400e; }
img.screenshot { max-width: 100%; border: 1px solid #999; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  @page { margin: 15mm; }
  h2 { break-after: avoid; }
  .message, .capture { break-inside: avoid; }
  .message.key { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
