// Above the message list: how many messages the filter shows, a jump to a date and back to the newest.
import type { IsoUtc } from '../../../shared/model';

interface MessageListToolsProps {
  countText: string;
  onNewest: () => void;
  onJump: (at: IsoUtc) => void;
}

export function MessageListTools({ countText, onNewest, onJump }: MessageListToolsProps) {
  return (
    <div class="message-list-tools">
      <p class="muted list-count">{countText}</p>
      <label class="field field--inline">
        <span>Jump to date</span>
        <input
          type="date"
          onChange={(e) => {
            const day = e.currentTarget.value;
            // The reader's local midnight of the chosen day, as the UTC instant the store compares.
            if (day) onJump(new Date(`${day}T00:00:00`).toISOString());
          }}
        />
      </label>
      <button type="button" class="button-small" onClick={onNewest}>
        Newest
      </button>
    </div>
  );
}
