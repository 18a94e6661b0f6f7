// Redact a message before export: hide parts of its text (typed, or picked from what the editor
// finds: emails, phone numbers, personal links) and leave saved files out. The store keeps the
// original; the export's copy says "[redacted]". Rendered only when opened, so a long list of
// messages pays nothing for it.
import { useMemo, useState } from 'preact/hooks';
import type { RedactionSpan, StoredMessage } from '../../../shared/model';
import { sha256Hex } from '../../../shared/hash';
import { applyRedactions, rangesToHide, spanWords } from '../../../shared/redaction';
import { suggestRedactions, type RedactionSuggestion } from '../../../shared/redaction-suggestions';
import { addRedaction, leaveOutFile, removeRedaction } from '../../../storage';
import { useDb } from '../../hooks/use-db';
import { t, tn } from '../translate';

export const REDACTION_REASONS = ['phone number', 'email address', 'web address', "a third party's details", 'personal details'] as const;

/** A reason in the reader's words; the stored reason (and the export's) stays the English one. */
function reasonLabel(reason: string): string {
  switch (reason) {
    case 'phone number':
      return t('redaction_reason_phone', 'phone number');
    case 'email address':
      return t('redaction_reason_email', 'email address');
    case 'web address':
      return t('redaction_reason_web', 'web address');
    case "a third party's details":
      return t('redaction_reason_third_party', "a third party's details");
    case 'personal details':
      return t('redaction_reason_personal', 'personal details');
    default:
      return reason;
  }
}

export function RedactionEditor({ message }: { message: StoredMessage }) {
  const [open, setOpen] = useState(false);
  const spans = message.redactions?.spans ?? [];
  const files = message.redactions?.files ?? [];
  // Hashed only when there is something to check or the editor is open: a long list pays nothing.
  const stale = useMemo(() => spans.some((s) => spanWords(message, s) === null), [message.text, message.versions, spans]);
  const counts = [
    spans.length && t('redaction_count_hidden', '$1 hidden', spans.length),
    files.length && tn('redaction_count_files', files.length, '$1 file left out', '$1 files left out'),
  ].filter(Boolean);
  return (
    <details class="redaction-editor" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {counts.length ? t('redaction_open_counted', 'Redact for export ($1)', counts.join(', ')) : t('redaction_open', 'Redact for export')}
        {stale && <> <span class="badge badge--warning">{t('redaction_stale', 'Redaction made on an earlier text')}</span></>}
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
    if (!piece) return setError(t('redaction_type_words', 'Type the words to hide, exactly as the message shows them.'));
    for (const place of places) {
      const at = firstFreeOccurrence(place.text, piece, spans.filter((s) => s.textSha256 === place.textSha256));
      if (at !== -1) {
        redact(place, at, at + piece.length, reason);
        return setPiece('');
      }
    }
    setError(t('redaction_words_not_found', 'Those words are not in this message (or are hidden already).'));
  };

  return (
    <div class="redaction-panel">
      <p class="muted">{t('redaction_explained', 'The export shows [redacted] in place of each part hidden here, wherever it appears in this message and its earlier versions. Your stored copy stays as captured.')}</p>
      {suggestions.length > 0 && (
        <ul class="redaction-suggestions" aria-label={t('redaction_found', 'Found in this message')}>
          {suggestions.map((s) => (
            <li key={`${s.place.textSha256}-${s.start}`}>
              <code>{s.value}</code> <span class="muted">({s.place === current ? reasonLabel(s.reason) : `${reasonLabel(s.reason)}, ${s.place.label}`})</span>{' '}
              <button type="button" class="button-small" aria-label={t('redaction_redact_value', 'Redact $1', s.value)} onClick={() => redact(s.place, s.start, s.end, s.reason)}>
                {t('redaction_redact', 'Redact')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="redaction-form">
        <label>
          <span>{t('redaction_words', 'Words to hide')}</span>
          <input type="text" value={piece} onInput={(e) => setPiece(e.currentTarget.value)} />
        </label>
        <label>
          <span>{t('redaction_reason', 'Reason')}</span>
          <select value={reason} onChange={(e) => setReason(e.currentTarget.value)}>
            {REDACTION_REASONS.map((r) => (
              <option key={r} value={r}>
                {reasonLabel(r)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button-small" onClick={redactTyped}>
          {t('redaction_hide_words', 'Hide these words')}
        </button>
      </div>
      {error && <p role="alert" class="error">{error}</p>}
      {spans.length > 0 && (
        <ul class="redaction-spans" aria-label={t('redaction_hidden_list', 'Hidden in the export')}>
          {spans.map((s) => (
            <SpanItem key={`${s.textSha256}-${s.start}`} span={s} words={spanWords(message, s)} onRemove={() => run(() => removeRedaction(db, message.id, s))} />
          ))}
        </ul>
      )}
      {saved.map((a) => (
        <label key={a.sha256} class="redaction-file">
          <input type="checkbox" checked={leftOut.has(a.sha256 as string)} onChange={(e) => run(() => leaveOutFile(db, message.id, a.sha256 as string, e.currentTarget.checked, reason))} />
          <span>{t('redaction_leave_file_out', 'Leave the file $1 out of exports', a.name)}</span>
        </label>
      ))}
      {hidden.length > 0 && (
        <>
          <p class="muted">{t('redaction_preview', "The export's copy:")}</p>
          <p class="message-text redaction-preview">{copy}</p>
          <p class="muted">
            {t('redaction_keep_original', 'To prove later that the original matches, keep the text as stored: its SHA-256 is')} <code class="hash">{current.textSha256}</code>{' '}
            <button type="button" class="button-small" onClick={() => void navigator.clipboard?.writeText(message.text).catch(() => undefined)}>
              {t('redaction_copy_original', 'Copy original text')}
            </button>
          </p>
        </>
      )}
    </div>
  );
}

function placesOf(message: StoredMessage): Place[] {
  const versions = message.versions.map((v, i) => ({ text: v.text, textSha256: sha256Hex(v.text), label: t('redaction_earlier_version', 'earlier version $1', i + 1) }));
  return [{ text: message.text, textSha256: sha256Hex(message.text), label: t('redaction_current_text', 'current text') }, ...versions];
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
  const shown = words ?? t('redaction_characters', 'characters $1–$2', span.start, span.end);
  return (
    <li>
      <code>{shown}</code> <span class="muted">({span.inVersion ? t('redaction_reason_in_version', '$1, in an earlier version', reasonLabel(span.reason)) : reasonLabel(span.reason)})</span>
      {words === null && <> <span class="badge badge--warning">{t('redaction_stale_span', 'made on an earlier text: remove it and redact again')}</span></>}{' '}
      <button type="button" class="button-small" aria-label={t('redaction_remove_value', 'Remove redaction of $1', shown)} onClick={onRemove}>
        {t('redaction_remove', 'Remove')}
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
