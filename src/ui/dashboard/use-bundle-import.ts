// Runs imports one at a time and words their progress and outcome for the status line. A bundle
// whose origin cannot be checked waits for the user's answer to a plain question.
import { useCallback, useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';
import type { EvidenceDb } from '../../storage';
import type { ActionStatus } from '../components/dashboard-header';
import { importSummary, originSentence, refusalSummary } from './import-summary';
import { t } from '../components/translate';

export interface ImportQuestion {
  text: string;
  answer: (yes: boolean) => void;
}

export function useBundleImport(db: EvidenceDb) {
  const [status, setStatus] = useState<ActionStatus>({ text: '', tone: 'info' });
  const [importing, setImporting] = useState(false);
  const [question, setQuestion] = useState<ImportQuestion | null>(null);

  const run = useCallback(
    async (file: File) => {
      setImporting(true);
      setStatus({ text: t('import_running', 'Importing $1: checking every file of the bundle…', file.name), tone: 'info' });
      const confirm = (text: string) => new Promise<boolean>((resolve) => {
        setQuestion({ text, answer: (yes) => { setQuestion(null); resolve(yes); } });
      });
      try {
        // The reader and verifier load on the first import, not with the dashboard.
        const { importEvidence } = await import('./import-evidence');
        const outcome = await importEvidence(db, new Uint8Array(await file.arrayBuffer()), { fileName: file.name, confirm });
        if (outcome.ok) setStatus({ text: `${importSummary(outcome.result)} ${originSentence(outcome.source, outcome.signedBy)}`, tone: 'info' });
        else if ('cancelled' in outcome) setStatus({ text: t('import_declined', 'Not imported: you chose not to import $1; nothing was stored.', file.name), tone: 'info' });
        else setStatus({ text: refusalSummary(outcome.problems), tone: 'error' });
      } catch (error) {
        setStatus({ text: t('import_failed', 'Import failed: $1', errorText(error)), tone: 'error' });
      } finally {
        setQuestion(null);
        setImporting(false);
      }
    },
    [db],
  );

  return { status, importing, question, run };
}
