import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256Hex, sha256HexAsync } from '../../../src/shared/hash';

describe('hashes of evidence', () => {
  it('agree between the synchronous and the WebCrypto SHA-256', async () => {
    const text = 'Hi Priya, thanks for the proposal. '.repeat(1000);
    expect(await sha256HexAsync(text)).toBe(sha256Hex(text));
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('do not depend on the order fields were set in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 0 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"x":0,"y":1}]},"b":1}');
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});
