// What closes every capture's transaction, whatever the page: its files stored once, its staged
// chunks cleared, its row (the facts SWGDE and the Berkeley Protocol ask a capture to record)
// added, and its custody event chained. Call inside the capture's transaction.
import type { CaptureHeader } from '../../shared/messaging/messages';
import type { CustodyEventType, StoredCapture } from '../../shared/model';
import type { EvidenceDb, StoredBlob } from '../db';
import { addMissingBlobs } from '../files/blobs';
import { appendCustody } from '../custody-log';

export interface StoreCaptureOptions {
  extensionVersion: string;
  /** Files already assembled and checked (see staging.ts). */
  blobs: readonly StoredBlob[];
}

/** The capture's own records, beside what its header says. */
export type CaptureRecords = Pick<StoredCapture, 'files' | 'sha256' | 'conversationId' | 'messageIds' | 'counts' | 'partial' | 'termsId'>;

export async function addCapture(
  db: EvidenceDb,
  header: CaptureHeader,
  records: CaptureRecords,
  options: StoreCaptureOptions,
  custody: { event: CustodyEventType; detail: Record<string, unknown> },
): Promise<void> {
  await addMissingBlobs(db, options.blobs);
  await db.staging.where('captureId').equals(header.captureId).delete();
  const capture: StoredCapture = {
    id: header.captureId,
    url: header.url,
    pageKind: header.pageKind,
    title: header.title,
    ...header.environment,
    extensionVersion: options.extensionVersion,
    actions: header.actions,
    ...records,
  };
  await db.captures.add(capture);
  await appendCustody(db, { at: header.environment.capturedAt, event: custody.event, subject: header.captureId, detail: custody.detail });
}
