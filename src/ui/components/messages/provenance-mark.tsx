// Where a message came from, at a glance: a mark when it was seen only in the page's own data
// (never on the page), a mark when its time came from that data, and both values wherever the
// page and its data disagreed. Captured values are text children, never HTML.
import type { FieldConflict, SourcedField, StoredMessage } from '../../../shared/model';
import { seenOnlyInPageData } from '../../../shared/provenance';
import { formatLocalTime } from '../format-time';
import { t } from '../translate';

function fieldWords(field: SourcedField): string {
  switch (field) {
    case 'sender':
      return t('provenance_field_sender', 'Sender');
    case 'sentAt':
      return t('provenance_field_time', 'Time');
    case 'text':
      return t('provenance_field_text', 'Text');
    case 'kind':
      return t('provenance_field_kind', 'Message or event');
    case 'edited':
      return t('provenance_field_edited', 'Edited');
    case 'deleted':
      return t('provenance_field_deleted', 'Deleted');
    case 'attachments':
      return t('provenance_field_files', 'Files');
  }
}

export function ProvenanceMark({ message }: { message: StoredMessage }) {
  const dataOnly = seenOnlyInPageData(message);
  const time = message.sources?.sentAt;
  const conflicts = message.conflicts ?? [];
  if (!dataOnly && time !== 'page-data' && time !== 'both' && conflicts.length === 0) return null;
  return (
    <div class="provenance">
      {dataOnly ? (
        <span class="badge badge--page-data" title={t('provenance_data_only_hint', "Never shown on the page: only in the page's own data (Upwork's responses to the page), which any script on the page could also have sent.")}>
          {t('provenance_data_only', 'Only in page data')}
        </span>
      ) : (
        (time === 'page-data' || time === 'both') && (
          <span class="badge badge--page-data" title={time === 'both' ? t('provenance_time_both_hint', "Exact time from the page's own data; it agrees with the minute the page showed.") : t('provenance_time_data_hint', "Time from the page's own data, not from what the page showed.")}>
            {t('provenance_time_from_data', 'Time from page data')}
          </span>
        )
      )}
      {conflicts.length > 0 && (
        <ul class="provenance-conflicts" aria-label={t('provenance_conflicts', 'The page and its data disagree')}>
          {conflicts.map((c) => (
            <li key={c.field}>
              {t('provenance_conflict', "$1: the page showed $2; the page's data said $3", fieldWords(c.field), shown(c.field, c.dom), shown(c.field, c.pageData))}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function shown(field: SourcedField, value: FieldConflict['dom']): string {
  if (value === null) return t('provenance_value_nothing', 'nothing');
  if (typeof value === 'boolean') return value ? t('provenance_value_yes', 'yes') : t('provenance_value_no', 'no');
  if (field === 'sentAt') return formatLocalTime(value);
  return t('provenance_value_quoted', '“$1”', value);
}
