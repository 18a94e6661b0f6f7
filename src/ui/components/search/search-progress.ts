// What the list says of a search under way: how many it has found so far, and, while the index
// of an upgraded store is first being built, that older messages cannot be found yet.
import type { MessageWindow } from '../../hooks/use-message-window';
import { t, tn } from '../translate';

export function searchCountText(rows: MessageWindow): string {
  const count = rows.count ?? 0;
  const parts = [rows.searching ? tn('search_found_so_far', count, '$1 message so far, still searching…', '$1 messages so far, still searching…') : tn('count_messages', count, '$1 message', '$1 messages')];
  if (rows.indexing) parts.push(t('search_indexing', 'Older messages are still being indexed and are not searched yet.'));
  return parts.join(' · ');
}

/** Said instead of "No messages match this filter." while the search may still find some. */
export function searchEmptyText(rows: MessageWindow): string | null {
  if (rows.searching) return t('search_searching', 'Searching…');
  if (rows.indexing) return t('search_nothing_yet', 'No matches yet: older messages are still being indexed. Results appear as they are.');
  return null;
}
