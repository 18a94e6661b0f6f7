// The status line's words for an import: what was added, what was already there, or why the
// bundle was refused (the verifier's own sentences, each naming the file).
import type { ImportResult } from '../../../storage';
import { t, tn } from '../../components/translate';
import { fingerprintGroups } from '../../../shared/proof/signing-key';
import type { ImportSource } from './import-evidence';

const TERMS_WORDS = [
  ['contract', (n: number) => tn('count_contracts', n, '$1 contract', '$1 contracts')],
  ['offer', (n: number) => tn('count_offers', n, '$1 offer', '$1 offers')],
  ['proposal', (n: number) => tn('count_proposals', n, '$1 proposal', '$1 proposals')],
  ['job-post', (n: number) => tn('count_job_posts', n, '$1 job post', '$1 job posts')],
  ['timesheet', (n: number) => tn('count_timesheet_weeks', n, '$1 timesheet week', '$1 timesheet weeks')],
] as const;

/** "Imported 152 messages, 1 contract and 3 captures from upwork-evidence-…; 10 already stored were left as they were." */
export function importSummary(result: ImportResult): string {
  const { added, alreadyStored: had } = result;
  const parts = [
    added.messages && tn('count_messages', added.messages, '$1 message', '$1 messages'),
    added.conversations && tn('count_conversations', added.conversations, '$1 conversation', '$1 conversations'),
    ...TERMS_WORDS.map(([kind, words]) => (result.addedTerms[kind] ?? 0) && words(result.addedTerms[kind] ?? 0)),
    added.captures && tn('count_captures', added.captures, '$1 capture', '$1 captures'),
    added.cases && tn('count_cases', added.cases, '$1 case', '$1 cases'),
  ].filter((p): p is string => Boolean(p));
  const already = had.messages + had.conversations + had.terms + had.captures + had.cases;
  const cases = casesSentences(result);
  if (parts.length === 0) {
    return cases(tn('import_nothing_new', already, 'Nothing new in $2: its $1 record was already stored and left as it was.', 'Nothing new in $2: its $1 records were already stored and left as they were.', result.bundle));
  }
  const what = list(parts);
  if (!already) return cases(t('import_done', 'Imported $1 from $2.', what, result.bundle));
  return cases(tn('import_done_some_stored', already, 'Imported $2 from $3; $1 already stored was left as it was.', 'Imported $2 from $3; $1 already stored were left as they were.', what, result.bundle));
}

/** What became of the bundle's cases beyond the counts: a stored case kept as it was, links the store cannot follow left out. */
function casesSentences(result: ImportResult): (summary: string) => string {
  const kept = result.alreadyStored.cases && tn('import_cases_kept', result.alreadyStored.cases,
    '$1 case with the same id was already stored: it was kept unchanged, and the bundle\'s copy was not imported.',
    '$1 cases with the same ids were already stored: they were kept unchanged, and the bundle\'s copies were not imported.');
  const left = result.caseLinksLeftOut && tn('import_case_links_left_out', result.caseLinksLeftOut,
    'The imported cases name $1 conversation, contract or exhibit that the bundle does not hold (it was left out of the export): that link was dropped.',
    'The imported cases name $1 conversations, contracts or exhibits that the bundle does not hold (they were left out of the export): those links were dropped.');
  return (summary) => [summary, kept, left].filter(Boolean).join(' ');
}

/** At most a few problems in the status line; the rest counted, so the message stays readable. */
export function refusalSummary(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).map((p) => p.replace(/\.$/, ''));
  const more = problems.length - shown.length;
  if (more === 0) return t('import_refused', 'Import refused: $1.', shown.join('; '));
  return tn('import_refused_more', more, 'Import refused: $2; and $1 more problem.', 'Import refused: $2; and $1 more problems.', shown.join('; '));
}

function list(parts: readonly string[]): string {
  return parts.length < 2 ? (parts[0] ?? '') : t('list_and', '$1 and $2', parts.slice(0, -1).join(', '), parts.at(-1)!);
}

/** Who made the bundle, as far as its signature shows. */
export function originSentence(source: ImportSource, signedBy: string | null): string {
  if (source === 'this-device') return t('import_signed_here', 'It was signed by this device (key $1).', fingerprintGroups(signedBy ?? ''));
  if (source === 'other-device') return t('import_signed_elsewhere', 'It was signed by another device, key $1: check this fingerprint with whoever gave you the bundle.', fingerprintGroups(signedBy ?? ''));
  return t('import_unsigned', 'It is not signed: its origin cannot be checked.');
}
