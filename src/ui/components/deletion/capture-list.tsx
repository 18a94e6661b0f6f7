// The captures a conversation or a terms record was built from (newest first, as given), each
// with what it found and a Delete that asks first.
import type { StoredCapture } from '../../../shared/model';
import type { CaptureDeletionPreview } from '../../../storage';
import { useContext } from 'preact/hooks';
import { ImportedCapturesContext } from '../../hooks/use-imported-captures';
import { formatCounts, pageKindLabel } from '../conversations/format-capture';
import { ImportedBadge } from '../messages/imported-badge';
import { LocalTime } from '../messages/local-time';
import { t } from '../translate';
import { DeleteCapture } from './delete-capture';

interface CaptureListProps {
  captures: readonly StoredCapture[];
  preview: (captureId: string) => Promise<CaptureDeletionPreview>;
  exportWhat: 'conversation' | 'everything';
  onExport: () => void;
  onDelete: (capture: StoredCapture) => void;
  busy: boolean;
}

export function CaptureList({ captures, preview, exportWhat, onExport, onDelete, busy }: CaptureListProps) {
  const imported = useContext(ImportedCapturesContext);
  if (captures.length === 0) return null;
  return (
    <details class="record-captures">
      <summary>{t('deletion_captures_heading', 'Captures ($1)', captures.length.toLocaleString())}</summary>
      <ul>
        {captures.map((c) => {
          const from = imported.get(c.id);
          return (
            <li key={c.id} class="record-capture">
              <span>
                <LocalTime iso={c.capturedAt} /> · {pageKindLabel(c.pageKind)}
                {c.pageKind === 'messages-room' || c.pageKind === 'workroom-messages' ? ` · ${formatCounts(c.counts)}` : ''}
                {c.partial && ` · ${t('capture_partial', 'partial')}`}
              </span>
              {from && <ImportedBadge from={from} />}
              <DeleteCapture captureId={c.id} capturedAt={c.capturedAt} preview={preview} exportWhat={exportWhat} onExport={onExport} onDelete={() => onDelete(c)} busy={busy} />
            </li>
          );
        })}
      </ul>
    </details>
  );
}
