// Job post page -> ExtractedJobPost. The id is the ~0… key of the URL (research §1). Job pages
// show a value ABOVE its label ("$500.00" / "Fixed-price", "$25.00 - $50.00" / "Hourly"), so the
// budget is read from either side of the label; data-test hooks on job pages are renamed often
// (research §4.3, Fediuk notes 2025-09/10) and are not used.
import type { ExtractedJobPost } from '../../../shared/model';
import { ExtractionError } from '../../dom';
import { standaloneType, parseType } from '../contract/contract-type';
import { jobDeliverables } from '../contract/deliverables';
import { findValue, indexPage } from '../layout/label-value';
import { moneyPrefix, parseMoneyRange } from '../values/money';
import { findLines } from '../layout/multiline';
import { notRecognised } from '../layout/not-recognised';
import { referenceDay, type TermsOptions } from '../values/options';
import { mainHeading } from '../layout/page-title';
import { postedLine } from '../values/posted-line';
import { postedDate } from '../values/posted';

const JOB_ID = /_?(~[0-9a-z]{10,30})\/?$/i;
const BUDGET = ['Fixed-price', 'Fixed price', 'Budget', 'Project budget'];
const HOURLY = ['Hourly', 'Hourly range', 'Hourly rate', 'Hourly budget'];
const DESCRIPTION = ['Job description', 'Description', 'Summary', 'Project description', 'Details'];

export function extractJobPost(root: ParentNode, url: URL, options: TermsOptions): ExtractedJobPost {
  const id = JOB_ID.exec(url.pathname)?.[1];
  if (!id) throw new ExtractionError('This address has no job key (~0…), so the job post cannot be named.', 'job id', 'URL');
  const ref = referenceDay(options);
  const index = indexPage(root);
  const title = mainHeading(root);
  const description = findLines(index, DESCRIPTION);
  const budget = findValue(index, BUDGET, moneyPrefix);
  const hourlyRange = findValue(index, HOURLY, parseMoneyRange);
  if (title === null || (description === null && budget === null && hourlyRange === null)) {
    throw notRecognised('job post details', ['Job description', 'Fixed-price', 'Hourly']);
  }
  const posted = postedLine(index);
  return {
    id,
    title,
    description: description ?? '',
    budget,
    hourlyRange,
    type: findValue(index, ['Job type', 'Contract type', 'Project type'], parseType) ?? (budget ? 'fixed' : hourlyRange ? 'hourly' : standaloneType(index)),
    postedDate: posted === null ? null : postedDate(posted, ref),
    postedText: posted,
    deliverables: jobDeliverables(index),
  };
}
