// Earlier texts of an edited message, oldest first, each with when this tool saw it.
import type { MessageVersion } from '../../shared/model';
import { LocalTime } from './local-time';
import { plural } from './format-time';

export function MessageVersions({ versions }: { versions: readonly MessageVersion[] }) {
  if (versions.length === 0) return null;
  return (
    <details class="message-versions">
      <summary>Earlier versions ({plural(versions.length, 'version')})</summary>
      <ol>
        {versions.map((version, index) => (
          <li key={index} class="message-version">
            <p class="message-text">{version.text}</p>
            <p class="muted">
              Seen <LocalTime iso={version.seenAt} />
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}
