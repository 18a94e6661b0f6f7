// Asks the active tab what it is and, when it is capturable, offers "Capture this tab".
import { useEffect, useState } from 'preact/hooks';
import { errorText } from '../../shared/messaging';
import { getPageKind } from '../../shared/page-kinds';
import { StatusLine } from '../components/status-line';
import type { ActiveTab, PageInfo } from './tab-port';
import { t } from '../components/translate';

type TabState = { kind: 'checking' } | { kind: 'ready'; info: PageInfo | null };

export function CaptureTabPanel({ tab, url }: { tab: ActiveTab; url: string | null }) {
  const [state, setState] = useState<TabState>({ kind: 'checking' });
  const [running, setRunning] = useState(false);
  const [status, setStatus] = useState<{ text: string; tone: 'info' | 'error' }>({ text: '', tone: 'info' });

  useEffect(() => {
    void tab.pageInfo().then((info) => {
      setState({ kind: 'ready', info });
      if (info?.capturing) setStatus({ text: t('popup_capture_running', 'A capture is already running in this tab.'), tone: 'info' });
    });
  }, [tab]);

  const capture = async () => {
    setRunning(true);
    setStatus({ text: t('popup_capturing', 'Capturing… the page shows progress as older messages load.'), tone: 'info' });
    try {
      const outcome = await tab.capture();
      setStatus({ text: outcome.message, tone: outcome.status === 'failed' ? 'error' : 'info' });
    } catch (error) {
      setStatus({ text: t('capture_failed', 'Capture failed: $1', errorText(error)), tone: 'error' });
    } finally {
      setRunning(false);
    }
  };

  return (
    <section class="capture-panel" aria-label={t('popup_this_tab', 'This tab')}>
      {state.kind === 'checking' && <p class="muted">{t('popup_checking_tab', 'Checking this tab…')}</p>}
      {state.kind === 'ready' && !state.info && <p class="muted">{noContentScriptReason(url)}</p>}
      {state.kind === 'ready' && state.info && state.info.pageKind === null && (
        <p class="muted">{t('popup_nothing_to_capture', 'Nothing to capture on this Upwork page. Open a conversation, contract, job post, offer, proposal or timesheet.')}</p>
      )}
      {state.kind === 'ready' && state.info?.pageKind && (
        <button type="button" class="button-primary" disabled={running || state.info.capturing} onClick={capture}>
          {t('popup_capture_this_tab', 'Capture this tab')}
        </button>
      )}
      <StatusLine text={status.text} tone={status.tone} />
    </section>
  );
}

/** Why a tab with no content script to answer cannot be captured, from its address (page-kinds). */
function noContentScriptReason(url: string | null): string {
  const kind = url ? pageKindOf(url) : null;
  // The content script is only put into pages loaded after the extension was installed or updated.
  if (kind) return t('popup_reload_tab', 'This Upwork page was open before Evidence Locker was installed or updated. Reload the tab, then capture it.');
  return t('popup_not_upwork', 'This tab is not an Upwork page, so there is nothing to capture here. Open a conversation on upwork.com first.');
}

function pageKindOf(url: string) {
  try {
    return getPageKind(new URL(url));
  } catch {
    return null;
  }
}
