// Runs exports one at a time and words their progress and outcome for the status line.
import { useCallback, useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';
import type { EvidenceFilter, Software } from '../../shared/model';
import type { EvidenceDb } from '../../storage';
import type { ActionStatus } from '../components/dashboard-header';
import type { SaveFile } from './download-file';
import type { TrustedTimeServices } from './trusted-time';
import { t, tn } from '../components/translate';

export function useEvidenceExport(db: EvidenceDb, software: Software, save: SaveFile, trustedTime?: TrustedTimeServices) {
  const [status, setStatus] = useState<ActionStatus>({ text: '', tone: 'info' });
  const [exporting, setExporting] = useState(false);

  const run = useCallback(
    async (filter: EvidenceFilter) => {
      setExporting(true);
      setStatus({ text: t('export_running', 'Exporting evidence…'), tone: 'info' });
      try {
        // The export code (signing, zip, report, the verifier page) is most of the extension's
        // script: it is loaded on the first export, not before the dashboard's first paint.
        const { exportEvidence } = await import('./export-evidence');
        const { fileName, messages, trustedTime: timeNote } = await exportEvidence(db, filter, software, save, trustedTime);
        const exported = tn('export_done', messages, 'Exported $1 message to $2', 'Exported $1 messages to $2', fileName);
        setStatus({ text: timeNote ? t('export_done_with_time', '$1, $2', exported, timeNote) : exported, tone: timeNote?.includes('without a trusted time') ? 'error' : 'info' });
      } catch (error) {
        setStatus({ text: t('export_failed', 'Export failed: $1', errorText(error)), tone: 'error' });
      } finally {
        setExporting(false);
      }
    },
    [db, software, save, trustedTime],
  );

  return { status, exporting, run };
}
