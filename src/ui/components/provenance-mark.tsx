// Where a message came from, at a glance: a mark when it was seen only in the page's own data
// (never on the page), a mark when its time came from that data, and both values wherever the
// page and its data disagreed. Captured values are text children, never HTML.
import type { FieldConflict, SourcedField, StoredMessage } from '../../shared/model';
import { seenOnlyInPageData } from '../../shared/provenance';
import { formatLocalTime } from './format-time';

const FIELD_WORDS: Record<SourcedField, string> = {
  sender: 'Sender',
  sentAt: 'Time',
  text: 'Text',
  kind: 'Message or event',
  edited: 'Edited',
  deleted: 'Deleted',
  attachments: 'Files',
};

const DATA_ONLY_HINT = "Never shown on the page: only in the page's own data (Upwork's responses to the page), which any script on the page could also have sent.";

export function ProvenanceMark({ message }: { message: StoredMessage }) {
  const dataOnly = seenOnlyInPageData(message);
  const time = message.sources?.sentAt;
  const conflicts = message.conflicts ?? [];
  if (!dataOnly && time !== 'page-data' && time !== 'both' && conflicts.length === 0) return null;
  return (
    <div class="provenance">
      {dataOnly ? (
        <span class="badge badge--page-data" title={DATA_ONLY_HINT}>
          Only in page data
        </span>
      ) : (
        (time === 'page-data' || time === 'both') && (
          <span class="badge badge--page-data" title={time === 'both' ? "Exact time from the page's own data; it agrees with the minute the page showed." : "Time from the page's own data, not from what the page showed."}>
            Time from page data
          </span>
        )
      )}
      {conflicts.length > 0 && (
        <ul class="provenance-conflicts" aria-label="The page and its data disagree">
          {conflicts.map((c) => (
            <li key={c.field}>
              {FIELD_WORDS[c.field]}: the page showed {shown(c.field, c.dom)}; the page's data said {shown(c.field, c.pageData)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function shown(field: SourcedField, value: FieldConflict['dom']): string {
  if (value === null) return 'nothing';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (field === 'sentAt') return formatLocalTime(value);
  return `“${value}”`;
}
