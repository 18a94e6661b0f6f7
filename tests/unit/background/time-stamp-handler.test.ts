// @vitest-environment node
// The service worker's time-stamp message: only for the extension's own pages, only when the
// user turned trusted time on, and never an exception for an authority that fails.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { timeStampHandlers } from '../../../src/background/time-stamp-handler';
import { openEvidenceDb, setTimeStampSettings, type EvidenceDb } from '../../../src/storage';
import { toBase64 } from '../../../src/shared/base64';
import { startLocalAuthority, type LocalAuthority } from '../../../scripts/lib/local-time-stamp-authority';

const fromDashboard = { id: 'ext', url: 'chrome-extension://ext/src/ui/dashboard/index.html', tab: { id: 3, url: 'chrome-extension://ext/src/ui/dashboard/index.html' } };
const fromUpwork = { id: 'ext', url: 'https://www.upwork.com/ab/messages/rooms/room_x', tab: { id: 1, url: 'https://www.upwork.com/ab/messages/rooms/room_x' } };
const signature = toBase64(crypto.getRandomValues(new Uint8Array(64)));
let authority: LocalAuthority;
let db: EvidenceDb;

beforeAll(async () => {
  authority = await startLocalAuthority({ name: 'Local Test TSA' });
}, 30_000);
afterAll(() => authority.close());
beforeEach(() => {
  db = openEvidenceDb(`test-${Math.random()}`);
});

describe('export.timeStamp in the service worker', () => {
  it('answers off, asking no one, while trusted time is off', async () => {
    const handlers = timeStampHandlers(db);
    expect(await handlers['export.timeStamp']({ signature }, fromDashboard)).toEqual({ status: 'off' });
    expect(authority.requests).toBe(0);
  });

  it('refuses a content script in an upwork.com tab', async () => {
    await setTimeStampSettings(db, { enabled: true, authorityUrl: authority.url });
    await expect(timeStampHandlers(db)['export.timeStamp']({ signature }, fromUpwork)).rejects.toThrow('Time stamps are only taken for exports from the dashboard.');
  });

  it('takes a time stamp from the authority in the settings', async () => {
    await setTimeStampSettings(db, { enabled: true, authorityUrl: authority.url });
    const outcome = await timeStampHandlers(db)['export.timeStamp']({ signature }, fromDashboard);
    expect(outcome).toMatchObject({ status: 'stamped', stamp: { authority: 'Local Test TSA' } });
  });

  it('says why in plain words when the authority fails', async () => {
    await setTimeStampSettings(db, { enabled: true, authorityUrl: authority.url });
    authority.mode = 'garbage';
    try {
      const outcome = await timeStampHandlers(db)['export.timeStamp']({ signature }, fromDashboard);
      expect(outcome).toEqual({ status: 'failed', reason: `127.0.0.1:${new URL(authority.url).port}: its answer is not a time-stamp reply` });
    } finally {
      authority.mode = 'reply';
    }
  });
});
