// Browser facts recorded with each capture (SWGDE §3.4): time in UTC, zone, browser, user agent.
import type { CaptureEnvironment } from '../../shared/model';

interface UADataBrand {
  brand: string;
  version: string;
}

export function captureEnvironment(now = new Date()): CaptureEnvironment {
  return {
    capturedAt: now.toISOString(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    utcOffsetMinutes: -now.getTimezoneOffset(),
    browser: browserName(),
    userAgent: navigator.userAgent,
  };
}

function browserName(): string {
  const brands = (navigator as Navigator & { userAgentData?: { brands?: UADataBrand[] } }).userAgentData?.brands ?? [];
  const real = brands.find((b) => !/not.?a.?brand/i.test(b.brand) && b.brand !== 'Chromium') ?? brands.find((b) => b.brand === 'Chromium');
  if (real) return `${real.brand} ${real.version}`;
  const m = /(Firefox|Edg|Chrome|Chromium|Safari)\/([\d.]+)/.exec(navigator.userAgent);
  return m ? `${m[1]} ${m[2]}` : 'unknown browser';
}
