// The export module's public face: build, zip, sign and verify evidence bundles.
export { buildBundleFiles } from './bundle-files';
export type { EvidenceDocument } from './evidence-types';
export type { Datapackage, DatapackageResource } from './datapackage';
