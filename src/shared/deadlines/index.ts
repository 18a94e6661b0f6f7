// Dispute deadlines: pure functions of a case's contracts, stage and confirmed dates.
export { caseDeadlines, statusOf } from './deadlines';
export { describeDue } from './format';
export { UPWORK_HELP, termsDecide } from './sources';
export type { Deadline, DeadlineContract, DeadlineInput, DeadlineReport, DeadlineStatus } from './types';
