import type { CaseDates, CaseStage, IsoDate, IsoUtc } from '../model';

/** What the deadlines need to know about one contract of the case, from its captured terms. */
export interface DeadlineContract {
  id: string;
  type: 'fixed' | 'hourly' | null;
  startDate: IsoDate | null;
}

export interface DeadlineInput {
  contracts: readonly DeadlineContract[];
  stage: CaseStage;
  stageHistory: readonly { stage: CaseStage; at: IsoUtc }[];
  dates: CaseDates;
  now: Date;
}

/** upcoming: more than 48 hours left; soon: 48 hours or less; past: the time has gone; unknown: a date it rests on is missing. */
export type DeadlineStatus = 'upcoming' | 'soon' | 'past' | 'unknown';

export interface Deadline {
  id: string;
  name: string;
  /** Null while a date it rests on is missing (`needs` says which). */
  due: IsoUtc | null;
  /** What it rests on, in words. */
  basis: string;
  /** The Upwork help page. */
  source: string;
  status: DeadlineStatus;
  needs?: string;
}

export interface DeadlineReport {
  deadlines: Deadline[];
  /** Plain-words doubts about the dates entered (before the contract started, in the future) or what is missing. */
  problems: string[];
}
