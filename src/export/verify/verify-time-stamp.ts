// The trusted time of a bundle, checked offline: the token in datapackage-digest.json must be
// over SHA-256 of the bundle's signature bytes, signed by a time-stamping certificate, and that
// certificate's chain must end at a root shipped with this verifier (time-stamp-roots.ts).
// A token that fails the first two is invalid (the bundle fails); one whose chain ends
// elsewhere is only "not trusted": its time is not vouched for by an authority we know.
import type { Certificate } from 'pkijs';
import { fromBase64 } from '../../shared/bytes/base64';
import { SHA256_OID } from '../sign/time-stamp-request';
import { certificateName, fromPem, hexOf, isoUtc, readTimeStampToken, signerCertificate, type TimeStampToken } from '../sign/time-stamp-token';
import { SHIPPED_TIME_STAMP_ROOTS } from './time-stamp-roots';
import type { Problems } from './verify-problems';

export type TrustedTime =
  | { status: 'trusted'; authority: string; time: string }
  | { status: 'not-trusted'; authority: string; time: string; reason: string }
  | { status: 'invalid'; reason: string };

const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';
const EXTENDED_KEY_USAGE = '2.5.29.37';

/**
 * `extraRoots`: PEM of roots to trust besides the shipped ones, only when a caller passes them
 * explicitly (tests; `npm run verify -- --trust-root file.pem`).
 */
export async function verifyTimeStamp(timeSignature: string, timestampCert: string | undefined, signature: Uint8Array<ArrayBuffer>, extraRoots: readonly string[] = []): Promise<TrustedTime> {
  let token: TimeStampToken;
  try {
    token = readTimeStampToken(fromBase64(timeSignature));
  } catch {
    return { status: 'invalid', reason: 'timeSignature is not an RFC 3161 time-stamp token' };
  }
  const { messageImprint, genTime } = token.tstInfo;
  const imprint = new Uint8Array(await crypto.subtle.digest('SHA-256', signature));
  if (messageImprint.hashAlgorithm.algorithmId !== SHA256_OID || hexOf(messageImprint.hashedMessage.valueBlock.valueHexView) !== hexOf(imprint)) {
    return { status: 'invalid', reason: 'the time-stamp token is over another hash, not this bundle’s signature' };
  }
  // Certificates the exporter kept beside the token may complete its chain; only roots are trusted.
  const carried = fromPem(timestampCert ?? '');
  token.signedData.certificates = [...(token.signedData.certificates ?? []), ...carried];
  const signer = await signerCertificate(token);
  if (!signer) return { status: 'invalid', reason: 'the time-stamp token does not carry the certificate that signed it' };
  const authority = certificateName(signer);
  const data = signature.slice().buffer;
  const signed = await token.signedData.verify({ signer: 0, data, checkChain: false, extendedMode: true }).then((r) => r.signatureVerified === true, () => false);
  if (!signed) return { status: 'invalid', reason: `the time-stamp token’s signature (by “${authority}”) does not verify` };
  if (!forTimeStamping(signer)) return { status: 'invalid', reason: `the certificate that signed the time-stamp token (“${authority}”) is not one for time-stamping` };
  const time = isoUtc(genTime);
  const roots = [...SHIPPED_TIME_STAMP_ROOTS.map((r) => r.pem), ...extraRoots].flatMap(fromPem);
  // checkChain: without it pkijs accepts a token from any self-made authority.
  const chained = await token.signedData.verify({ signer: 0, data, checkChain: true, trustedCerts: roots, extendedMode: true }).then((r) => r.signatureVerified === true, () => false);
  if (!chained) {
    const known = [...new Set(SHIPPED_TIME_STAMP_ROOTS.map((r) => r.authority))].join(', ');
    return { status: 'not-trusted', authority, time, reason: `its certificate chain does not end at a root of the authorities this verifier knows (${known})` };
  }
  return { status: 'trusted', authority, time };
}

/** RFC 3161 §2.3: the signer's certificate must carry the time-stamping extended key usage. */
function forTimeStamping(certificate: Certificate): boolean {
  const extension = certificate.extensions?.find((e) => e.extnID === EXTENDED_KEY_USAGE);
  const usages = (extension?.parsedValue as { keyPurposes?: string[] } | undefined)?.keyPurposes ?? [];
  return usages.includes(TIME_STAMPING);
}

/**
 * The trusted time in datapackage-digest.json, when it has one (null otherwise). An invalid
 * token is a problem of the bundle; a token that is only not trusted is reported, not failed.
 */
export async function checkTrustedTime(digestBytes: Uint8Array, problems: Problems, extraRoots: readonly string[] = []): Promise<TrustedTime | null> {
  let signedData: { signature?: unknown; timeSignature?: unknown; timestampCert?: unknown } | undefined;
  try {
    signedData = (JSON.parse(new TextDecoder().decode(digestBytes)) as { signedData?: typeof signedData }).signedData;
  } catch {
    return null; // already reported by the signature check
  }
  if (!signedData || signedData.timeSignature === undefined) return null;
  const { signature, timeSignature, timestampCert } = signedData;
  let signatureBytes: Uint8Array<ArrayBuffer>;
  try {
    signatureBytes = fromBase64(String(signature));
  } catch {
    signatureBytes = new Uint8Array(0);
  }
  const verdict =
    typeof timeSignature === 'string'
      ? await verifyTimeStamp(timeSignature, typeof timestampCert === 'string' ? timestampCert : undefined, signatureBytes, extraRoots)
      : ({ status: 'invalid', reason: 'timeSignature is not base64 text' } as const);
  if (verdict.status === 'invalid') problems.add(`datapackage-digest.json: ${verdict.reason}`);
  return verdict;
}

/** The trusted time in words, one wording for npm run verify and verify.html. */
export function trustedTimeLine(time: TrustedTime): string {
  if (time.status === 'invalid') return `Trusted time: INVALID: ${time.reason}`;
  const when = time.time.replace('T', ' ').replace('Z', ' UTC');
  if (time.status === 'trusted') return `Trusted time: ${when}, from ${time.authority}`;
  return `Trusted time: NOT TRUSTED: a token from ${time.authority} says ${when}, but ${time.reason}`;
}
