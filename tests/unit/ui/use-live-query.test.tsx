// useLiveQuery keeps a storage read live; a caller that knows the likely first answer gives it as
// `initial`, and a first answer the same as what is shown draws nothing again. The comparison is
// with what is shown, so a later query (other deps) whose answer matches the initial value but not
// the screen still replaces it.
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { DISPUTE_TYPES } from '../../../src/shared/model';
import { useLiveQuery } from '../../../src/ui/hooks/use-live-query';
import { throwawayStore, waitFor } from './ui-fixtures';

const store = throwawayStore();

/** Tag ids while on; null while off (the read's likely answer then, given as its initial value). */
function TagIds({ startOn, drawn, switchTo }: { startOn: boolean; drawn: unknown[]; switchTo: { set?: (on: boolean) => void } }) {
  const [on, setOn] = useState(startOn);
  switchTo.set = setOn;
  const ids = useLiveQuery(() => (on ? store.db.tags.toArray().then((tags) => tags.map((t) => t.id).sort()) : Promise.resolve(null)), [on], on ? undefined : null);
  drawn.push(ids);
  return <p>{ids === undefined ? 'reading' : ids === null ? 'off' : ids.join(',')}</p>;
}

describe('useLiveQuery', () => {
  it('draws nothing again for a first answer equal to its initial value', async () => {
    const drawn: unknown[] = [];
    const root = await store.mount(<TagIds startOn={false} drawn={drawn} switchTo={{}} />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(root.textContent).toBe('off');
    expect(drawn).toEqual([null]);
  });

  it('takes a later answer that matches the initial value but not what is shown', async () => {
    const switchTo: { set?: (on: boolean) => void } = {};
    const root = await store.mount(<TagIds startOn={true} drawn={[]} switchTo={switchTo} />);
    await waitFor(() => expect(root.textContent).toBe([...DISPUTE_TYPES].sort().join(',')));
    // Off: its answer (null) is this render's initial value, and differs from the ids on screen.
    await act(() => switchTo.set!(false));
    await waitFor(() => expect(root.textContent).toBe('off'));
  });
});
