// Redact a message before export: hide parts of its text (typed, or picked from what the editor
// finds: emails, phone numbers, personal links) and leave saved files out. The store keeps the
// original; the export's copy says "[redacted]". Rendered only when opened, so a long list of
// messages pays nothing for it.
import { useMemo, useState } from 'preact/hooks';
import type { RedactionSpan, StoredMessage } from '../../shared/model';
import { sha256Hex } from '../../shared/hash';
import { applyRedactions, mergeRanges } from '../../shared/redaction';
import { suggestRedactions } from '../../shared/redaction-suggestions';
import { addRedaction, leaveOutFile, removeRedaction } from '../../storage';
import { useDb } from '../hooks/use-db';

export const REDACTION_REASONS = ['phone number', 'email address', 'web address', "a third party's details", 'personal details'] as const;

export function RedactionEditor({ message }: { message: StoredMessage }) {
  const [open, setOpen] = useState(false);
  const spans = message.redactions?.spans ?? [];
  const files = message.redactions?.files ?? [];
  const textSha256 = useMemo(() => sha256Hex(message.text), [message.text]);
  const stale = spans.some((s) => s.textSha256 !== textSha256);
  const counts = [spans.length && `${spans.length} hidden`, files.length && `${files.length} file${files.length === 1 ? '' : 's'} left out`].filter(Boolean);
  return (
    <details class="redaction-editor" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Redact for export{counts.length ? ` (${counts.join(', ')})` : ''}
        {stale && <> <span class="badge badge--warning">Redaction made on an earlier text</span></>}
      </summary>
      {open && <RedactionPanel message={message} textSha256={textSha256} />}
    </details>
  );
}

function RedactionPanel({ message, textSha256 }: { message: StoredMessage; textSha256: string }) {
  const db = useDb();
  const [piece, setPiece] = useState('');
  const [reason, setReason] = useState<string>(REDACTION_REASONS[0]);
  const [error, setError] = useState<string | null>(null);
  const spans = message.redactions?.spans ?? [];
  const current = spans.filter((s) => s.textSha256 === textSha256);
  const suggestions = useMemo(() => suggestRedactions(message.text), [message.text]).filter((s) => !current.some((c) => c.start < s.end && s.start < c.end));
  const copy = applyRedactions(message.text, mergeRanges(current)).text;
  const leftOut = new Set((message.redactions?.files ?? []).map((f) => f.sha256));
  const saved = message.attachments.filter((a) => a.sha256);

  const run = (write: () => Promise<void>) => {
    setError(null);
    write().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const redact = (start: number, end: number, why: string) => run(() => addRedaction(db, message.id, { start, end, reason: why, textSha256 }));
  const redactTyped = () => {
    const at = firstFreeOccurrence(message.text, piece, current);
    if (!piece) return setError('Type the words to hide, exactly as the message shows them.');
    if (at === -1) return setError('Those words are not in this message (or are hidden already).');
    redact(at, at + piece.length, reason);
    setPiece('');
  };

  return (
    <div class="redaction-panel">
      <p class="muted">The export shows [redacted] in place of each part hidden here, wherever it appears in this message and its earlier versions. Your stored copy stays as captured.</p>
      {suggestions.length > 0 && (
        <ul class="redaction-suggestions" aria-label="Found in this message">
          {suggestions.map((s) => (
            <li key={`${s.start}-${s.end}`}>
              <code>{s.value}</code> <span class="muted">({s.reason})</span>{' '}
              <button type="button" class="button-small" aria-label={`Redact ${s.value}`} onClick={() => redact(s.start, s.end, s.reason)}>
                Redact
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="redaction-form">
        <label>
          <span>Words to hide</span>
          <input type="text" value={piece} onInput={(e) => setPiece(e.currentTarget.value)} />
        </label>
        <label>
          <span>Reason</span>
          <select value={reason} onChange={(e) => setReason(e.currentTarget.value)}>
            {REDACTION_REASONS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button-small" onClick={redactTyped}>
          Hide these words
        </button>
      </div>
      {error && <p role="alert" class="error">{error}</p>}
      {spans.length > 0 && (
        <ul class="redaction-spans" aria-label="Hidden in the export">
          {spans.map((s) => (
            <SpanItem key={`${s.textSha256}-${s.start}`} span={s} text={message.text} current={s.textSha256 === textSha256} onRemove={() => run(() => removeRedaction(db, message.id, s))} />
          ))}
        </ul>
      )}
      {saved.map((a) => (
        <label key={a.sha256} class="redaction-file">
          <input type="checkbox" checked={leftOut.has(a.sha256 as string)} onChange={(e) => run(() => leaveOutFile(db, message.id, a.sha256 as string, e.currentTarget.checked, REDACTION_REASONS[3]))} />
          <span>Leave the file {a.name} out of exports</span>
        </label>
      ))}
      {current.length > 0 && (
        <>
          <p class="muted">The export's copy:</p>
          <p class="message-text redaction-preview">{copy}</p>
          <p class="muted">
            To prove later that the original matches, keep the text as stored: its SHA-256 is <code class="hash">{textSha256}</code>{' '}
            <button type="button" class="button-small" onClick={() => void navigator.clipboard?.writeText(message.text).catch(() => undefined)}>
              Copy original text
            </button>
          </p>
        </>
      )}
    </div>
  );
}

function SpanItem({ span, text, current, onRemove }: { span: RedactionSpan; text: string; current: boolean; onRemove: () => void }) {
  const words = current ? text.slice(span.start, span.end) : `characters ${span.start}–${span.end}`;
  return (
    <li>
      <code>{words}</code> <span class="muted">({span.reason})</span>
      {!current && <> <span class="badge badge--warning">made on an earlier text: remove it and redact again</span></>}{' '}
      <button type="button" class="button-small" aria-label={`Remove redaction of ${words}`} onClick={onRemove}>
        Remove
      </button>
    </li>
  );
}

/** Where `piece` first appears outside the parts already hidden; -1 when nowhere. */
function firstFreeOccurrence(text: string, piece: string, hidden: readonly RedactionSpan[]): number {
  if (!piece) return -1;
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) {
    if (!hidden.some((s) => s.start < at + piece.length && at < s.end)) return at;
  }
  return -1;
}
