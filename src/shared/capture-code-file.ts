// Where the build writes the capture code (src/content/capture/index.ts as one self-contained
// script) and where the background finds it to inject into a tab when a capture starts. Not
// listed in web_accessible_resources: only the extension itself can inject it.
export const CAPTURE_CODE_ENTRY = 'src/content/capture/index.ts';
export const CAPTURE_CODE_FILE = 'src/content/capture.js';
