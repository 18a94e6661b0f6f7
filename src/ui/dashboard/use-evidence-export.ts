// Runs exports one at a time and words their progress and outcome for the status line.
import { useCallback, useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';
import type { EvidenceFilter, Software } from '../../shared/model';
import type { EvidenceDb } from '../../storage';
import type { ActionStatus } from '../components/dashboard-header';
import type { SaveFile } from './download-file';
import { exportEvidence } from './export-evidence';

export function useEvidenceExport(db: EvidenceDb, software: Software, save: SaveFile) {
  const [status, setStatus] = useState<ActionStatus>({ text: '', tone: 'info' });
  const [exporting, setExporting] = useState(false);

  const run = useCallback(
    async (filter: EvidenceFilter) => {
      setExporting(true);
      setStatus({ text: 'Exporting evidence…', tone: 'info' });
      try {
        const { fileName, messages } = await exportEvidence(db, filter, software, save);
        setStatus({ text: `Exported ${messages} ${messages === 1 ? 'message' : 'messages'} to ${fileName}`, tone: 'info' });
      } catch (error) {
        setStatus({ text: `Export failed: ${errorText(error)}`, tone: 'error' });
      } finally {
        setExporting(false);
      }
    },
    [db, software, save],
  );

  return { status, exporting, run };
}
