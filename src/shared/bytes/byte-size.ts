// Sizes in the words users read on Upwork ("412 KB", "31.2 MB"): binary units, as the page shows them.

export const MEGABYTE = 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MEGABYTE) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / MEGABYTE).toFixed(1)} MB`;
}
