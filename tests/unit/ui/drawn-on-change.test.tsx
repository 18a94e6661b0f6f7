// A sidebar or header drawn again only when what it shows changes: its handlers, new closures on
// each of the dashboard's renders, must still be the latest when called.
import { describe, expect, it } from 'vitest';
import { drawnOnChange } from '../../../src/ui/components/drawn-on-change';
import { mount, unmount } from './ui-fixtures';
import { act } from 'preact/test-utils';
import { render } from 'preact';

let draws = 0;
const Shown = drawnOnChange(function Shown({ label, onPick }: { label: string; onPick: () => void }) {
  draws++;
  return (
    <button type="button" onClick={onPick}>
      {label}
    </button>
  );
});

describe('a component drawn on change', () => {
  it('is not drawn again for new handlers, yet calls the latest one', async () => {
    const picked: string[] = [];
    const container = await mount(<Shown label="Dana" onPick={() => picked.push('first')} />);
    draws = 1;
    await act(() => render(<Shown label="Dana" onPick={() => picked.push('second')} />, container));
    expect(draws).toBe(1);
    container.querySelector('button')!.click();
    expect(picked).toEqual(['second']);
    await unmount(container);
  });

  it('is drawn again when a data prop changes', async () => {
    const container = await mount(<Shown label="Dana" onPick={() => undefined} />);
    await act(() => render(<Shown label="Noor" onPick={() => undefined} />, container));
    expect(container.textContent).toBe('Noor');
    await unmount(container);
  });
});
