// Sends to the background across a worker restart: tried again when the message never arrived,
// or when sending twice is harmless; otherwise plain words, never the browser's.
import { describe, expect, it } from 'vitest';
import { RESTART_WORDS, withRestarts } from '../../../src/content/ports/worker-restart';

const noWait = () => Promise.resolve();
const failing = (texts: string[], value = 'ok') => {
  let calls = 0;
  const send = async () => {
    const text = texts[calls++];
    if (text !== undefined) throw new Error(text);
    return value;
  };
  return { send, calls: () => calls };
};

describe('withRestarts', () => {
  it('sends again a message that never reached the restarting worker', async () => {
    const f = failing(['Could not establish connection. Receiving end does not exist.']);
    expect(await withRestarts(f.send, false, noWait)).toBe('ok');
    expect(f.calls()).toBe(2);
  });

  it('sends again an idempotent message whose answer was lost', async () => {
    const f = failing(['A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received']);
    expect(await withRestarts(f.send, true, noWait)).toBe('ok');
  });

  it('does not send twice a save whose answer was lost, and says so in plain words', async () => {
    const f = failing(['A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received']);
    await expect(withRestarts(f.send, false, noWait)).rejects.toThrow(RESTART_WORDS);
    expect(f.calls()).toBe(1);
  });

  it('gives up after a few tries with plain words', async () => {
    const f = failing(Array(10).fill('Could not establish connection. Receiving end does not exist.'));
    await expect(withRestarts(f.send, true, noWait)).rejects.toThrow(RESTART_WORDS);
    expect(f.calls()).toBe(4);
  });

  it('leaves other errors as they are', async () => {
    const f = failing(['disk full']);
    await expect(withRestarts(f.send, true, noWait)).rejects.toThrow('disk full');
  });
});
