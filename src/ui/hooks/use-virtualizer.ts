// A small Preact adapter for @tanstack/virtual-core (the library keeps the measuring, the range
// and the scroll anchoring; this only ties its lifecycle to a component, as its React adapter does).
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';
import { elementScroll, measureElement, observeElementOffset, observeElementRect, Virtualizer, type VirtualizerOptions } from '@tanstack/virtual-core';

type Options = Pick<VirtualizerOptions<HTMLElement, HTMLElement>, 'count' | 'getScrollElement' | 'estimateSize'> &
  Partial<VirtualizerOptions<HTMLElement, HTMLElement>>;

export function useVirtualizer(options: Options): Virtualizer<HTMLElement, HTMLElement> {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const resolved: VirtualizerOptions<HTMLElement, HTMLElement> = {
    // An element with no layout yet (a page not shown, a test DOM) measures 0 high, and the library
    // then renders nothing: assume the initial size until a real one is measured.
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : (options.initialRect ?? rect))),
    observeElementOffset,
    scrollToFn: elementScroll,
    // Likewise a card with no layout measures 0: keep the estimate rather than stack every row at one spot.
    measureElement: (element, entry, instance) => measureElement(element, entry, instance) || options.estimateSize(instance.indexFromElement(element)),
    ...options,
    onChange: (instance, sync) => {
      rerender(0);
      options.onChange?.(instance, sync);
    },
  };
  const [instance] = useState(() => new Virtualizer(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), []);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}
