// A terms record's stable id and its title in words, the same for storage, import and export.
import type { TermsRecord } from '../model';

/** The terms id of the contract Upwork numbers `contractId`: what cases, rooms and timesheets name a contract by. */
export function contractTermsId(contractId: string): string {
  return `contract:${contractId}`;
}

export function termsId(record: TermsRecord): string {
  switch (record.kind) {
    case 'contract':
      return contractTermsId(record.contract.id);
    case 'timesheet':
      return `timesheet:${record.timesheet.contractId}:${record.timesheet.weekStart}`;
    case 'job-post':
      return `job-post:${record.jobPost.id}`;
    case 'offer':
    case 'proposal':
      return `${record.kind}:${record.terms.id}`;
  }
}

export function termsTitle(record: TermsRecord): string {
  switch (record.kind) {
    case 'contract':
      return record.contract.title;
    case 'timesheet':
      return `Timesheet, week of ${record.timesheet.weekStart}`;
    case 'job-post':
      return record.jobPost.title;
    case 'offer':
    case 'proposal':
      return record.terms.title;
  }
}
