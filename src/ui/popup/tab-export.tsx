// "Export evidence" for the tab's own conversation: the dashboard's export, scoped by a
// conversation filter, saying first what it will hold and disabled when there is nothing.
import { useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';
import type { Software } from '../../shared/model';
import type { PageRecord } from '../../storage';
import { StatusLine } from '../components/status-line';
import type { SaveFile } from '../dashboard/download-file';
import { exportEvidence } from '../dashboard/export-evidence';
import type { TrustedTimeServices } from '../dashboard/trusted-time';
import { useDb } from '../hooks/use-db';
import type { TabPage } from './tab-page';

interface TabExportProps {
  page: TabPage | null;
  record: PageRecord | null | undefined;
  software: Software;
  saveFile: SaveFile;
  trustedTime: TrustedTimeServices;
}

export function TabExport({ page, record, software, saveFile, trustedTime }: TabExportProps) {
  const db = useDb();
  const [running, setRunning] = useState(false);
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'error' }>({ text: '', tone: 'info' });
  const conversationId = page && 'conversationId' in page ? page.conversationId : null;
  const messages = conversationId && record ? record.messages : 0;

  const run = async () => {
    if (!conversationId) return;
    setRunning(true);
    setStatus({ text: 'Exporting this conversation…', tone: 'info' });
    try {
      const result = await exportEvidence(db, { conversationId }, software, saveFile, trustedTime);
      setStatus({ text: `Saved ${result.fileName} (${result.messages} messages).`, tone: 'info' });
    } catch (error) {
      setStatus({ text: `Export failed: ${errorText(error)}`, tone: 'error' });
    } finally {
      setRunning(false);
    }
  };

  return (
    <section class="tab-export" aria-label="Export this tab">
      <p class="muted">{exportScope(page, messages)}</p>
      <button type="button" disabled={messages === 0 || running} onClick={run}>
        Export evidence
      </button>
      <StatusLine text={status.text} tone={status.tone} />
    </section>
  );
}

function exportScope(page: TabPage | null, messages: number): string {
  if (page && 'termsId' in page) return 'A contract is exported from the dashboard (Open dashboard).';
  if (messages > 0) return `Exports this conversation: ${messages} ${messages === 1 ? 'message' : 'messages'}, signed.`;
  return 'Nothing of this tab is stored yet, so there is nothing to export from here.';
}
