// The import module's public face: a bundle's zip bytes in, verified stored rows (or words) out.
export { readBundle } from './read-bundle';
export type { BundleOrigin, BundleReading, ImportedBundle, ImportedFile } from '../shared/imported-bundle';
