// The user's own tags with their colours, each changeable in place (the change is logged in
// custody by storage). Dispute types have no colour and are not listed.
import { useState } from 'preact/hooks';
import type { Tag } from '../../../shared/model';
import { errorText } from '../../../shared/messaging';
import { t } from '../translate';
import { ColourSelect } from './colour-select';

interface CustomTagListProps {
  tags: readonly Tag[];
  onRecolour: (tagId: string, color: string) => Promise<unknown>;
}

export function CustomTagList({ tags, onRecolour }: CustomTagListProps) {
  const [error, setError] = useState<string | null>(null);
  const own = tags.filter((tag) => tag.kind === 'custom');
  if (own.length === 0) return null;
  return (
    <section class="custom-tags" aria-labelledby="custom-tags-heading">
      <h2 id="custom-tags-heading" class="settings-heading">
        {t('tag_yours', 'Your tags')}
      </h2>
      <ul>
        {own.map((tag) => (
          <li key={tag.id}>
            <span class="custom-tag-name">{tag.label}</span>
            <ColourSelect
              value={tag.color ?? ''}
              label={t('tag_colour_of', 'Colour of $1', tag.label)}
              visibleLabel={false}
              onChange={(hex) => onRecolour(tag.id, hex).then(() => setError(null), (e: unknown) => setError(errorText(e)))}
            />
          </li>
        ))}
      </ul>
      {error && <p class="error" role="alert">{error}</p>}
    </section>
  );
}
