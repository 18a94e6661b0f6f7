// The time-stamping authorities (RFC 3161) the settings offer, and the rules for a custom one.
// Trusted time is off until the user turns it on; only the hash of the bundle's signature is
// ever sent (evidence-bundle.md, "Signature and trusted time").

export interface TimeStampAuthority {
  name: string;
  url: string;
}

/** FreeTSA first: free, https, and its root is shipped with the verifier. */
export const OFFERED_AUTHORITIES: readonly TimeStampAuthority[] = [
  { name: 'FreeTSA', url: 'https://freetsa.org/tsr' },
  { name: 'DigiCert', url: 'http://timestamp.digicert.com' },
];

export interface TimeStampSettings {
  enabled: boolean;
  /** The authority's address; one of OFFERED_AUTHORITIES or one the user typed. */
  authorityUrl: string;
}

export const DEFAULT_TIME_STAMP_SETTINGS: Readonly<TimeStampSettings> = { enabled: false, authorityUrl: OFFERED_AUTHORITIES[0]!.url };

/** Why this address cannot be used, in plain words; null when it can. */
export function authorityUrlProblem(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'Enter the authority’s full address, starting with https://';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'The authority’s address must start with https:// or http://';
  if (url.username || url.password) return 'The authority’s address must not carry a user name or password.';
  return null;
}

/** The host permission pattern to ask for, e.g. "https://freetsa.org/*" (a port is not part of a match pattern). */
export function authorityOriginPattern(text: string): string {
  const url = new URL(text);
  return `${url.protocol}//${url.hostname}/*`;
}

/** "FreeTSA" for an offered address, else the host the user typed. */
export function authorityLabel(text: string): string {
  const offered = OFFERED_AUTHORITIES.find((a) => a.url === text);
  if (offered) return offered.name;
  try {
    return new URL(text).host;
  } catch {
    return text;
  }
}

/** A time stamp taken at export: what datapackage-digest.json keeps, and what the user is told. */
export interface TimeStamp {
  /** Base64 DER of the TimeStampToken (a CMS ContentInfo). */
  timeSignature: string;
  /** The certificates the authority sent with it, PEM. */
  timestampCert: string;
  /** The authority's name from its certificate. */
  authority: string;
  /** The authority's time, RFC 3339 UTC. */
  time: string;
}

/** The service worker's answer to an export asking for a time stamp. */
export type TimeStampOutcome = { status: 'stamped'; stamp: TimeStamp } | { status: 'off' } | { status: 'failed'; reason: string };
