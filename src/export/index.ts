// The export module's public face: build, zip, sign and verify evidence bundles.
export { buildBundleFiles } from './bundle-files';
export { zipBundle } from './zip-bundle';
export { verifyBundle } from './verify-bundle';
export { signBundleFiles, type DatapackageDigest } from './sign-bundle';
export type { VerifyResult, VerifySummary } from './verify-result';
export type { EvidenceDocument } from './evidence-types';
export type { Datapackage, DatapackageResource } from './datapackage';
