// The filter in force, one removable chip per part, so what the list shows (and what
// `Export evidence` exports) is always said in words.
import type { EvidenceFilter, Tag } from '../../shared/model';

interface FilterChipsProps {
  filter: EvidenceFilter;
  tags: readonly Tag[];
  conversationTitle: string | undefined;
  onChange: (filter: EvidenceFilter) => void;
}

export function FilterChips({ filter, tags, conversationTitle, onChange }: FilterChipsProps) {
  const chips: { label: string; without: EvidenceFilter }[] = [];
  if (filter.conversationId) chips.push({ label: `Conversation: ${conversationTitle ?? filter.conversationId}`, without: { ...filter, conversationId: undefined } });
  if (filter.tagId) chips.push({ label: `Tag: ${tags.find((t) => t.id === filter.tagId)?.label ?? filter.tagId}`, without: { ...filter, tagId: undefined } });
  if (filter.keyOnly) chips.push({ label: 'Key evidence only', without: { ...filter, keyOnly: undefined } });
  if (filter.text?.trim()) chips.push({ label: `Words: ${filter.text.trim()}`, without: { ...filter, text: undefined } });
  if (chips.length === 0) return <p class="filter-chips muted">Showing all evidence</p>;
  return (
    <ul class="filter-chips" aria-label="Filters in force">
      {chips.map((chip) => (
        <li key={chip.label} class="filter-chip">
          <span>{chip.label}</span>
          <button type="button" class="chip-remove" aria-label={`Remove filter ${chip.label}`} onClick={() => onChange(chip.without)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
