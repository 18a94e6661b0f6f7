// Earlier texts of an edited message, oldest first, each with when this tool saw it.
import type { MessageVersion } from '../../../shared/model';
import { LocalTime } from './local-time';
import { t, tn } from '../translate';

export function MessageVersions({ versions }: { versions: readonly MessageVersion[] }) {
  if (versions.length === 0) return null;
  return (
    <details class="message-versions">
      <summary>{tn('message_versions', versions.length, 'Earlier versions ($1 version)', 'Earlier versions ($1 versions)')}</summary>
      <ol>
        {versions.map((version, index) => (
          <li key={index} class="message-version">
            <p class="message-text">{version.text}</p>
            <p class="muted">
              {t('message_version_seen', 'Seen')} <LocalTime iso={version.seenAt} />
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}
