// Work that can wait for the page's first messages: it starts once the message list has drawn its
// first card (its 'first-card' mark), or after `fallbackMs` (an empty store draws none).
export function afterFirstCard(fallbackMs = 2000): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    };
    const timer = setTimeout(done, fallbackMs);
    if (typeof PerformanceObserver === 'undefined') return;
    if (performance.getEntriesByName('first-card').length > 0) return done();
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-card').length > 0) done();
    });
    observer.observe({ type: 'mark' });
  });
}
