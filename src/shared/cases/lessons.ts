// A case's lessons as one text for evidence.json (`lessons` is text in the bundle format) and
// back: each part on its own line after its lead-in, so an import restores the three parts.
import type { CaseLessons } from '../model';

const LEAD_INS: readonly [keyof CaseLessons, string][] = [
  ['cause', 'What caused it: '],
  ['avoidance', 'How it could have been avoided: '],
  ['clientFeedback', "The client's feedback: "],
];

export function lessonsText(lessons: CaseLessons): string {
  return LEAD_INS.filter(([part]) => lessons[part]).map(([part, leadIn]) => leadIn + lessons[part]).join('\n');
}

/**
 * The parts of a lessons text. A part runs from its lead-in at the start of a line to the next
 * lead-in; text before any lead-in (a bundle from another tool) is kept as the cause.
 */
export function lessonsOf(text: string): CaseLessons {
  const lessons: CaseLessons = { cause: '', avoidance: '', clientFeedback: '' };
  let part: keyof CaseLessons = 'cause';
  const lines: Record<keyof CaseLessons, string[]> = { cause: [], avoidance: [], clientFeedback: [] };
  for (const line of text.split('\n')) {
    const lead = LEAD_INS.find(([, leadIn]) => line.startsWith(leadIn));
    if (lead) part = lead[0];
    lines[part].push(lead ? line.slice(lead[1].length) : line);
  }
  for (const [p] of LEAD_INS) lessons[p] = lines[p].join('\n');
  return lessons;
}
