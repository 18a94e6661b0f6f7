// What differs between Chromium and Firefox at run time, in one place (the manifest's
// differences are in manifest.config.ts). Everything else is one code base over
// webextension-polyfill.
// - MHTML: only Chromium has chrome.pageCapture; Firefox captures say "no MHTML" in their actions.
// - Firefox content scripts cannot pipe web streams (pipeThrough fails with "Permission denied to
//   access property constructor"): src/shared/bytes.ts writes and reads the streams directly.
// - Firefox hands content scripts errors from other realms that fail instanceof Error:
//   errorText (src/shared/messaging.ts) reads their message all the same.

export interface MhtmlApi {
  saveAsMHTML(details: { tabId: number }): Promise<Blob | undefined>;
}

export const NO_MHTML = 'this browser does not offer an MHTML copy of pages';

/** Chromium's pageCapture, or null where the browser has none (Firefox). */
export function mhtmlApi(): MhtmlApi | null {
  const pageCapture = (globalThis as { chrome?: { pageCapture?: Partial<MhtmlApi> } }).chrome?.pageCapture;
  return typeof pageCapture?.saveAsMHTML === 'function' ? (pageCapture as MhtmlApi) : null;
}
