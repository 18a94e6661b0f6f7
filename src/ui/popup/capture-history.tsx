// The captured history, newest first, with dispute-type tagging in place, every tag (custom ones
// in their colours) on the recent messages, and a filter over what is listed (the popup holds a
// few recent captures; the dashboard searches everything).
import { useMemo, useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging/messaging';
import type { StoredCapture, StoredConversation, Tag } from '../../shared/model';
import { CaptureEntry } from '../components/conversations/capture-entry';
import { useCaptures, useConversations, useTags } from '../hooks/use-evidence-queries';
import { useDb } from '../hooks/use-db';
import { useReview } from '../hooks/use-review';
import { RecentMessages } from './recent-messages';
import { t } from '../components/translate';

/** The popup is a glance; the dashboard holds the full history. */
export const HISTORY_LIMIT = 50;

const NO_TAGS: readonly Tag[] = [];

export function CaptureHistory() {
  const db = useDb();
  const review = useReview(db);
  const captures = useCaptures(db, HISTORY_LIMIT);
  const conversations = useConversations(db);
  const tags = useTags(db);
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState('');

  const byId = useMemo(() => new Map((conversations ?? []).map((c) => [c.id, c])), [conversations]);
  const onError = (e: unknown) => setError(t('popup_review_save_failed', 'Could not save the review: $1', errorText(e)));

  if (!captures || !conversations) return <p class="muted">{t('popup_history_loading', 'Loading history…')}</p>;
  const words = query.trim().toLowerCase();
  const shown = words ? captures.filter((c) => titleOf(c, byId).toLowerCase().includes(words)) : captures;
  return (
    <section class="capture-history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('popup_history_heading', 'Captured')}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {captures.length === 0 && <p class="muted">{t('popup_history_empty', 'Nothing captured yet.')}</p>}
      {captures.length > 0 && (
        <label class="history-search">
          <span>{t('popup_history_search', 'Search history')}</span>
          <input type="search" value={query} placeholder={t('popup_history_search_hint', 'Client or contract name')} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
      )}
      {words && shown.length === 0 && <p class="muted">{t('popup_history_no_match', 'No recent capture matches “$1”. The dashboard searches everything.', query.trim())}</p>}
      <ul class="capture-list">
        {shown.map((capture) => {
          const conversationId = capture.conversationId;
          return (
            <CaptureEntry
              key={capture.id}
              capture={capture}
              conversation={conversationId ? byId.get(conversationId) : undefined}
              tags={tags ?? NO_TAGS}
              expanded={expandedId === capture.id}
              onToggleExpanded={() => setExpandedId(expandedId === capture.id ? null : capture.id)}
              onToggleTag={(tagId, on) => conversationId && review.toggleTag({ type: 'conversation', id: conversationId }, tagId, on).catch(onError)}
            >
              {conversationId && <RecentMessages conversationId={conversationId} tags={tags ?? NO_TAGS} review={review} onError={onError} />}
            </CaptureEntry>
          );
        })}
      </ul>
    </section>
  );
}

function titleOf(capture: StoredCapture, conversations: ReadonlyMap<string, StoredConversation>): string {
  return (capture.conversationId && conversations.get(capture.conversationId)?.title) || capture.title;
}
