// The dashboard's top bar: product name, the filter controls, the export of what they show and
// the import of a bundle; one status line tells the outcome of whichever ran last.
import type { EvidenceFilter, Tag } from '../../shared/model';
import { FilterBar } from './filter-bar';
import { ImportBundleButton } from './import-bundle-button';
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
  onImport: (file: File) => void;
  importing: boolean;
  status: ActionStatus;
}

export function DashboardHeader({ filter, tags, onFilterChange, onExport, exporting, onImport, importing, status }: DashboardHeaderProps) {
  return (
    <header class="dashboard-header">
      <h1 class="product-name">Evidence Locker</h1>
      <FilterBar filter={filter} tags={tags} onChange={onFilterChange} />
      <div class="export-area">
        <div class="export-actions">
          <ImportBundleButton importing={importing} onPick={onImport} />
          <button type="button" class="button-primary" disabled={exporting} onClick={onExport}>
            Export evidence
          </button>
        </div>
        <StatusLine text={status.text} tone={status.tone} />
      </div>
    </header>
  );
}
