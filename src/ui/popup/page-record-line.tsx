// When the tab's page was last captured and how much of it is stored, in one line.
import type { PageRecord } from '../../storage';
import { LocalTime } from '../components/messages/local-time';
import type { TabPage } from './tab-page';
import { t, tn } from '../components/translate';

export function PageRecordLine({ page, record }: { page: TabPage | null; record: PageRecord | null | undefined }) {
  if (!page || record === undefined) return null;
  if (record === null) {
    const nothing = 'termsId' in page
      ? t('popup_contract_not_captured', 'Not captured yet: nothing of this contract is stored.')
      : t('popup_conversation_not_captured', 'Not captured yet: nothing of this conversation is stored.');
    return <p class="page-record muted">{nothing}</p>;
  }
  return (
    <p class="page-record">
      {t('popup_last_captured', 'Last captured')} <LocalTime iso={record.lastCapturedAt} />
      {'conversationId' in page && ` · ${tn('popup_messages_stored', record.messages, '$1 message stored', '$1 messages stored')}`}
    </p>
  );
}
