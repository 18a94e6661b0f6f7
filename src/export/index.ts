// The export module's public face: build, zip, sign and verify evidence bundles. Everything
// outside src/export reaches it through here.
export { buildBundle, buildBundleFiles, buildReportHtml } from './bundle/bundle-files';
export { zipBundle } from './bundle/zip-bundle';
export { unsafeCapturePath } from './bundle/bundle-paths';
export { parseCustodyJsonl } from './bundle/custody-jsonl';
export { verifyBundle, verifyBundleFiles, verifyFiles } from './verify/verify-bundle';
export { verdictLines, signatureText } from './verify/verify-words';
export { signBundleFiles, type DatapackageDigest } from './sign/sign-bundle';
export { installSigner, storedFingerprint, type Signer, type KeyReason } from './sign/install-key';
export { fingerprintGroups, keyFingerprint } from './sign/fingerprint';
export { NOT_SIGNED, type VerifyOptions, type VerifyResult, type VerifySummary, type SignatureVerdict, type FileVerdict } from './verify/verify-result';
export { bundleSignature, withTimeStamp } from './sign/time-stamp-digest';
export { requestTimeStamp, TIME_STAMP_TIMEOUT_MS, type TimeStampClientOptions } from './sign/time-stamp-client';
export { trustedTimeLine, type TrustedTime } from './verify/verify-time-stamp';
export type { EvidenceDocument } from './bundle/evidence-types';
export type { Datapackage, DatapackageResource } from './bundle/datapackage';
export { exhibitCards, type ExhibitCard } from './case/exhibit-cards';
