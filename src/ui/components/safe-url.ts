// Captured attachment URLs come from a page we do not control. Only Upwork's own https links
// become clickable; anything else (javascript:, data:, look-alike hosts) is shown as plain text.
const UPWORK_ORIGIN = 'https://www.upwork.com';

export function safeUpworkUrl(url: string | null): string | null {
  if (!url || !url.startsWith(`${UPWORK_ORIGIN}/`)) return null;
  try {
    const parsed = new URL(url);
    return parsed.origin === UPWORK_ORIGIN ? parsed.href : null;
  } catch {
    return null;
  }
}
