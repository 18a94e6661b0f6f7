// Attachment names and sizes as captured. Names are rendered as text; links only to Upwork.
import type { Attachment } from '../../shared/model';
import { safeUpworkUrl } from './safe-url';

export function AttachmentList({ attachments }: { attachments: readonly Attachment[] }) {
  if (attachments.length === 0) return null;
  return (
    <ul class="attachments" aria-label="Attachments">
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
          </li>
        );
      })}
    </ul>
  );
}
