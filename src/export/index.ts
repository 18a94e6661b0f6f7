// The export module's public face: build, zip, sign and verify evidence bundles. Everything
// outside src/export reaches it through here.
export { buildBundle, buildBundleFiles } from './bundle/bundle-files';
export { zipBundle } from './bundle/zip-bundle';
export { unsafeCapturePath } from './bundle/bundle-paths';
export { parseCustodyJsonl } from './bundle/custody-jsonl';
export { verifyBundle, verifyBundleFiles } from './verify/verify-bundle';
export { signBundleFiles, type DatapackageDigest } from './sign/sign-bundle';
export type { VerifyResult, VerifySummary } from './verify/verify-result';
export type { EvidenceDocument } from './bundle/evidence-types';
export type { Datapackage, DatapackageResource } from './bundle/datapackage';
export { exhibitCards, type ExhibitCard } from './case/exhibit-cards';
