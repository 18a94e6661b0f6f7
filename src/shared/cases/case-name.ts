// A case's name as the dashboard keeps it, whether typed or read back from a bundle: one line,
// spaces collapsed, not empty, at most CASE_NAME_MAX characters.

export const CASE_NAME_MAX = 120;

/** The name kept, or why it cannot be. */
export function caseName(name: string): { name: string } | { problem: string } {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) return { problem: 'A case needs a name.' };
  if (clean.length > CASE_NAME_MAX) return { problem: `Keep case names to ${CASE_NAME_MAX} characters or fewer.` };
  return { name: clean };
}
