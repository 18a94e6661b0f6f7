// Upwork is a single-page app: switching rooms changes the URL without a page load
// (research §2.4, SPA navigation). History API calls from the page's own world are invisible
// to this isolated world, so the URL is also polled cheaply.
const POLL_MS = 500;

export function watchNavigation(onChange: (url: string) => void): () => void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  window.addEventListener('popstate', check);
  const timer = window.setInterval(check, POLL_MS);
  return () => {
    window.removeEventListener('popstate', check);
    window.clearInterval(timer);
  };
}
