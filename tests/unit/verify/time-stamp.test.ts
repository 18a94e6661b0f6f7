// @vitest-environment node
// Trusted time against a real RFC 3161 authority: openssl ts -reply behind an HTTP server on
// 127.0.0.1, with a throwaway CA that is trusted only where a test passes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestTimeStamp } from '../../../src/export/sign/time-stamp-client';
import { timeStampRequest } from '../../../src/export/sign/time-stamp-request';
import { verifyTimeStamp } from '../../../src/export/verify/verify-time-stamp';
import { fromBase64, toBase64 } from '../../../src/shared/base64';
import { startLocalAuthority, type LocalAuthority } from '../../../scripts/lib/local-time-stamp-authority';

let authority: LocalAuthority;
const signature = crypto.getRandomValues(new Uint8Array(64));

beforeAll(async () => {
  authority = await startLocalAuthority({ name: 'Local Test TSA' });
}, 30_000);
afterAll(() => authority.close());

describe('a time stamp from a real authority', () => {
  it('sends the SHA-256 of the signature, never the signature itself', async () => {
    const request = await timeStampRequest(signature);
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    const imprint = new Uint8Array(await crypto.subtle.digest('SHA-256', signature));
    expect(hex(request.der)).toContain(hex(imprint));
    expect(hex(request.der)).not.toContain(hex(signature.subarray(0, 16)));
  });

  it('is taken over the signature only and verifies with the authority named and its time', async () => {
    const before = Date.now();
    const stamp = await requestTimeStamp(authority.url, signature);
    expect(stamp.authority).toBe('Local Test TSA');
    expect(stamp.timestampCert).toContain('-----BEGIN CERTIFICATE-----');
    expect(Date.parse(stamp.time)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 - 1000);

    const verdict = await verifyTimeStamp(stamp.timeSignature, stamp.timestampCert, signature, [authority.caPem]);
    expect(verdict).toEqual({ status: 'trusted', authority: 'Local Test TSA', time: stamp.time });
  });

  it('is not trusted against the shipped roots alone, and says whose it is', async () => {
    const stamp = await requestTimeStamp(authority.url, signature);
    const verdict = await verifyTimeStamp(stamp.timeSignature, stamp.timestampCert, signature);
    expect(verdict.status).toBe('not-trusted');
    expect(verdict).toMatchObject({ authority: 'Local Test TSA', time: stamp.time });
    if (verdict.status === 'not-trusted') expect(verdict.reason).toContain('FreeTSA, DigiCert');
  });

  it('is not trusted when another authority\'s root is offered instead', async () => {
    const other = await startLocalAuthority();
    try {
      const stamp = await requestTimeStamp(authority.url, signature);
      expect((await verifyTimeStamp(stamp.timeSignature, stamp.timestampCert, signature, [other.caPem])).status).toBe('not-trusted');
    } finally {
      await other.close();
    }
  }, 30_000);

  it('fails for another signature: the token is over another hash', async () => {
    const stamp = await requestTimeStamp(authority.url, signature);
    const other = signature.slice();
    other[0] = other[0]! ^ 1;
    const verdict = await verifyTimeStamp(stamp.timeSignature, stamp.timestampCert, other, [authority.caPem]);
    expect(verdict).toEqual({ status: 'invalid', reason: 'the time-stamp token is over another hash, not this bundle’s signature' });
  });

  it('fails for a token whose signed content was altered', async () => {
    const stamp = await requestTimeStamp(authority.url, signature);
    const der = fromBase64(stamp.timeSignature);
    // The authority's signature is the token's last bytes: flip one of them.
    der[der.length - 3] = der[der.length - 3]! ^ 0xff;
    const verdict = await verifyTimeStamp(toBase64(der), stamp.timestampCert, signature, [authority.caPem]);
    expect(verdict).toEqual({ status: 'invalid', reason: 'the time-stamp token’s signature (by “Local Test TSA”) does not verify' });
  });

  it('fails for bytes that are not a token', async () => {
    expect(await verifyTimeStamp(toBase64(new TextEncoder().encode('hello')), undefined, signature)).toEqual({ status: 'invalid', reason: 'timeSignature is not an RFC 3161 time-stamp token' });
  });
});

describe('an authority that does not give a time', () => {
  const failing = (mode: LocalAuthority['mode']) => async () => {
    authority.mode = mode;
    try {
      return await requestTimeStamp(authority.url, signature, { timeoutMs: 1500 }).then(
        () => 'no error',
        (e: Error) => e.message,
      );
    } finally {
      authority.mode = 'reply';
    }
  };

  it('answers an error: says so', async () => {
    expect(await failing('error')()).toBe('127.0.0.1:' + new URL(authority.url).port + ' answered HTTP 500 (Internal Server Error)');
  });

  it('answers garbage: says it is not a time-stamp reply', async () => {
    expect(await failing('garbage')()).toMatch(/: its answer is not a time-stamp reply$/);
  });

  it('answers nothing: gives up after the timeout and says so', async () => {
    expect(await failing('silent')()).toMatch(/did not answer within 2 seconds$/);
  });

  it('cannot be reached: says so', async () => {
    const closed = await startLocalAuthority();
    await closed.close();
    const message = await requestTimeStamp(closed.url, signature).then(() => 'no error', (e: Error) => e.message);
    expect(message).toMatch(/could not be reached/);
  }, 30_000);
});

describe('the roots shipped with the verifier', () => {
  it('are FreeTSA\'s and DigiCert\'s, byte for byte the certificates their fingerprints name', async () => {
    const { SHIPPED_TIME_STAMP_ROOTS } = await import('../../../src/export/verify/time-stamp-roots');
    const { fromPem } = await import('../../../src/export/sign/time-stamp-token');
    const fingerprints = await Promise.all(
      SHIPPED_TIME_STAMP_ROOTS.flatMap((r) => fromPem(r.pem)).map(async (c) => Buffer.from(await crypto.subtle.digest('SHA-256', c.toSchema().toBER())).toString('hex')),
    );
    expect(fingerprints).toEqual([
      'a6379e7cecc05faa3cbf076013d745e327bbbaa38c0b9af22469d4701d18aabc',
      '552f7bdcf1a7af9e6ce672017f4f12abf77240c78e761ac203d1d9d20ac89988',
      '3e9099b5015e8f486c00bcea9d111ee721faba355a89bcf1df69561e3dc6325c',
    ]);
  });
});
