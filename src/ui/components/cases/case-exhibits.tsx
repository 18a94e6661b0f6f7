// The case's exhibits in order. Numbers stay as given; moving one, or "Renumber in time order",
// is the user renumbering on purpose.
import type { CaseExhibit } from '../../../shared/model';
import { t } from '../translate';

interface CaseExhibitsProps {
  exhibits: readonly CaseExhibit[];
  describe: (e: CaseExhibit) => string;
  onReorder: (order: CaseExhibit[] | undefined) => void;
}

export function CaseExhibits({ exhibits, describe, onReorder }: CaseExhibitsProps) {
  const moveEarlier = (i: number) => {
    const order = [...exhibits];
    [order[i - 1], order[i]] = [order[i]!, order[i - 1]!];
    onReorder(order);
  };
  return (
    <section class="case-section" aria-label={t('case_exhibits', 'Exhibits')}>
      <h3>{t('case_exhibits', 'Exhibits')}</h3>
      {exhibits.length === 0 ? (
        <p class="muted">{t('case_exhibits_empty', "Mark messages of the case's conversations (or its contract) as key evidence: each becomes an exhibit E-1, E-2, …; screenshots taken at capture are exhibits too.")}</p>
      ) : (
        <ol class="case-exhibits">
          {exhibits.map((e, i) => (
            <li key={`${e.kind}:${e.id}`} class="case-exhibit">
              <strong class="exhibit-number">{e.number}</strong> {describe(e)}
              {i > 0 && <button type="button" aria-label={t('case_exhibit_move_earlier', 'Move $1 earlier', e.number)} onClick={() => moveEarlier(i)}>↑</button>}
            </li>
          ))}
        </ol>
      )}
      {exhibits.length > 1 && <button type="button" onClick={() => onReorder(undefined)}>{t('case_exhibits_renumber', 'Renumber in time order')}</button>}
    </section>
  );
}
