// This install's signing key, made on first use: the dashboard shows its fingerprint so the
// freelancer can give it to a mediator apart from the bundle.
import { useEffect, useState } from 'preact/hooks';
import type { Signer } from '../../export';
import { errorText } from '../../shared/messaging';
import { signingKeyStore, type EvidenceDb } from '../../storage';

export type SigningKeyState = { state: 'loading' } | { state: 'ready'; fingerprint: string; made: Signer['made'] } | { state: 'failed'; error: string };

export function useSigningKey(db: EvidenceDb): SigningKeyState {
  const [key, setKey] = useState<SigningKeyState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    // The signing code loads after the first paint: the fingerprint can wait, the messages cannot.
    import('../../export')
      .then(({ installSigner }) => installSigner(signingKeyStore(db)))
      .then(
      (signer) => live && setKey({ state: 'ready', fingerprint: signer.fingerprint, made: signer.made }),
      (error: unknown) => live && setKey({ state: 'failed', error: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [db]);
  return key;
}
