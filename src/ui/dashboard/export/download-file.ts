// Extension pages download through <a download>: no "downloads" permission needed, and
// Playwright sees it as an ordinary download (see design/testing.md).
export type SaveFile = (bytes: Uint8Array, fileName: string) => void;

export const downloadFile: SaveFile = (bytes, fileName) => {
  // Copied into a plain ArrayBuffer-backed view, which is what Blob accepts.
  const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download before it starts; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
