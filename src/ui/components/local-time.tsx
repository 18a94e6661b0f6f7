// A stored UTC time shown in the reader's zone; the page's own wording stays one hover away.
import { formatLocalTime } from './format-time';

interface LocalTimeProps {
  iso: string | null;
  /** What the page itself showed (sentAtText), kept as a tooltip so the conversion can be checked. */
  pageText?: string | null;
}

export function LocalTime({ iso, pageText }: LocalTimeProps) {
  if (!iso) {
    return (
      <span class="time time--missing" title={pageText ?? undefined}>
        time not shown
      </span>
    );
  }
  return (
    <time class="time" dateTime={iso} title={pageText ?? undefined}>
      {formatLocalTime(iso)}
    </time>
  );
}
