// Attachment names and sizes as captured, and whether each file was saved (with its size) or why
// not. Names are rendered as text; links only to Upwork.
import type { Attachment } from '../../../shared/model';
import { formatBytes } from '../../../shared/byte-size';
import { safeUpworkUrl } from '../safe-url';
import { t } from '../translate';

export function AttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <ul class="attachments" aria-label={t('attachments', 'Attachments')}>
      {attachments.map((attachment, index) => {
        const href = safeUpworkUrl(attachment.url);
        return (
          <li key={index} class="attachment">
            {href ? (
              <a href={href} target="_blank" rel="noreferrer noopener">
                {attachment.name}
              </a>
            ) : (
              <span>{attachment.name}</span>
            )}
            {attachment.size && <span class="attachment-size"> ({attachment.size})</span>}
            <FileState attachment={attachment} />
          </li>
        );
      })}
    </ul>
  );
}

function FileState({ attachment }: { attachment: Attachment }) {
  if (attachment.sha256) {
    const saved =
      attachment.savedBytes !== undefined
        ? t('attachment_saved_size', 'saved, $1', formatBytes(attachment.savedBytes))
        : t('attachment_saved', 'saved');
    return <span class="attachment-file attachment-file--saved"> — {saved}</span>;
  }
  if (attachment.downloadError) return <span class="attachment-file attachment-file--error"> — {attachment.downloadError}</span>;
  return null;
}
