// Runs imports one at a time and words their progress and outcome for the status line.
import { useCallback, useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';
import type { EvidenceDb } from '../../storage';
import type { ActionStatus } from '../components/dashboard-header';
import { importEvidence } from './import-evidence';
import { importSummary, refusalSummary } from './import-summary';

export function useBundleImport(db: EvidenceDb) {
  const [status, setStatus] = useState<ActionStatus>({ text: '', tone: 'info' });
  const [importing, setImporting] = useState(false);

  const run = useCallback(
    async (file: File) => {
      setImporting(true);
      setStatus({ text: `Importing ${file.name}: checking every file of the bundle…`, tone: 'info' });
      try {
        const outcome = await importEvidence(db, new Uint8Array(await file.arrayBuffer()));
        setStatus(outcome.ok ? { text: importSummary(outcome.result), tone: 'info' } : { text: refusalSummary(outcome.problems), tone: 'error' });
      } catch (error) {
        setStatus({ text: `Import failed: ${errorText(error)}`, tone: 'error' });
      } finally {
        setImporting(false);
      }
    },
    [db],
  );

  return { status, importing, run };
}
