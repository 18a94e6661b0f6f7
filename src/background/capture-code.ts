// Brings the capture code into a tab when a capture starts (src/content/capture-code.ts): the
// script that runs on every Upwork page stays small, and the capture code is injected into the
// top frame's isolated world, where the page cannot see it (scripting.executeScript with a file
// of the extension, allowed by the scripting permission and the upwork.com host permission).
import browser from 'webextension-polyfill';
import { CAPTURE_CODE_FILE } from '../shared/capture-code-file';

/** Runs the capture code in the tab's frame; resolves once it has run. */
export type InjectCaptureCode = (tabId: number, frameId: number) => Promise<void>;

export const injectWithScripting: InjectCaptureCode = async (tabId, frameId) => {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [CAPTURE_CODE_FILE] });
};
