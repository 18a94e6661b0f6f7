// What the user added to a record: tags, note, key-evidence mark.
import type { Review } from '../shared/model';
import type { Fields } from './fields';

/** `required`: the spec names these fields for this record; otherwise they are extras that default to none. */
export function readReview(f: Fields, required: boolean): Review {
  if (!required && !f.has('tags') && !f.has('note') && !f.has('key')) return { tags: [], note: '', key: false };
  return { tags: f.ids('tags'), note: f.text('note'), key: f.boolean('key') };
}
