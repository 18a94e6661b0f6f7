// The ECDSA P-256 / SHA-256 signature of datapackage-digest.json (evidence-bundle.md, after WACZ
// signing): the signed data is the hash string "sha256:<hex>" of datapackage.json.

export const SIGNING_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const SIGNATURE_PARAMS = { name: 'ECDSA', hash: 'SHA-256' } as const;

/**
 * WebCrypto signs as r‖s (64 bytes); OpenSSL and Node's crypto give DER. Accept both, so a
 * bundle signed with other tools still verifies.
 */
export function rawEcdsaSignature(signature: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  if (signature.length === 64 || signature[0] !== 0x30) return signature;
  const out = new Uint8Array(64);
  let p = 2;
  for (let k = 0; k < 2; k++) {
    const length = signature[p + 1] ?? 0;
    let part = signature.subarray(p + 2, p + 2 + length);
    while (part.length > 32 && part[0] === 0) part = part.subarray(1);
    if (part.length > 32) return signature;
    out.set(part, 32 * (k + 1) - part.length);
    p += 2 + length;
  }
  return out;
}
