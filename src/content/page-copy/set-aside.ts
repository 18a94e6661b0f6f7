// Takes our own UI out of the page while the browser copies or pictures it, so neither the MHTML
// nor the screenshots show it (page.html leaves it out too). Detached rather than hidden: the
// browser's MHTML serialises hidden elements and their shadow roots all the same.

/** Detaches `el` (if any) and returns the function that puts it back where it was. */
export function setAside(el: Element | null): () => void {
  const parent = el?.parentNode;
  if (!el || !parent) return () => undefined;
  const next = el.nextSibling;
  el.remove();
  return () => {
    if (el.isConnected) return;
    if (next && next.parentNode === parent) parent.insertBefore(el, next);
    else parent.appendChild(el);
  };
}
