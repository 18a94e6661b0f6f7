// This install's signing key, made on first use: the dashboard shows its fingerprint so the
// freelancer can give it to a mediator apart from the bundle.
import { useEffect, useState } from 'preact/hooks';
import type { Signer } from '../../export';
import { errorText } from '../../shared/messaging/messaging';
import { signingKeyStore, type EvidenceDb } from '../../storage';
import { afterFirstCard } from './page-opening/after-first-card';

export type SigningKeyState = { state: 'loading' } | { state: 'ready'; fingerprint: string; made: Signer['made'] } | { state: 'failed'; error: string };

export function useSigningKey(db: EvidenceDb): SigningKeyState {
  const [key, setKey] = useState<SigningKeyState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    // The signing code (the export chunk, most of the extension's script) loads once the first
    // messages are drawn: parsing it earlier delays them, and the fingerprint can wait.
    afterFirstCard(500)
      .then(() => import('../../export'))
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
