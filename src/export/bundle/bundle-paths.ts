// The file layout of evidence-bundle.md: which paths the exporter writes itself, and which
// paths a capture file may take without clobbering them or escaping the bundle when unzipped.

export const MANIFEST_PATH = 'datapackage.json';
export const DIGEST_PATH = 'datapackage-digest.json';

/** Written by the exporter, in the order datapackage.json lists them. */
export const GENERATED_PATHS = ['evidence.json', 'evidence.schema.json', 'report.html', 'report.md', 'messages.csv', 'custody.jsonl', 'verify.html'] as const;

/** Required by the spec in every bundle (evidence.schema.json is ours, not the spec's). */
export const REQUIRED_PATHS = ['evidence.json', 'report.html', 'report.md', 'messages.csv', 'custody.jsonl', 'verify.html'] as const;

/** Why a capture file path cannot go into a bundle, or null when it can. */
export function unsafeCapturePath(path: string): string | null {
  if (!/^(captures|attachments)\//.test(path)) return 'capture files belong under captures/ or attachments/';
  if (path.includes('\\') || path.split('/').some((part) => part === '' || part === '.' || part === '..')) return 'the path has an empty, "." or ".." segment or a backslash';
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'the path contains control characters';
  return null;
}
