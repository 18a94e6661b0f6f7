// Shown while nothing has been captured; the button name matches the in-page button.
import { t } from './translate';

export function FirstRunHint() {
  return <p class="empty first-run">{t('first_run_hint', 'No evidence yet: open an Upwork conversation and press Capture evidence')}</p>;
}
