// The user's own tags. Making one, and changing its colour, is written to the custody log with
// the change, so a reader of a bundle sees when a tag its records carry came to exist.
import type { Tag } from '../../shared/model';
import { DEFAULT_TAG_COLOUR, tagColour } from '../../shared/tags/tag-colours';
import { appendCustody } from '../custody-log';
import type { EvidenceDb } from '../db';

export async function addCustomTag(db: EvidenceDb, label: string, color: string = DEFAULT_TAG_COLOUR): Promise<Tag> {
  const clean = label.trim().replace(/\s+/g, ' ');
  if (!clean) throw new Error('A tag needs a name.');
  if (clean.length > 40) throw new Error('Keep tag names to 40 characters or fewer.');
  const colour = paletteColour(color);
  const id = `custom:${clean.toLowerCase()}`;
  const tag: Tag = { id, label: clean, kind: 'custom', color: colour };
  return db.transaction('rw', [db.tags, db.custody], async () => {
    const existing = await db.tags.get(id);
    if (existing) throw new Error(`There is already a tag “${existing.label}”.`);
    await db.tags.add(tag);
    await appendCustody(db, { at: new Date().toISOString(), event: 'tag', subject: id, detail: { label: clean, color: colour } });
    return tag;
  });
}

export async function setTagColour(db: EvidenceDb, tagId: string, color: string): Promise<void> {
  const colour = paletteColour(color);
  await db.transaction('rw', [db.tags, db.custody], async () => {
    const tag = await db.tags.get(tagId);
    if (!tag || tag.kind !== 'custom') throw new Error('Only your own tags have a colour to change.');
    if (tag.color === colour) return;
    await db.tags.put({ ...tag, color: colour });
    await appendCustody(db, { at: new Date().toISOString(), event: 'tag', subject: tagId, detail: { label: tag.label, color: colour, previous: tag.color ?? null } });
  });
}

function paletteColour(color: string): string {
  const known = tagColour(color);
  if (!known) throw new Error('Choose one of the colours offered.');
  return known.hex;
}
