// The toolbar popup: capture the current tab, glance at and tag the history, move on to the
// dashboard for review and export.
import { CaptureHistory } from './capture-history';
import { CaptureTabPanel } from './capture-tab-panel';
import type { ActiveTab, PopupNavigation } from './tab-port';

interface PopupAppProps {
  tab: ActiveTab;
  navigation: PopupNavigation;
}

export function PopupApp({ tab, navigation }: PopupAppProps) {
  return (
    <main class="popup">
      <h1 class="product-name">Evidence Locker</h1>
      <CaptureTabPanel tab={tab} />
      <div class="popup-actions">
        {/* #export tells the dashboard to export everything as soon as it opens. */}
        <button type="button" onClick={() => navigation.openDashboard('#export')}>
          Export evidence
        </button>
        <button type="button" onClick={() => navigation.openDashboard()}>
          Open dashboard
        </button>
      </div>
      <CaptureHistory />
    </main>
  );
}
