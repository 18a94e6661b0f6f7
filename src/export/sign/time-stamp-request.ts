// The RFC 3161 request an export sends: the SHA-256 of the bundle's signature bytes, nothing
// else, with a fresh nonce and certReq so the reply carries the authority's certificate.
// Built with pkijs/asn1js, not hand-written DER.
import * as asn1js from 'asn1js';
import { AlgorithmIdentifier, MessageImprint, TimeStampReq } from 'pkijs';

export const SHA256_OID = '2.16.840.1.101.3.4.2.1';

export interface TimeStampRequest {
  /** The DER TimeStampReq, sent as application/timestamp-query. */
  der: Uint8Array<ArrayBuffer>;
  /** SHA-256 of the signature: what the authority's token must name. */
  imprint: Uint8Array<ArrayBuffer>;
  /** The nonce's big-endian bytes (positive, minimal): the reply must echo it. */
  nonce: Uint8Array<ArrayBuffer>;
}

export async function timeStampRequest(signature: Uint8Array<ArrayBuffer>): Promise<TimeStampRequest> {
  const imprint = new Uint8Array(await crypto.subtle.digest('SHA-256', signature));
  const nonce = crypto.getRandomValues(new Uint8Array(8));
  // A positive INTEGER in minimal form: high bit clear, first byte not zero.
  nonce[0] = (nonce[0]! & 0x7f) | 0x01;
  const request = new TimeStampReq({
    version: 1,
    messageImprint: new MessageImprint({
      hashAlgorithm: new AlgorithmIdentifier({ algorithmId: SHA256_OID, algorithmParams: new asn1js.Null() }),
      hashedMessage: new asn1js.OctetString({ valueHex: imprint }),
    }),
    nonce: new asn1js.Integer({ valueHex: nonce }),
    certReq: true,
  });
  return { der: new Uint8Array(request.toSchema().toBER()), imprint, nonce };
}
