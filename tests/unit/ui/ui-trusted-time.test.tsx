// Trusted time in the dashboard: off by default; turning it on asks the browser for the
// authority's host from the click itself, and a refusal leaves it off with the reason.
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { getTimeStampSettings } from '../../../src/storage';
import { DashboardApp } from '../../../src/ui/dashboard/dashboard-app';
import { addTrustedTime } from '../../../src/ui/dashboard/trusted-time';
import { withTimeStamp } from '../../../src/export';
import { click, labelled, throwawayStore, type, waitFor } from './ui-fixtures';

const store = throwawayStore();
const SOFTWARE = { name: 'Evidence Locker', version: '0.1.0' };

async function mountWith(requestHostAccess: (pattern: string) => Promise<boolean>) {
  const askTimeStamp = vi.fn(() => Promise.resolve({ status: 'off' as const }));
  await store.mount(<DashboardApp software={SOFTWARE} trustedTime={{ askTimeStamp, requestHostAccess }} />);
  return waitFor(() => labelled<HTMLInputElement>(store.container!, 'Add a trusted time to exports'));
}

describe('the trusted-time setting', () => {
  it('is off by default, with FreeTSA chosen', async () => {
    const box = await mountWith(() => Promise.resolve(true));
    expect(box.checked).toBe(false);
    expect(labelled<HTMLSelectElement>(store.container!, 'Time-stamping authority').value).toBe('https://freetsa.org/tsr');
  });

  it('asks for the authority\'s host during the click, and saves only once it is granted', async () => {
    let grant!: (granted: boolean) => void;
    const request = vi.fn(() => new Promise<boolean>((resolve) => (grant = resolve)));
    const box = await mountWith(request);
    box.click();
    // Synchronously, inside the user's gesture: the browser refuses a request made later.
    expect(request).toHaveBeenCalledWith('https://freetsa.org/*');
    expect((await getTimeStampSettings(store.db)).enabled).toBe(false);
    await act(async () => grant(true));
    await waitFor(() => expect(labelled<HTMLInputElement>(store.container!, 'Add a trusted time to exports').checked).toBe(true));
    expect(await getTimeStampSettings(store.db)).toEqual({ enabled: true, authorityUrl: 'https://freetsa.org/tsr' });
  });

  it('stays off and says why when the browser refuses the host', async () => {
    const box = await mountWith(() => Promise.resolve(false));
    await click(box);
    const alert = await waitFor(() => store.container!.querySelector('[role="alert"]')!);
    expect(alert.textContent).toBe('Trusted time stays off: the browser was not allowed to reach freetsa.org, so no time can be asked for there.');
    expect(box.checked).toBe(false);
    expect((await getTimeStampSettings(store.db)).enabled).toBe(false);
  });

  it('takes another authority\'s address, asking for that host', async () => {
    const request = vi.fn(() => Promise.resolve(true));
    await mountWith(request);
    const select = labelled<HTMLSelectElement>(store.container!, 'Time-stamping authority');
    select.value = 'other';
    await act(() => void select.dispatchEvent(new Event('change', { bubbles: true })));
    const address = labelled<HTMLInputElement>(store.container!, 'Authority address');
    await type(address, 'https://tsa.example.org:8443/stamp');
    await act(() => void address.dispatchEvent(new Event('change', { bubbles: true })));
    await waitFor(async () => expect(await getTimeStampSettings(store.db)).toEqual({ enabled: false, authorityUrl: 'https://tsa.example.org:8443/stamp' }));
    await click(labelled<HTMLInputElement>(store.container!, 'Add a trusted time to exports'));
    await waitFor(async () => expect((await getTimeStampSettings(store.db)).enabled).toBe(true));
    expect(request).toHaveBeenCalledWith('https://tsa.example.org/*');
  });
});

describe('trusted time at export', () => {
  const digest = (signedData: Record<string, unknown>) => new TextEncoder().encode(JSON.stringify({ path: 'datapackage.json', hash: 'sha256:00', signedData }));
  const signedFiles = () => new Map([['datapackage-digest.json', digest({ signature: 'c2ln' })]]);
  const stamp = { timeSignature: 'dG9rZW4=', timestampCert: '-----BEGIN CERTIFICATE-----\n', authority: 'FreeTSA TSA', time: '2026-12-07T01:02:03Z' };

  it('adds the token and certificates to datapackage-digest.json, leaving the signature as it was', async () => {
    const ask = vi.fn(() => Promise.resolve({ status: 'stamped' as const, stamp }));
    const { files, note } = await addTrustedTime(signedFiles(), ask);
    expect(ask).toHaveBeenCalledWith('c2ln');
    expect(JSON.parse(new TextDecoder().decode(files.get('datapackage-digest.json'))).signedData).toEqual({ signature: 'c2ln', timeSignature: 'dG9rZW4=', timestampCert: stamp.timestampCert });
    expect(note).toBe('with a trusted time from FreeTSA TSA: 2026-12-07 01:02:03 UTC');
  });

  it('leaves the bundle signed without a time, saying why, when the authority fails', async () => {
    const { files, note } = await addTrustedTime(signedFiles(), () => Promise.resolve({ status: 'failed', reason: 'FreeTSA did not answer within 15 seconds' }));
    expect(files.get('datapackage-digest.json')).toEqual(signedFiles().get('datapackage-digest.json'));
    expect(note).toBe('signed, without a trusted time: FreeTSA did not answer within 15 seconds');
  });

  it('asks nothing for an unsigned bundle, and refuses to stamp one', async () => {
    const ask = vi.fn();
    expect((await addTrustedTime(new Map(), ask)).note).toBeNull();
    expect(ask).not.toHaveBeenCalled();
    expect(() => withTimeStamp(new Map(), stamp)).toThrow('cannot add a trusted time: the bundle is not signed');
  });
});
