// The sidebar's panels below the lists: new and custom tags, attachment and trusted-time settings,
// the signing key and storage care. None of them helps read the first messages, so the dashboard
// draws them, and starts their reads, only once those messages are on screen.
import type { Tag } from '../../shared/model';
import type { EvidenceDb } from '../../storage';
import { AddTagForm } from '../components/tags/add-tag-form';
import { CustomTagList } from '../components/tags/custom-tag-list';
import { AttachmentSettingsForm } from '../components/settings/attachment-settings-form';
import { TrustedTimeSettings } from '../components/settings/trusted-time-settings';
import { SigningKeyPanel } from '../components/settings/signing-key-panel';
import { StorageCarePanel } from '../components/settings/storage-care-panel';
import { useAttachmentSettings } from '../hooks/use-attachment-settings';
import { useTimeStampSettings } from '../hooks/use-time-stamp-settings';
import { useSigningKey } from '../hooks/use-signing-key';
import { useStorageCare } from '../hooks/use-storage-care';
import type { ReviewActions } from '../hooks/use-review';
import type { TrustedTimeServices } from './export/trusted-time';

interface SettingsPanelsProps {
  db: EvidenceDb;
  tags: readonly Tag[];
  review: ReviewActions;
  trustedTime: TrustedTimeServices;
}

export function SettingsPanels({ db, tags, review, trustedTime }: SettingsPanelsProps) {
  const attachmentSettings = useAttachmentSettings(db);
  const timeStampSettings = useTimeStampSettings(db);
  const signingKey = useSigningKey(db);
  const storageCare = useStorageCare();
  return (
    <>
      <AddTagForm onAdd={review.addTag} />
      <CustomTagList tags={tags} onRecolour={review.recolourTag} />
      {attachmentSettings.settings && <AttachmentSettingsForm settings={attachmentSettings.settings} onSave={attachmentSettings.save} />}
      {timeStampSettings.settings && <TrustedTimeSettings settings={timeStampSettings.settings} onSave={timeStampSettings.save} requestHostAccess={trustedTime.requestHostAccess} />}
      <SigningKeyPanel signingKey={signingKey} />
      <StorageCarePanel care={storageCare} />
    </>
  );
}
