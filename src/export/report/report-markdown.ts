// report.md: the same report as report.html, as Markdown a freelancer pastes into a dispute
// ticket. Captured strings go through mdInline/mdQuote/mdCode, so none renders as HTML or a link.
import type { StoredCapture } from '../../shared/model';
import type { ExportView } from '../bundle/export-view';
import type { BundleIdentity } from '../bundle/bundle-identity';
import { mdCode, mdInline } from './format/markdown-escape';
import { offsetText, utcText } from './format/time-format';
import { captureRecord } from '../bundle/evidence-document';
import { conversationsMarkdown } from './report-markdown-messages';
import { termsMarkdown } from './report-terms';
import { CUSTODY_INTRO, HOW_TO_VERIFY, SIGNING_KEY_NOTE, UNSIGNED_NOTE, WHAT_THE_PROOF_SHOWS, WITHHELD_TEXT } from './report-text';
import { fingerprintGroups } from '../sign/fingerprint';
import { isWithheld } from '../../shared/proof/custody';
import type { LeftOutCaptureFile } from '../redact/redaction-notes';
import { buildTimeline, type TimelineEntry } from './timeline/timeline';
import { timelineMarkdown } from './timeline/timeline-sections';
import { caseFacts, caseMarkdown } from '../case/report-case';
import { zonedText } from './format/time-format';
import { custodyDetailText } from './format/custody-detail';

export function reportMarkdown(view: ExportView, identity: BundleIdentity): string {
  const { set } = view;
  const timeline = buildTimeline(view);
  const zone = set.timeZone ?? 'UTC';
  const local = zonedText(set.exportedAt, zone);
  const blocks = [
    `# ${mdInline(identity.title)}`,
    [
      ...(view.theCase ? caseFacts(view, view.theCase).map(([k, v]) => `- ${k}: ${mdInline(v)}`) : []),
      `- Scope: ${mdInline(set.scope.description)}`,
      `- Exported: ${mdInline(utcText(set.exportedAt, 'second'))}${local ? ` · ${mdInline(local)} (${mdInline(zone)})` : ''}`,
      `- Software: ${mdInline(`${set.software.name} ${set.software.version}`)}`,
      `- Bundle: ${mdCode(identity.name)}`,
      identity.signedBy ? `- Signing key: ${mdCode(fingerprintGroups(identity.signedBy))} (${mdInline(SIGNING_KEY_NOTE)})` : `- Signing key: ${mdInline(UNSIGNED_NOTE)}`,
      ...(identity.evidenceSha256 ? [`- evidence.json SHA-256: ${mdCode(identity.evidenceSha256)}`] : []),
    ].join('\n'),
    ...caseMarkdown(view, timeline, zone),
    '## Summary',
    [
      `- Conversations: ${view.sections.length}`,
      `- Messages: ${view.messages.length}`,
      `- Captures: ${view.captures.length}`,
      `- Key evidence: ${view.exhibits.size}`,
    ].join('\n'),
    ...exhibitIndex(view, timeline),
    timelineMarkdown(view, timeline),
    conversationsMarkdown(view),
    termsMarkdown(set.terms, view.tagLabel),
    '## Captures',
    view.captures.length ? view.captures.map((c) => captureMarkdown(c, view.redaction.leftOutCaptureFiles.get(c.id))).join('\n\n') : 'No captures are in this export.',
    '## Chain of custody',
    custodyMarkdown(view),
    '## Method: what this bundle proves, and what it does not',
    ...WHAT_THE_PROOF_SHOWS.map(mdInline),
    '## How to verify',
    ...HOW_TO_VERIFY.map(mdInline),
  ];
  return blocks.filter(Boolean).join('\n\n') + '\n';
}

function exhibitIndex(view: ExportView, timeline: readonly TimelineEntry[]): string[] {
  if (view.theCase) return [];
  const lines = timeline.flatMap((e) => {
    const m = e.message;
    const n = m && view.exhibits.get(m);
    if (!m || n === undefined) return [];
    const when = m.sentAt ? mdInline(utcText(m.sentAt)) : 'time not shown';
    return [`- Exhibit ${n} (Timeline ${e.n}): ${when}, ${mdInline(m.sender ?? 'system')}: ${mdInline((m.text.split('\n')[0] ?? '').slice(0, 120))}`];
  });
  return lines.length ? ['### Key evidence', lines.join('\n')] : [];
}

function captureMarkdown(c: StoredCapture, leftOut: readonly LeftOutCaptureFile[] = []): string {
  const r = captureRecord(c);
  const lines = [
    `### Capture ${mdCode(c.id)}`,
    `- URL: ${mdCode(c.url)}`,
    `- Page: ${mdInline(r.pageKind)}${r.pageVariant ? ` (${mdInline(r.pageVariant)})` : ''}: ${mdInline(c.title)}`,
    `- Captured: ${mdInline(utcText(c.capturedAt, 'second'))}`,
    `- Time zone: ${mdInline(c.timeZone)}, ${offsetText(c.utcOffsetMinutes)}`,
    `- Browser: ${mdInline(c.browser)}`,
    `- User agent: ${mdCode(c.userAgent)}`,
    `- Extension version: ${mdInline(c.extensionVersion)}`,
    `- Records hash: ${mdCode(c.sha256)}`,
  ];
  if (c.partial) lines.push('- **Partial:** the user stopped loading history; older messages may be missing from this capture');
  lines.push(`- Actions:${c.actions.length ? '' : ' none'}`, ...c.actions.map((a) => `  - ${mdInline(a)}`));
  lines.push(`- Files:${c.files.length ? '' : ' none'}`, ...c.files.map((f) => `  - ${mdCode(f.path)} SHA-256 ${mdCode(f.sha256)}`));
  if (leftOut.length) lines.push('- Files left out of this export:', ...leftOut.map((f) => `  - ${mdCode(f.path)} SHA-256 ${mdCode(f.sha256)}: ${mdInline(f.reason)}`));
  return lines.join('\n');
}

function custodyMarkdown(view: ExportView): string {
  if (!view.custody.length) return 'No custody events are in this export.';
  const lines = view.custody.map((e) =>
    isWithheld(e)
      ? `${e.seq}. ${mdInline(WITHHELD_TEXT)}, hash ${mdCode(e.hash)}`
      : `${e.seq}. ${mdInline(utcText(e.at, 'second'))}, ${mdInline(e.event)} ${mdCode(e.subject)} ${mdInline(custodyDetailText(e.detail))}, hash ${mdCode(e.hash)}`,
  );
  return [mdInline(CUSTODY_INTRO), '', ...lines].join('\n');
}
