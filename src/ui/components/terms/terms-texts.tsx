// The long texts of a terms record (description, cover letter) and a job post's deliverables,
// each under its own heading. Captured text is shown as text, line breaks kept.
import type { TermsRecord } from '../../../shared/model';
import { termsRecordFields } from '../../../shared/terms-diff';
import { factLabel } from './terms-fields';

const TEXTS = ['terms', 'description', 'coverLetter'] as const;

export function TermsTexts({ record }: { record: TermsRecord }) {
  const fields = termsRecordFields(record);
  const deliverables = (fields['deliverables'] as string[] | undefined) ?? [];
  return (
    <>
      {TEXTS.filter((key) => typeof fields[key] === 'string' && fields[key] !== '').map((key) => (
        <section class="terms-section" key={key} aria-label={factLabel(key, record.kind)}>
          <h3>{factLabel(key, record.kind)}</h3>
          <p class="terms-text">{fields[key] as string}</p>
        </section>
      ))}
      {deliverables.length > 0 && (
        <section class="terms-section" aria-label={factLabel('deliverables')}>
          <h3>{factLabel('deliverables')}</h3>
          <ul>
            {deliverables.map((d, i) => <li key={i}>{d}</li>)}
          </ul>
        </section>
      )}
    </>
  );
}
