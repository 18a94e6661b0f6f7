// The toolbar popup, for the tab in front of the user: what it is and what is kept of it,
// capture and export it, glance at and tag the history, move on to the dashboard.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Software } from '../../shared/model';
import { downloadFile, type SaveFile } from '../dashboard/download-file';
import { NO_TRUSTED_TIME, type TrustedTimeServices } from '../dashboard/trusted-time';
import { useDb } from '../hooks/use-db';
import { usePageRecord } from '../hooks/use-evidence-queries';
import { CaptureHistory } from './capture-history';
import { CaptureTabPanel } from './capture-tab-panel';
import { PageRecordLine } from './page-record-line';
import { TabExport } from './tab-export';
import { tabPage } from './tab-page';
import type { ActiveTab, PopupNavigation } from './tab-port';
import { t } from '../components/translate';

interface PopupAppProps {
  tab: ActiveTab;
  navigation: PopupNavigation;
  software: Software;
  saveFile?: SaveFile;
  trustedTime?: TrustedTimeServices;
}

export function PopupApp({ tab, navigation, software, saveFile = downloadFile, trustedTime = NO_TRUSTED_TIME }: PopupAppProps) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    void tab.url().then(setUrl);
  }, [tab]);
  const page = useMemo(() => tabPage(url), [url]);
  const record = usePageRecord(useDb(), page);

  return (
    <main class="popup">
      <h1 class="product-name">{t('productName', 'Evidence Locker')}</h1>
      <CaptureTabPanel tab={tab} url={url} />
      <PageRecordLine page={page} record={record} />
      <TabExport page={page} record={record} software={software} saveFile={saveFile} trustedTime={trustedTime} />
      <div class="popup-actions">
        <button type="button" onClick={() => navigation.openDashboard()}>
          {t('openDashboard', 'Open dashboard')}
        </button>
      </div>
      <CaptureHistory />
    </main>
  );
}
