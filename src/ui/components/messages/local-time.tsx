// A stored UTC time shown in the reader's zone; the UTC instant and the page's own wording stay
// one hover away, so the conversion can be checked.
import { formatLocalTime } from '../format-time';

interface LocalTimeProps {
  iso: string | null;
  /** What the page itself showed (sentAtText). */
  pageText?: string | null;
}

export function LocalTime({ iso, pageText }: LocalTimeProps) {
  if (!iso) {
    return (
      <span class="time time--missing" title={pageText ? `The page showed: ${pageText}` : undefined}>
        time not shown
      </span>
    );
  }
  const hover = [`UTC ${iso.replace('T', ' ').replace(/(\.\d+)?Z$/, '')}`, pageText && `the page showed: ${pageText}`].filter(Boolean).join('; ');
  return (
    <time class="time" dateTime={iso} title={hover}>
      {formatLocalTime(iso)}
    </time>
  );
}
