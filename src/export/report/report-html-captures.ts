// The captures and chain-of-custody sections of report.html: the provenance a reviewer checks
// before trusting the messages (SWGDE 21-F-001 §7.5, Berkeley Protocol ¶167).
import type { CaptureFile, StoredCapture } from '../../shared/model';
import { sha256Hex } from '../../shared/bytes/hash';
import type { ExportView } from '../bundle/export-view';
import { escapeHtml as h, urlHtml } from './format/html-escape';
import { offsetText, utcText } from './format/time-format';
import { captureRecord } from '../bundle/evidence-document';
import { isWithheld } from '../../shared/proof/custody';
import { CUSTODY_INTRO, WITHHELD_TEXT } from './report-text';
import type { LeftOutCaptureFile } from '../redact/redaction-notes';
import { custodyDetailText } from './format/custody-detail';

export function capturesHtml(view: ExportView): string {
  const items = view.captures.map((c) => captureHtml(view, c));
  return `<section id="captures">
<h2>Captures</h2>
${items.length ? items.join('\n') : '<p>No captures are in this export.</p>'}
</section>`;
}

function captureHtml(view: ExportView, c: StoredCapture): string {
  const record = captureRecord(c);
  const rows: [string, string][] = [
    ['URL', urlHtml(c.url)],
    ['Page', `${h(record.pageKind)}${record.pageVariant ? ` (${h(record.pageVariant)})` : ''}: ${h(c.title)}`],
    ['Captured', `<time datetime="${h(c.capturedAt)}">${h(utcText(c.capturedAt, 'second'))}</time>`],
    ['Time zone', `${h(c.timeZone)}, ${h(offsetText(c.utcOffsetMinutes))}`],
    ['Browser', h(c.browser)],
    ['User agent', `<code>${h(c.userAgent)}</code>`],
    ['Extension version', h(c.extensionVersion)],
    ['Actions', c.actions.length ? `<ul>${c.actions.map((a) => `<li>${h(a)}</li>`).join('')}</ul>` : 'none'],
    ['Records hash', `<span class="hash">${h(c.sha256)}</span>`],
  ];
  if (c.partial) rows.push(['Partial', '<span class="warning">the user stopped loading history; older messages may be missing from this capture</span>']);
  return `<section class="capture">
<h3>Capture <code>${h(c.id)}</code></h3>
<dl class="facts">
${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}
</dl>
${filesHtml(view, c.files)}
${leftOutHtml(view.redaction.leftOutCaptureFiles.get(c.id) ?? [])}
</section>`;
}

function filesHtml(view: ExportView, files: CaptureFile[]): string {
  if (!files.length) return '<p>No files were kept with this capture.</p>';
  const rows = files.map((f) => {
    const bytes = view.set.files.get(f.path);
    const actual = bytes ? sha256Hex(bytes) : null;
    // The bundle's copy must be the copy hashed at capture; say so plainly if storage disagrees.
    const warning = actual && actual !== f.sha256 ? `<br><span class="warning">differs from the hash recorded at capture: ${h(f.sha256)}</span>` : '';
    return `<tr><td><code>${h(f.path)}</code></td><td>${bytes ? bytes.length : '—'}</td><td><span class="hash">${h(actual ?? f.sha256)}</span>${warning}</td></tr>`;
  });
  const shots = files.filter(isShownImage).map((f) => `<figure><img class="screenshot" src="${h(f.path)}" alt="Screenshot ${h(f.path)}"><figcaption><code>${h(f.path)}</code></figcaption></figure>`);
  return `<table><thead><tr><th>File</th><th>Bytes</th><th>SHA-256</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
${shots.join('\n')}`;
}

function leftOutHtml(files: readonly LeftOutCaptureFile[]): string {
  if (!files.length) return '';
  const rows = files.map((f) => `<tr><td><code>${h(f.path)}</code></td><td>${f.bytes}</td><td><span class="hash">${h(f.sha256)}</span></td></tr>`);
  return `<p class="marker redacted">Files left out of this export (${h(files[0]?.reason ?? '')}). Their hashes identify them if they are asked for.</p>
<table><thead><tr><th>File left out</th><th>Bytes</th><th>SHA-256</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

/** Screenshots shown by relative path inside the bundle; only plain paths, so nothing can escape the folder. */
function isShownImage(f: CaptureFile): boolean {
  return /^captures\/[A-Za-z0-9_-]+\/screenshot-\d+\.png$/.test(f.path);
}

export function custodyHtml(view: ExportView): string {
  const rows = view.custody.map((e) =>
    isWithheld(e)
      ? `<tr class="withheld"><td>${e.seq}</td><td colspan="4">${h(WITHHELD_TEXT)}</td><td><span class="hash">${h(e.hash)}</span></td></tr>`
      : `<tr><td>${e.seq}</td><td>${h(utcText(e.at, 'second'))}</td><td>${h(e.event)}</td><td><code>${h(e.subject)}</code></td><td>${h(custodyDetailText(e.detail))}</td><td><span class="hash">${h(e.hash)}</span></td></tr>`,
  );
  return `<section id="custody">
<h2>Chain of custody</h2>
<p>${h(CUSTODY_INTRO)}</p>
<table><thead><tr><th>#</th><th>When (UTC)</th><th>Event</th><th>Subject</th><th>Detail</th><th>Hash</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
</section>`;
}
