// Links between what the dashboard shows: a contract and its conversations, a conversation and
// its contracts, a case and both. Each is a real link (#conversation=room_…) so it can also be
// opened in a new tab; a click opens the record in place through the dashboard's `open`.
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { recordHref, type RecordTarget } from './record-address';

export { recordFromHash, recordHref, type RecordTarget } from './record-address';

/** The dashboard's way to show a record; absent outside the dashboard, where links are plain text. */
export const OpenRecordContext = createContext<((target: RecordTarget) => void) | undefined>(undefined);

interface RecordLinkProps {
  target: RecordTarget;
  children: ComponentChildren;
}

export function RecordLink({ target, children }: RecordLinkProps) {
  const open = useContext(OpenRecordContext);
  if (!open) return <span>{children}</span>;
  return (
    <a
      class="record-link"
      href={recordHref(target)}
      onClick={(event) => {
        // Opened in a new tab (or window) the address does the work; here the dashboard does.
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        open(target);
      }}
    >
      {children}
    </a>
  );
}
