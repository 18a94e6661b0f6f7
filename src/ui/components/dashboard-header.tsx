// The dashboard's top bar: product name, the filter controls and the export of what they show.
import type { EvidenceFilter, Tag } from '../../shared/model';
import { FilterBar } from './filter-bar';
import { StatusLine } from './status-line';

export interface ActionStatus {
  text: string;
  tone: 'info' | 'error';
}

interface DashboardHeaderProps {
  filter: EvidenceFilter;
  tags: readonly Tag[];
  onFilterChange: (filter: EvidenceFilter) => void;
  onExport: () => void;
  exporting: boolean;
  status: ActionStatus;
}

export function DashboardHeader({ filter, tags, onFilterChange, onExport, exporting, status }: DashboardHeaderProps) {
  return (
    <header class="dashboard-header">
      <h1 class="product-name">Evidence Locker</h1>
      <FilterBar filter={filter} tags={tags} onChange={onFilterChange} />
      <div class="export-area">
        <button type="button" class="button-primary" disabled={exporting} onClick={onExport}>
          Export evidence
        </button>
        <StatusLine text={status.text} tone={status.tone} />
      </div>
    </header>
  );
}
