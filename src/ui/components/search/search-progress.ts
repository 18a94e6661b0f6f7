// What the list says of a search under way: how many it has found so far, and, while the index
// of an upgraded store is first being built, that older messages cannot be found yet.
import type { MessageWindow } from '../../hooks/use-message-window';
import { plural } from '../format-time';
import { t } from '../translate';

export function searchCountText(rows: MessageWindow): string {
  const found = plural(rows.count ?? 0, 'message');
  const parts = [rows.searching ? `${found} ${t('searchSoFar', 'so far, still searching…')}` : found];
  if (rows.indexing) parts.push(t('searchIndexing', 'Older messages are still being indexed and are not searched yet.'));
  return parts.join(' · ');
}

/** Said instead of "No messages match this filter." while the search may still find some. */
export function searchEmptyText(rows: MessageWindow): string | null {
  if (rows.searching) return t('searchSearching', 'Searching…');
  if (rows.indexing) return t('searchNothingYet', 'No matches yet: older messages are still being indexed. Results appear as they are.');
  return null;
}
