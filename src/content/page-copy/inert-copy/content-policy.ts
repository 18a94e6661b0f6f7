// The page copy's own Content-Security-Policy, first in its <head> so it governs everything after
// it: no script of any kind, nothing loaded from anywhere but images and fonts inlined as data:,
// no form sent, no frame, no <base>. A reader's browser enforces it even if the clean-up missed a
// trick (a <meta> policy cannot set frame-ancestors or sandbox; neither is needed for a file).
export const PAGE_COPY_POLICY = [
  "default-src 'none'",
  "script-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "worker-src 'none'",
  "connect-src 'none'",
  'img-src data:',
  'media-src data:',
  'font-src data:',
  "style-src 'unsafe-inline'",
  "form-action 'none'",
  "base-uri 'none'",
  "manifest-src 'none'",
].join('; ');

/** Puts the policy at the very top of the copy's <head> (made if the page had none). */
export function addContentPolicy(root: Element): void {
  const doc = root.ownerDocument;
  let head = [...root.children].find((el) => el.localName === 'head');
  if (!head) {
    head = doc.createElement('head');
    root.prepend(head);
  }
  const meta = doc.createElement('meta');
  meta.setAttribute('http-equiv', 'Content-Security-Policy');
  meta.setAttribute('content', PAGE_COPY_POLICY);
  head.prepend(meta);
}
