// Checks an authority's answer before the export keeps it: granted, for exactly the hash that
// was sent, echoing the nonce, and signed by the certificate it carries. Whether that
// certificate is one to trust is the verifier's question (verify/verify-time-stamp.ts).
import { TimeStampResp } from 'pkijs';
import { toBase64 } from '../../shared/bytes/base64';
import type { TimeStamp } from '../../shared/proof/time-stamp-authorities';
import type { TimeStampRequest } from './time-stamp-request';
import { SHA256_OID } from './time-stamp-request';
import { certificateName, certificatesOf, hexOf, integerHex, isoUtc, readTimeStampToken, signerCertificate, toPem } from './time-stamp-token';

/** Throws an Error saying in plain words what is wrong with the reply. */
export async function readTimeStampReply(reply: Uint8Array<ArrayBuffer>, request: TimeStampRequest, signature: Uint8Array<ArrayBuffer>): Promise<TimeStamp> {
  let response: TimeStampResp;
  try {
    response = TimeStampResp.fromBER(reply);
  } catch {
    throw new Error('its answer is not a time-stamp reply');
  }
  const status = response.status.status;
  if (status !== 0 && status !== 1) {
    const text = (response.status.statusStrings ?? []).map((s) => String(s.valueBlock.value)).join(' ').trim();
    throw new Error(`it refused the request${text ? ` (“${text}”)` : ''}`);
  }
  if (!response.timeStampToken) throw new Error('its answer carries no time-stamp token');
  const der = new Uint8Array(response.timeStampToken.toSchema().toBER());
  const token = readTimeStampToken(der);
  const { messageImprint, nonce, genTime } = token.tstInfo;
  if (messageImprint.hashAlgorithm.algorithmId !== SHA256_OID || hexOf(messageImprint.hashedMessage.valueBlock.valueHexView) !== hexOf(request.imprint)) {
    throw new Error('its token is for another hash than the one sent');
  }
  if (!nonce || integerHex(nonce) !== integerHex(request.nonce)) throw new Error('its token does not answer this request (the nonce differs)');
  const signer = await signerCertificate(token);
  if (!signer) throw new Error('its token does not carry the authority’s certificate');
  const verified = await token.signedData
    .verify({ signer: 0, data: signature.slice().buffer, checkChain: false, extendedMode: true })
    .then((r) => r.signatureVerified === true, () => false);
  if (!verified) throw new Error('its token’s signature does not verify');
  return {
    timeSignature: toBase64(der),
    timestampCert: certificatesOf(token).map(toPem).join(''),
    authority: certificateName(signer),
    time: isoUtc(genTime),
  };
}
