// "Key fingerprint": this device's signing key, in groups of four so it can be read aloud or
// pasted into a ticket. A key that had to be replaced says so plainly, with the old fingerprint.
import { fingerprintGroups } from '../../../shared/signing-key';
import type { SigningKeyState } from '../../hooks/use-signing-key';
import { t } from '../translate';

const WHY: Record<string, () => string> = {
  missing: () => t('signing_key_missing', 'The signing key this device used before is no longer in its storage, so a new key was made.'),
  unreadable: () => t('signing_key_unreadable', "The signing key in this device's storage was damaged, so a new key was made."),
};

export function SigningKeyPanel({ signingKey }: { signingKey: SigningKeyState }) {
  return (
    <section class="signing-key" aria-labelledby="signing-key-heading">
      <h2 id="signing-key-heading" class="settings-heading">{t('signing_key_heading', 'Signing key')}</h2>
      {signingKey.state === 'loading' && <p class="muted">{t('signing_key_reading', 'Key fingerprint: reading…')}</p>}
      {signingKey.state === 'failed' && <p class="error" role="alert">{t('signing_key_failed', 'Key fingerprint: not available ($1). Exports cannot be signed until this is resolved.', signingKey.error)}</p>}
      {signingKey.state === 'ready' && (
        <>
          <p>
            {t('signing_key_fingerprint', 'Key fingerprint')} <code class="fingerprint">{fingerprintGroups(signingKey.fingerprint)}</code>
          </p>
          <p class="muted">{t('signing_key_explained', 'Every export is signed with this key. Give this fingerprint to the mediator apart from the bundle (in the ticket text): a bundle signed by any other key was not made on this device.')}</p>
          {signingKey.made && signingKey.made.reason !== 'first-use' && (
            <p class="error" role="alert">
              {WHY[signingKey.made.reason]?.()}
              {signingKey.made.previous ? ` ${t('signing_key_previous', 'The previous key was $1.', fingerprintGroups(signingKey.made.previous))}` : ''}{' '}
              {t('signing_key_change_logged', 'The change is recorded in the custody log; bundles exported before still verify with the old key.')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
