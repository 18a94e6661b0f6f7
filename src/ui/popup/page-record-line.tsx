// When the tab's page was last captured and how much of it is stored, in one line.
import type { PageRecord } from '../../storage';
import { LocalTime } from '../components/local-time';
import type { TabPage } from './tab-page';

export function PageRecordLine({ page, record }: { page: TabPage | null; record: PageRecord | null | undefined }) {
  if (!page || record === undefined) return null;
  const what = 'termsId' in page ? 'this contract' : 'this conversation';
  if (record === null) return <p class="page-record muted">Not captured yet: nothing of {what} is stored.</p>;
  return (
    <p class="page-record">
      Last captured <LocalTime iso={record.lastCapturedAt} />
      {'conversationId' in page && ` · ${record.messages} ${record.messages === 1 ? 'message' : 'messages'} stored`}
    </p>
  );
}
