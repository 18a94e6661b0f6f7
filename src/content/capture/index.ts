// Entry of the capture code, injected into the tab when a capture starts (see ../capture-code.ts
// and vite.config.ts): registers the capture of a messages room or a terms page, each given its
// ports to the background (ports/runtime-ports.ts).
import { registerCaptureCode, type CaptureRequest } from '../capture-code';
import { pageDataFrom } from '../history/page-data';
import { runtimePorts } from '../ports/runtime-ports';
import { captureRoom } from './capture-room';
import { captureTerms } from './capture-terms';

registerCaptureCode({
  capture(request: CaptureRequest) {
    const { pageStories, pageKind, ...common } = request;
    const ports = runtimePorts(request.doc.defaultView ?? window, pageDataFrom(pageStories));
    return pageKind === 'messages-room' || pageKind === 'workroom-messages'
      ? captureRoom({ ...common, pageKind, ports })
      : captureTerms({ ...common, pageKind, ports });
  },
});
