// evidence.json conversations[] back into stored rows. When they were captured is not in the
// record; derived-fields.ts takes it from the bundle's captures.
import type { StoredConversation } from '../shared/model';
import type { Fields } from './fields';
import { readReview } from './read-review';

export function readConversation(f: Fields): StoredConversation {
  return {
    id: f.id('id'),
    title: f.text('title'),
    subtitle: f.textOrNull('subtitle'),
    url: f.text('url'),
    participants: f.texts('participants'),
    contractIds: f.ids('contractIds'),
    // Review of the conversation as a whole is an extra of this tool's exports.
    ...readReview(f, false),
    firstCapturedAt: '',
    lastCapturedAt: '',
    captureIds: [],
  };
}
