// Allowed / not allowed, as a switch or a word ("Manual time: Not allowed", research §4.1).
const YES = /^(?:yes|allowed|enabled|on|true|permitted)$/i;
const NO = /^(?:no|not allowed|disallowed|disabled|off|false|not permitted|none)$/i;

export function parseYesNo(text: string): boolean | null {
  const t = text.trim().replace(/[.!]$/, '');
  if (YES.test(t)) return true;
  if (NO.test(t)) return false;
  return null;
}
