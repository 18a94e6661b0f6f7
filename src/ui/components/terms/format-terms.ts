// Terms values for the contract view: the shared rules (shared/terms/terms-format.ts) in the
// reader's locale and language. `locale` is for tests; pages use the browser's own.
import type { Money } from '../../../shared/model';
import * as shared from '../../../shared/terms/terms-format';
import { t } from '../translate';

export { formatDay, formatHours, formatMoney } from '../../../shared/terms/terms-format';

/** The shared rules with the words in the reader's language. */
export function viewFormat(locale?: string): shared.TermsFormat {
  return {
    locale,
    words: {
      perHour: t('terms_per_hour', 'an hour'),
      perWeek: t('terms_per_week', 'a week'),
      yes: t('terms_yes', 'Yes'),
      no: t('terms_no', 'No'),
      fixed: t('terms_type_fixed', 'Fixed price'),
      hourly: t('terms_type_hourly', 'Hourly'),
      due: t('terms_due', 'due'),
      notShown: t('terms_not_shown', 'Not shown on the captured page'),
    },
  };
}

/** An hourly rate: "$45.00 an hour". */
export function formatRate(money: Money, locale?: string): string {
  return shared.formatRate(money, viewFormat(locale));
}

/** A field's value in words; null when the page did not show it. */
export function valueText(field: string, value: unknown, locale?: string): string | null {
  return shared.termsValueText(field, value, viewFormat(locale));
}
