// The dashboard's top bar: product name, the filter controls, the export of what they show and
// the import of a bundle; one status line tells the outcome of whichever ran last.
import { t } from './translate';
import type { EvidenceFilter, Tag } from '../../shared/model';
import { FilterBar } from './filters/filter-bar';
import { FilterChips } from './filters/filter-chips';
import { ImportBundleButton } from './import/import-bundle-button';
import { StatusLine } from './status-line';
import { drawnOnChange } from './drawn-on-change';

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
  conversationTitle: string | undefined;
  /** What `Export evidence` will export, in words; the button is disabled when that is nothing. */
  exportText: string;
  exportDisabled: boolean;
}

function DashboardHeaderContent(props: DashboardHeaderProps) {
  const { filter, tags, onFilterChange, onExport, exporting, onImport, importing, status, conversationTitle, exportText, exportDisabled } = props;
  return (
    <header class="dashboard-header">
      <h1 class="product-name">{t('productName', 'Evidence Locker')}</h1>
      <FilterBar filter={filter} tags={tags} onChange={onFilterChange} />
      <FilterChips filter={filter} tags={tags} conversationTitle={conversationTitle} onChange={onFilterChange} />
      <div class="export-area">
        <div class="export-actions">
          <ImportBundleButton importing={importing} onPick={onImport} />
          <button type="button" class="button-primary" disabled={exporting || exportDisabled} aria-describedby="export-scope" onClick={onExport}>
            {t('exportEvidence', 'Export evidence')}
          </button>
        </div>
        <p id="export-scope" class="muted export-scope">
          {exportText}
        </p>
        <StatusLine text={status.text} tone={status.tone} />
      </div>
    </header>
  );
}

/** Drawn again only when what it shows changes, not on each of the dashboard's renders. */
export const DashboardHeader = drawnOnChange<DashboardHeaderProps>(DashboardHeaderContent);
