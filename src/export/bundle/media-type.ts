// Media types for datapackage.json. Capture files keep the type recorded when they were captured.

const BY_EXTENSION: Record<string, string> = {
  json: 'application/json',
  jsonl: 'application/jsonl',
  html: 'text/html',
  md: 'text/markdown',
  csv: 'text/csv',
  mhtml: 'multipart/related',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  pdf: 'application/pdf',
  txt: 'text/plain',
};

export function mediaTypeOf(path: string, recorded?: string): string {
  if (path === 'evidence.schema.json') return 'application/schema+json';
  if (recorded) return recorded;
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return BY_EXTENSION[ext] ?? 'application/octet-stream';
}
