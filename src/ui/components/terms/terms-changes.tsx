// What changed between two captures of the same terms, field by field as before → after, with
// the last capture that showed the old terms and the first that showed the new: scope creep
// and moved deadlines, dated.
import type { StoredTerms } from '../../../shared/model';
import { termsStateChanges, type TermsFieldChange } from '../../../shared/terms-diff';
import { LocalTime } from '../messages/local-time';
import { t } from '../translate';
import { factLabel } from './terms-fields';
import { FieldValue } from './field-value';

function changeLabel(c: TermsFieldChange, kind: StoredTerms['kind']): string {
  if (c.milestone === undefined) return factLabel(c.key ?? '', kind);
  const milestone = `${t('terms_column_milestone', 'Milestone')} ${c.milestone + 1}`;
  return c.key === null ? milestone : `${milestone}: ${factLabel(c.key, kind).toLowerCase()}`;
}

export function TermsChanges({ terms }: { terms: StoredTerms }) {
  const states = termsStateChanges(terms);
  if (states.length === 0) return null;
  const heading = t('terms_changes_heading', 'Changes between captures');
  return (
    <section class="terms-section" aria-label={heading}>
      <h3>{heading}</h3>
      {states.map((s) => (
        <div class="terms-change" key={s.replacedAt}>
          <p class="muted">
            {t('terms_change_before', 'Before: captured')} <LocalTime iso={s.seenAt} />. {t('terms_change_after', 'After: first captured')} <LocalTime iso={s.replacedAt} />.
          </p>
          <table class="terms-table">
            <thead>
              <tr>
                <th scope="col">{t('terms_column_field', 'Field')}</th>
                <th scope="col">{t('terms_column_before', 'Before')}</th>
                <th scope="col">{t('terms_column_after', 'After')}</th>
              </tr>
            </thead>
            <tbody>
              {s.changes.map((c, i) => (
                <tr key={i}>
                  <th scope="row">{changeLabel(c, terms.kind)}</th>
                  <td class="before"><FieldValue field={c.key ?? 'milestone'} value={c.before} /></td>
                  <td class="after"><span aria-hidden="true">→ </span><FieldValue field={c.key ?? 'milestone'} value={c.after} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}
