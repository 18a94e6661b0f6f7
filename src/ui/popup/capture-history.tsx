// The captured history, newest first, with dispute-type tagging in place.
import { useMemo, useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';
import { CaptureEntry } from '../components/capture-entry';
import { useCaptures, useConversations, useTags } from '../hooks/use-evidence-queries';
import { useDb } from '../hooks/use-db';
import { useReview } from '../hooks/use-review';
import { RecentMessages } from './recent-messages';

/** The popup is a glance; the dashboard holds the full history. */
export const HISTORY_LIMIT = 50;

export function CaptureHistory() {
  const db = useDb();
  const review = useReview(db);
  const captures = useCaptures(db, HISTORY_LIMIT);
  const conversations = useConversations(db);
  const tags = useTags(db);
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const byId = useMemo(() => new Map((conversations ?? []).map((c) => [c.id, c])), [conversations]);
  const disputeTags = useMemo(() => (tags ?? []).filter((t) => t.kind === 'dispute-type'), [tags]);
  const onError = (e: unknown) => setError(`Could not save the tag: ${errorText(e)}`);

  if (!captures || !conversations) return <p class="muted">Loading history…</p>;
  return (
    <section class="capture-history" aria-labelledby="history-heading">
      <h2 id="history-heading">Captured</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {captures.length === 0 && <p class="muted">Nothing captured yet.</p>}
      <ul class="capture-list">
        {captures.map((capture) => {
          const conversationId = capture.conversationId;
          return (
            <CaptureEntry
              key={capture.id}
              capture={capture}
              conversation={conversationId ? byId.get(conversationId) : undefined}
              tags={disputeTags}
              expanded={expandedId === capture.id}
              onToggleExpanded={() => setExpandedId(expandedId === capture.id ? null : capture.id)}
              onToggleTag={(tagId, on) => conversationId && review.toggleTag({ type: 'conversation', id: conversationId }, tagId, on).catch(onError)}
            >
              {conversationId && <RecentMessages conversationId={conversationId} tags={disputeTags} review={review} onError={onError} />}
            </CaptureEntry>
          );
        })}
      </ul>
    </section>
  );
}
