// "Export evidence" for the tab's own conversation: the dashboard's export, scoped by a
// conversation filter, saying first what it will hold and disabled when there is nothing.
import { useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';
import type { Software } from '../../shared/model';
import type { PageRecord } from '../../storage';
import { StatusLine } from '../components/status-line';
import type { SaveFile } from '../dashboard/download-file';
import type { TrustedTimeServices } from '../dashboard/trusted-time';
import { useDb } from '../hooks/use-db';
import type { TabPage } from './tab-page';
import { t, tn } from '../components/translate';

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
    setStatus({ text: t('popup_exporting', 'Exporting this conversation…'), tone: 'info' });
    try {
      // Loaded on use: the popup's first paint waits for none of the export code.
      const { exportEvidence } = await import('../dashboard/export-evidence');
      const result = await exportEvidence(db, { conversationId }, software, saveFile, trustedTime);
      setStatus({ text: tn('popup_export_saved', result.messages, 'Saved $2 ($1 message).', 'Saved $2 ($1 messages).', result.fileName), tone: 'info' });
    } catch (error) {
      setStatus({ text: t('export_failed', 'Export failed: $1', errorText(error)), tone: 'error' });
    } finally {
      setRunning(false);
    }
  };

  return (
    <section class="tab-export" aria-label={t('popup_export_this_tab', 'Export this tab')}>
      <p class="muted">{exportScope(page, messages)}</p>
      <button type="button" disabled={messages === 0 || running} onClick={run}>
        {t('exportEvidence', 'Export evidence')}
      </button>
      <StatusLine text={status.text} tone={status.tone} />
    </section>
  );
}

function exportScope(page: TabPage | null, messages: number): string {
  if (page && 'termsId' in page) return t('popup_contract_export_elsewhere', 'A contract is exported from the dashboard (Open dashboard).');
  if (messages > 0) return tn('popup_export_scope', messages, 'Exports this conversation: $1 message, signed.', 'Exports this conversation: $1 messages, signed.');
  return t('popup_nothing_to_export', 'Nothing of this tab is stored yet, so there is nothing to export from here.');
}
