// Reading an RFC 3161 time-stamp token (a CMS SignedData over a TSTInfo) with pkijs: shared by
// the export, which checks the authority's reply, and the verifier, which checks it offline.
import * as asn1js from 'asn1js';
import { Certificate, ContentInfo, IssuerAndSerialNumber, SignedData, TSTInfo } from 'pkijs';
import { toBase64, fromBase64 } from '../../shared/bytes/base64';

const SIGNED_DATA = '1.2.840.113549.1.7.2';
const TST_INFO = '1.2.840.113549.1.9.16.1.4';
const COMMON_NAME = '2.5.4.3';
const ORGANIZATION = '2.5.4.10';

export interface TimeStampToken {
  signedData: SignedData;
  tstInfo: TSTInfo;
}

/** Throws an Error in plain words when the bytes are not a time-stamp token. */
export function readTimeStampToken(der: Uint8Array<ArrayBuffer>): TimeStampToken {
  try {
    const contentInfo = ContentInfo.fromBER(der);
    if (contentInfo.contentType !== SIGNED_DATA) throw new Error('not SignedData');
    const signedData = new SignedData({ schema: contentInfo.content });
    const eContent = signedData.encapContentInfo.eContent;
    if (signedData.encapContentInfo.eContentType !== TST_INFO || !eContent) throw new Error('no TSTInfo');
    return { signedData, tstInfo: TSTInfo.fromBER(eContent.getValue()) };
  } catch {
    throw new Error('it is not an RFC 3161 time-stamp token');
  }
}

/** The certificate the token names as its signer (by issuer and serial, or by key id). */
export async function signerCertificate(token: TimeStampToken): Promise<Certificate | null> {
  const sid = token.signedData.signerInfos[0]?.sid;
  if (!sid) return null;
  for (const certificate of certificatesOf(token)) {
    if (sid instanceof IssuerAndSerialNumber) {
      if (certificate.issuer.isEqual(sid.issuer) && certificate.serialNumber.isEqual(sid.serialNumber)) return certificate;
      continue;
    }
    const keyId = sid.idBlock.isConstructed ? sid.valueBlock.value[0].valueBlock.valueHexView : sid.valueBlock.valueHexView;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView.slice()));
    if (hexOf(digest) === hexOf(keyId)) return certificate;
  }
  return null;
}

/** The authority's name as its certificate gives it: the common name, else the organisation. */
export function certificateName(certificate: Certificate | null): string {
  if (!certificate) return 'an unnamed authority';
  const values = certificate.subject.typesAndValues;
  const value = (type: string) => values.find((tv) => tv.type === type)?.value.valueBlock.value as string | undefined;
  return value(COMMON_NAME) ?? value(ORGANIZATION) ?? 'an unnamed authority';
}

export function certificatesOf({ signedData }: TimeStampToken): Certificate[] {
  return (signedData.certificates ?? []).filter((c): c is Certificate => c instanceof Certificate);
}

export function toPem(certificate: Certificate): string {
  const body = toBase64(new Uint8Array(certificate.toSchema().toBER())).replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

/** Every certificate in a PEM text; a block that is not a certificate is skipped. */
export function fromPem(text: string): Certificate[] {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return blocks.flatMap((block) => {
    try {
      const body = block.replace(/-----(BEGIN|END) CERTIFICATE-----|\s+/g, '');
      return [Certificate.fromBER(fromBase64(body))];
    } catch {
      return [];
    }
  });
}

/** An INTEGER's value as minimal big-endian hex, to compare nonces however they were encoded. */
export function integerHex(value: asn1js.Integer | Uint8Array): string {
  const bytes = value instanceof Uint8Array ? value : value.valueBlock.valueHexView;
  let hex = hexOf(bytes);
  while (hex.startsWith('00') && hex.length > 2) hex = hex.slice(2);
  return hex;
}

/** "2026-12-07T01:28:08Z" (milliseconds only when the authority gave them). */
export function isoUtc(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/** Exact hex (a hash or key id keeps its leading zero bytes). */
export function hexOf(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
