// What verifyBundle reports: a verdict, one plain sentence per problem naming the file, and counts.

export interface VerifySummary {
  files: number;
  captures: number;
  conversations: number;
  messages: number;
  custodyEvents: number;
}

export interface VerifyResult {
  ok: boolean;
  problems: string[];
  summary: VerifySummary;
  /** Extra: whether datapackage-digest.json was present and its signature verified. */
  signed: boolean;
}

export const EMPTY_SUMMARY: VerifySummary = { files: 0, captures: 0, conversations: 0, messages: 0, custodyEvents: 0 };
