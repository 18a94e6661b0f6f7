// Settings for trusted time (RFC 3161): off until the user turns it on. Turning it on, or
// choosing another authority while on, first asks the browser for that one host, from the
// click itself (the browser allows the request only during a user gesture). Refused: the
// setting stays as it was and says why.
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';
import { authorityLabel, authorityOriginPattern, authorityUrlProblem, OFFERED_AUTHORITIES, type TimeStampSettings } from '../../shared/time-stamp-authorities';

export interface TrustedTimeSettingsProps {
  settings: TimeStampSettings;
  onSave: (next: TimeStampSettings) => Promise<unknown>;
  /** Asks the browser for a host permission ("https://freetsa.org/*"); must be called synchronously from the user's action. */
  requestHostAccess: (originPattern: string) => Promise<boolean>;
}

const OTHER = 'other';

export function TrustedTimeSettings({ settings, onSave, requestHostAccess }: TrustedTimeSettingsProps) {
  const offered = OFFERED_AUTHORITIES.some((a) => a.url === settings.authorityUrl);
  const [choice, setChoice] = useState(offered ? settings.authorityUrl : OTHER);
  const [custom, setCustom] = useState(offered ? '' : settings.authorityUrl);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    const isOffered = OFFERED_AUTHORITIES.some((a) => a.url === settings.authorityUrl);
    setChoice(isOffered ? settings.authorityUrl : OTHER);
    if (!isOffered) setCustom(settings.authorityUrl);
  }, [settings.authorityUrl]);

  const save = (next: TimeStampSettings, done: string) =>
    onSave(next).then(
      () => setMessage({ text: done, error: false }),
      (e: unknown) => setMessage({ text: errorText(e), error: true }),
    );

  /** Called straight from the event handler: the permission request must not wait for anything. */
  const apply = (enabled: boolean, authorityUrl: string) => {
    const problem = authorityUrlProblem(authorityUrl);
    if (problem) return setMessage({ text: problem, error: true });
    if (!enabled) return void save({ enabled, authorityUrl }, enabled === settings.enabled ? 'Saved' : 'Trusted time is off.');
    const host = new URL(authorityUrl).hostname;
    void requestHostAccess(authorityOriginPattern(authorityUrl)).then(
      (granted) => {
        if (granted) return save({ enabled: true, authorityUrl }, `Exports will carry a trusted time from ${authorityLabel(authorityUrl)}.`);
        setMessage({ text: `Trusted time ${settings.enabled ? `still uses ${authorityLabel(settings.authorityUrl)}` : 'stays off'}: the browser was not allowed to reach ${host}, so no time can be asked for there.`, error: true });
      },
      (e: unknown) => setMessage({ text: `Trusted time ${settings.enabled ? 'was not changed' : 'stays off'}: ${errorText(e)}`, error: true }),
    );
  };

  return (
    <section class="settings" aria-labelledby="trusted-time-heading">
      <h3 id="trusted-time-heading" class="settings-heading">Trusted time</h3>
      <label class="check">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => apply(e.currentTarget.checked, choice === OTHER ? custom.trim() : choice)} />
        <span>Add a trusted time to exports</span>
      </label>
      <p class="muted">A time-stamping authority signs the time of each export. Only a hash of the bundle’s signature is sent to it.</p>
      <label class="field">
        <span>Time-stamping authority</span>
        <select
          value={choice}
          onChange={(e) => {
            const next = e.currentTarget.value;
            setChoice(next);
            if (next !== OTHER) apply(settings.enabled, next);
          }}
        >
          {OFFERED_AUTHORITIES.map((a) => (
            <option key={a.url} value={a.url}>
              {a.name} ({a.url})
            </option>
          ))}
          <option value={OTHER}>Another authority…</option>
        </select>
      </label>
      {choice === OTHER && (
        <label class="field">
          <span>Authority address</span>
          <input type="url" placeholder="https://…" value={custom} onInput={(e) => setCustom(e.currentTarget.value)} onChange={(e) => apply(settings.enabled, e.currentTarget.value.trim())} />
        </label>
      )}
      {message && (
        <p class={message.error ? 'error' : 'muted'} role={message.error ? 'alert' : undefined} aria-live="polite">
          {message.text}
        </p>
      )}
    </section>
  );
}
