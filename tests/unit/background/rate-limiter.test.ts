import { describe, expect, it } from 'vitest';
import { CAPTURE_SPACING_MS, MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND, spacedCalls, type Clock } from '../../../src/shared/rate-limiter';

function fakeClock(): Clock & { sleeps: number[] } {
  let t = 10_000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
  };
}

describe('spacing screenshot calls to the browser quota', () => {
  it('never starts more than two calls in any second', () => {
    expect(MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND).toBe(2);
    expect(CAPTURE_SPACING_MS).toBeGreaterThanOrEqual(500);
  });

  it('starts the first call at once and the next ones a spacing apart, in order', async () => {
    const clock = fakeClock();
    const spaced = spacedCalls(500, clock);
    const starts: [string, number][] = [];
    const call = (name: string) => spaced(async () => void starts.push([name, clock.now()]));
    await Promise.all([call('a'), call('b'), call('c')]);
    expect(starts).toEqual([
      ['a', 10_000],
      ['b', 10_500],
      ['c', 11_000],
    ]);
  });

  it('does not wait when the last call was long enough ago', async () => {
    const clock = fakeClock();
    const spaced = spacedCalls(500, clock);
    await spaced(async () => 1);
    await clock.sleep(800);
    await spaced(async () => 2);
    expect(clock.sleeps).toEqual([800]);
  });

  it('keeps spacing after a call fails, and passes the failure on', async () => {
    const clock = fakeClock();
    const spaced = spacedCalls(500, clock);
    await expect(spaced(async () => Promise.reject(new Error('quota')))).rejects.toThrow('quota');
    expect(await spaced(async () => clock.now())).toBe(10_500);
  });
});
