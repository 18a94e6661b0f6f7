// Keyboard review of the message list: which key does what, in one place so the legend shown
// and the handler cannot disagree.
import { t } from '../translate';

export type ReviewKeyAction =
  | { kind: 'move'; by: number; extend: boolean }
  | { kind: 'edge'; to: 'first' | 'last' }
  | { kind: 'panel'; panel: 'tags' | 'note' }
  | { kind: 'key' }
  | { kind: 'tag'; slot: number }
  | { kind: 'clear' };

export const REVIEW_KEYS_LEGEND = t('review_keys_legend', '↑ ↓ move · Home/End oldest/newest · Shift+↑ ↓ select a range · 1–9 tag the selection · T tags · N note · E key evidence · Esc clear');

export function reviewKeyAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): ReviewKeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowDown':
    case 'j':
      return { kind: 'move', by: 1, extend: event.shiftKey };
    case 'ArrowUp':
    case 'k':
      return { kind: 'move', by: -1, extend: event.shiftKey };
    case 'Home':
      return { kind: 'edge', to: 'first' };
    case 'End':
      return { kind: 'edge', to: 'last' };
    case 't':
    case 'T':
      return { kind: 'panel', panel: 'tags' };
    case 'n':
    case 'N':
      return { kind: 'panel', panel: 'note' };
    case 'e':
    case 'E':
      return { kind: 'key' };
    case 'Escape':
      return { kind: 'clear' };
    default:
      return /^[1-9]$/.test(event.key) ? { kind: 'tag', slot: Number(event.key) - 1 } : null;
  }
}
