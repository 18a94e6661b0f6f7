// Redact a message before export: hide parts of its text (typed, or picked from what the editor
// finds: emails, phone numbers, personal links) and leave saved files out. The store keeps the
// original; the export's copy says "[redacted]". Rendered only when opened, so a long list of
// messages pays nothing for it.
import { useMemo, useState } from 'preact/hooks';
import type { RedactionSpan, StoredMessage } from '../../shared/model';
import { sha256Hex } from '../../shared/hash';
import { applyRedactions, rangesToHide, spanWords } from '../../shared/redaction';
import { suggestRedactions, type RedactionSuggestion } from '../../shared/redaction-suggestions';
import { addRedaction, leaveOutFile, removeRedaction } from '../../storage';
import { useDb } from '../hooks/use-db';

export const REDACTION_REASONS = ['phone number', 'email address', 'web address', "a third party's details", 'personal details'] as const;

export function RedactionEditor({ message }: { message: StoredMessage }) {
  const [open, setOpen] = useState(false);
  const spans = message.redactions?.spans ?? [];
  const files = message.redactions?.files ?? [];
  // Hashed only when there is something to check or the editor is open: a long list pays nothing.
  const stale = useMemo(() => spans.some((s) => spanWords(message, s) === null), [message.text, message.versions, spans]);
  const counts = [spans.length && `${spans.length} hidden`, files.length && `${files.length} file${files.length === 1 ? '' : 's'} left out`].filter(Boolean);
  return (
    <details class="redaction-editor" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Redact for export{counts.length ? ` (${counts.join(', ')})` : ''}
        {stale && <> <span class="badge badge--warning">Redaction made on an earlier text</span></>}
      </summary>
      {open && <RedactionPanel message={message} />}
    </details>
  );
}

/** A text a span can be made on: the current one, or an earlier version. */
interface Place {
  text: string;
  textSha256: string;
  label: string;
}

function RedactionPanel({ message }: { message: StoredMessage }) {
  const db = useDb();
  const [piece, setPiece] = useState('');
  const [reason, setReason] = useState<string>(REDACTION_REASONS[0]);
  const [error, setError] = useState<string | null>(null);
  const spans = message.redactions?.spans ?? [];
  const places = useMemo(() => placesOf(message), [message.text, message.versions]);
  const hidden = spans.flatMap((s) => {
    const words = spanWords(message, s);
    return words === null ? [] : [{ value: words, reason: s.reason }];
  });
  const current = places[0] as Place;
  const suggestions = useMemo(() => suggestionsIn(places), [places]).filter((s) => !hidden.some((h) => h.value.includes(s.value)));
  const copy = applyRedactions(message.text, rangesToHide(message.text, [], hidden)).text;
  const leftOut = new Set((message.redactions?.files ?? []).map((f) => f.sha256));
  const saved = message.attachments.filter((a) => a.sha256);

  const run = (write: () => Promise<void>) => {
    setError(null);
    write().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const redact = (place: Place, start: number, end: number, why: string) =>
    run(() => addRedaction(db, message.id, { start, end, reason: why, textSha256: place.textSha256 }));
  const redactTyped = () => {
    if (!piece) return setError('Type the words to hide, exactly as the message shows them.');
    for (const place of places) {
      const at = firstFreeOccurrence(place.text, piece, spans.filter((s) => s.textSha256 === place.textSha256));
      if (at !== -1) {
        redact(place, at, at + piece.length, reason);
        return setPiece('');
      }
    }
    setError('Those words are not in this message (or are hidden already).');
  };

  return (
    <div class="redaction-panel">
      <p class="muted">The export shows [redacted] in place of each part hidden here, wherever it appears in this message and its earlier versions. Your stored copy stays as captured.</p>
      {suggestions.length > 0 && (
        <ul class="redaction-suggestions" aria-label="Found in this message">
          {suggestions.map((s) => (
            <li key={`${s.place.textSha256}-${s.start}`}>
              <code>{s.value}</code> <span class="muted">({s.reason}{s.place === current ? '' : `, ${s.place.label}`})</span>{' '}
              <button type="button" class="button-small" aria-label={`Redact ${s.value}`} onClick={() => redact(s.place, s.start, s.end, s.reason)}>
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
            <SpanItem key={`${s.textSha256}-${s.start}`} span={s} words={spanWords(message, s)} onRemove={() => run(() => removeRedaction(db, message.id, s))} />
          ))}
        </ul>
      )}
      {saved.map((a) => (
        <label key={a.sha256} class="redaction-file">
          <input type="checkbox" checked={leftOut.has(a.sha256 as string)} onChange={(e) => run(() => leaveOutFile(db, message.id, a.sha256 as string, e.currentTarget.checked, reason))} />
          <span>Leave the file {a.name} out of exports</span>
        </label>
      ))}
      {hidden.length > 0 && (
        <>
          <p class="muted">The export's copy:</p>
          <p class="message-text redaction-preview">{copy}</p>
          <p class="muted">
            To prove later that the original matches, keep the text as stored: its SHA-256 is <code class="hash">{current.textSha256}</code>{' '}
            <button type="button" class="button-small" onClick={() => void navigator.clipboard?.writeText(message.text).catch(() => undefined)}>
              Copy original text
            </button>
          </p>
        </>
      )}
    </div>
  );
}

function placesOf(message: StoredMessage): Place[] {
  const versions = message.versions.map((v, i) => ({ text: v.text, textSha256: sha256Hex(v.text), label: `earlier version ${i + 1}` }));
  return [{ text: message.text, textSha256: sha256Hex(message.text), label: 'current text' }, ...versions];
}

/** What the finder sees in the current text, then what only earlier versions still hold. */
function suggestionsIn(places: readonly Place[]): (RedactionSuggestion & { place: Place })[] {
  const seen = new Set<string>();
  return places.flatMap((place) =>
    suggestRedactions(place.text).flatMap((s) => {
      if (seen.has(s.value)) return [];
      seen.add(s.value);
      return [{ ...s, place }];
    }),
  );
}

function SpanItem({ span, words, onRemove }: { span: RedactionSpan; words: string | null; onRemove: () => void }) {
  const shown = words ?? `characters ${span.start}–${span.end}`;
  return (
    <li>
      <code>{shown}</code> <span class="muted">({span.reason}{span.inVersion ? ', in an earlier version' : ''})</span>
      {words === null && <> <span class="badge badge--warning">made on an earlier text: remove it and redact again</span></>}{' '}
      <button type="button" class="button-small" aria-label={`Remove redaction of ${shown}`} onClick={onRemove}>
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
