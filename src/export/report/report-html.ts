// report.html: the document a mediator reads or prints. It must stay inert whatever the captured
// text says: a CSP that forbids scripts and remote loads, and every captured string escaped.
import type { ExportView } from '../bundle/export-view';
import type { BundleIdentity } from '../bundle/bundle-identity';
import { escapeHtml as h } from './format/html-escape';
import { REPORT_CSS } from './report-css';
import { conversationsHtml } from './report-html-messages';
import { termsHtml } from './report-terms';
import { capturesHtml, custodyHtml } from './report-html-captures';
import { utcText, zonedText } from './format/time-format';
import { HOW_TO_VERIFY, SIGNING_KEY_NOTE, UNSIGNED_NOTE, WHAT_THE_PROOF_SHOWS } from './report-text';
import { fingerprintGroups } from '../sign/fingerprint';
import { buildTimeline, type TimelineEntry } from './timeline/timeline';
import { timelineHtml } from './timeline/timeline-sections';
import { caseFacts, caseHtml } from '../case/report-case';
import { printCss } from './report-print';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: 'self'";

export function reportHtml(view: ExportView, identity: BundleIdentity): string {
  const { set } = view;
  const timeline = buildTimeline(view);
  const zone = set.timeZone ?? 'UTC';
  const local = zonedText(set.exportedAt, zone);
  const facts = view.theCase ? caseFacts(view, view.theCase) : [];
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${h(identity.title)}</title>
<style>${REPORT_CSS}${printCss(view, identity)}</style>
</head>
<body>
<header>
<h1>${h(identity.title)}</h1>
<dl class="facts">
${facts.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('\n')}
<dt>Scope</dt><dd>${h(set.scope.description)}</dd>
<dt>Exported</dt><dd><time datetime="${h(set.exportedAt)}">${h(utcText(set.exportedAt, 'second'))}</time>${local ? ` · ${h(local)} (${h(zone)})` : ''}</dd>
<dt>Software</dt><dd>${h(set.software.name)} ${h(set.software.version)}</dd>
<dt>Bundle</dt><dd><code>${h(identity.name)}</code></dd>
<dt>Signing key</dt><dd>${signingKeyHtml(identity.signedBy)}</dd>
${identity.evidenceSha256 ? `<dt>evidence.json SHA-256</dt><dd><span class="hash">${h(identity.evidenceSha256)}</span></dd>` : ''}
</dl>
</header>
${caseHtml(view, timeline, zone)}
${summaryHtml(view, timeline)}
${timelineHtml(view, timeline)}
${conversationsHtml(view)}
${termsHtml(set.terms, view.tagLabel)}
${capturesHtml(view)}
${custodyHtml(view)}
<section id="method">
<h2>Method: what this bundle proves, and what it does not</h2>
${WHAT_THE_PROOF_SHOWS.map((p) => `<p>${h(p)}</p>`).join('\n')}
</section>
<section id="verify">
<h2>How to verify</h2>
${HOW_TO_VERIFY.map((p) => `<p>${h(p)}</p>`).join('\n')}
</section>
</body>
</html>
`;
}

function signingKeyHtml(fingerprint: string | null): string {
  if (!fingerprint) return h(UNSIGNED_NOTE);
  return `<code class="fingerprint">${h(fingerprintGroups(fingerprint))}</code><br><small>${h(SIGNING_KEY_NOTE)}</small>`;
}

function summaryHtml(view: ExportView, timeline: readonly TimelineEntry[]): string {
  // A case lists its exhibits in its own section; other exports index their key evidence here.
  const index = view.theCase ? [] : timeline.flatMap((e) => {
    const m = e.message;
    const n = m && view.exhibits.get(m);
    if (!m || n === undefined) return [];
    const when = m.sentAt ? utcText(m.sentAt) : 'time not shown';
    const first = m.text.split('\n')[0] ?? '';
    return [`<li><a href="#m-${e.n}">Exhibit ${n}</a>: ${h(when)}, ${h(m.sender ?? 'system')}: ${h(first.slice(0, 120))}</li>`];
  });
  return `<section id="summary">
<h2>Summary</h2>
<dl class="facts">
<dt>Conversations</dt><dd>${view.sections.length}</dd>
<dt>Messages</dt><dd>${view.messages.length}</dd>
<dt>Captures</dt><dd>${view.captures.length}</dd>
<dt>Key evidence</dt><dd>${view.exhibits.size}</dd>
</dl>
${index.length ? `<h3>Key evidence</h3>\n<ol class="exhibits">\n${index.join('\n')}\n</ol>` : ''}
</section>`;
}
