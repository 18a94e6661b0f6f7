import { describe, expect, it } from 'vitest';
import { dispatch, unwrap, type Handlers } from '../../../src/shared/messaging';

type Echo = { 'echo.say': (input: { text: string }) => { said: string }; 'echo.fail': (input: Record<string, never>) => never };
const handlers: Handlers<Echo> = {
  'echo.say': ({ text }) => ({ said: text }),
  'echo.fail': () => {
    throw new Error('the disk is full');
  },
};
const self = { id: 'ext-id', tab: { url: 'https://www.upwork.com/ab/messages/rooms/room_x' } };

describe('typed messaging', () => {
  it('routes a message to its handler and wraps the answer', async () => {
    expect(await dispatch(handlers, { type: 'echo.say', input: { text: 'hi' } }, self, 'ext-id')).toEqual({ ok: true, value: { said: 'hi' } });
  });

  it('refuses messages from anyone but this extension', async () => {
    const reply = await dispatch(handlers, { type: 'echo.say', input: { text: 'hi' } }, { id: 'other-extension' }, 'ext-id');
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/did not come from this extension/) });
  });

  it('leaves messages that are not ours to other listeners', () => {
    expect(dispatch(handlers, { type: 'unknown.kind', input: {} }, self, 'ext-id')).toBeUndefined();
    expect(dispatch(handlers, 'not an envelope', self, 'ext-id')).toBeUndefined();
    expect(dispatch(handlers, { type: 'toString', input: {} }, self, 'ext-id')).toBeUndefined();
  });

  it('turns a handler error into a plain-words refusal that unwrap rethrows', async () => {
    const reply = await dispatch(handlers, { type: 'echo.fail', input: {} }, self, 'ext-id');
    expect(() => unwrap(reply)).toThrow('the disk is full');
    expect(() => unwrap(undefined)).toThrow(/No answer/);
  });
});
