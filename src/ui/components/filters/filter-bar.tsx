// Search, tag filter and key-evidence switch. Emits a whole new filter on each change so the
// container keeps one EvidenceFilter that both the list and the export read.
import type { EvidenceFilter, Tag } from '../../../shared/model';
import { t } from '../translate';

interface FilterBarProps {
  filter: EvidenceFilter;
  tags: readonly Tag[];
  onChange: (filter: EvidenceFilter) => void;
}

export function FilterBar({ filter, tags, onChange }: FilterBarProps) {
  return (
    <div class="filter-bar" role="search">
      <label class="field">
        <span>{t('searchMessages', 'Search messages')}</span>
        <input type="search" value={filter.text ?? ''} onInput={(e) => onChange({ ...filter, text: e.currentTarget.value || undefined })} />
      </label>
      <label class="field">
        <span>{t('filter_by_tag', 'Filter by tag')}</span>
        <select value={filter.tagId ?? ''} onChange={(e) => onChange({ ...filter, tagId: e.currentTarget.value || undefined })}>
          <option value="">{t('filter_all_tags', 'All tags')}</option>
          {tags.map((tag) => (
            <option key={tag.id} value={tag.id}>
              {tag.label}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input type="checkbox" checked={filter.keyOnly ?? false} onChange={(e) => onChange({ ...filter, keyOnly: e.currentTarget.checked || undefined })} />
        <span>{t('filter_key_only', 'Key evidence only')}</span>
      </label>
    </div>
  );
}
