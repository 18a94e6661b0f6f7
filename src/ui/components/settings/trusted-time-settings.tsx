// Settings for trusted time (RFC 3161): off until the user turns it on. Turning it on, or
// choosing another authority while on, first asks the browser for that one host, from the
// click itself (the browser allows the request only during a user gesture). Refused: the
// setting stays as it was and says why.
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../../shared/messaging';
import { authorityLabel, authorityOriginPattern, authorityUrlProblem, OFFERED_AUTHORITIES, type TimeStampSettings } from '../../../shared/time-stamp-authorities';
import { t } from '../translate';

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
    if (!enabled) return void save({ enabled, authorityUrl }, enabled === settings.enabled ? t('settings_saved', 'Saved') : t('trusted_time_off', 'Trusted time is off.'));
    const host = new URL(authorityUrl).hostname;
    void requestHostAccess(authorityOriginPattern(authorityUrl)).then(
      (granted) => {
        if (granted) return save({ enabled: true, authorityUrl }, t('trusted_time_on', 'Exports will carry a trusted time from $1.', authorityLabel(authorityUrl)));
        setMessage({
          text: settings.enabled
            ? t('trusted_time_host_refused_on', 'Trusted time still uses $1: the browser was not allowed to reach $2, so no time can be asked for there.', authorityLabel(settings.authorityUrl), host)
            : t('trusted_time_host_refused_off', 'Trusted time stays off: the browser was not allowed to reach $1, so no time can be asked for there.', host),
          error: true,
        });
      },
      (e: unknown) => setMessage({ text: settings.enabled ? t('trusted_time_unchanged', 'Trusted time was not changed: $1', errorText(e)) : t('trusted_time_stays_off', 'Trusted time stays off: $1', errorText(e)), error: true }),
    );
  };

  return (
    <section class="settings" aria-labelledby="trusted-time-heading">
      <h3 id="trusted-time-heading" class="settings-heading">{t('trusted_time_heading', 'Trusted time')}</h3>
      <label class="check">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => apply(e.currentTarget.checked, choice === OTHER ? custom.trim() : choice)} />
        <span>{t('trusted_time_enable', 'Add a trusted time to exports')}</span>
      </label>
      <p class="muted">{t('trusted_time_explained', 'A time-stamping authority signs the time of each export. Only a hash of the bundle’s signature is sent to it.')}</p>
      <label class="field">
        <span>{t('trusted_time_authority', 'Time-stamping authority')}</span>
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
          <option value={OTHER}>{t('trusted_time_other_authority', 'Another authority…')}</option>
        </select>
      </label>
      {choice === OTHER && (
        <label class="field">
          <span>{t('trusted_time_authority_address', 'Authority address')}</span>
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
