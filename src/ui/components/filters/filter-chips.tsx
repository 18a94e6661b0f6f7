// The filter in force, one removable chip per part, so what the list shows (and what
// `Export evidence` exports) is always said in words.
import type { EvidenceFilter, Tag } from '../../../shared/model';
import { t } from '../translate';

interface FilterChipsProps {
  filter: EvidenceFilter;
  tags: readonly Tag[];
  conversationTitle: string | undefined;
  onChange: (filter: EvidenceFilter) => void;
}

export function FilterChips({ filter, tags, conversationTitle, onChange }: FilterChipsProps) {
  const chips: { label: string; without: EvidenceFilter }[] = [];
  if (filter.conversationId) chips.push({ label: t('filter_chip_conversation', 'Conversation: $1', conversationTitle ?? filter.conversationId), without: { ...filter, conversationId: undefined } });
  if (filter.tagId) chips.push({ label: t('filter_chip_tag', 'Tag: $1', tags.find((tag) => tag.id === filter.tagId)?.label ?? filter.tagId), without: { ...filter, tagId: undefined } });
  if (filter.keyOnly) chips.push({ label: t('filter_key_only', 'Key evidence only'), without: { ...filter, keyOnly: undefined } });
  if (filter.text?.trim()) chips.push({ label: t('filter_chip_words', 'Words: $1', filter.text.trim()), without: { ...filter, text: undefined } });
  if (chips.length === 0) return <p class="filter-chips muted">{t('filter_none', 'Showing all evidence')}</p>;
  return (
    <ul class="filter-chips" aria-label={t('filter_chips', 'Filters in force')}>
      {chips.map((chip) => (
        <li key={chip.label} class="filter-chip">
          <span>{chip.label}</span>
          <button type="button" class="chip-remove" aria-label={t('filter_chip_remove', 'Remove filter $1', chip.label)} onClick={() => onChange(chip.without)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
