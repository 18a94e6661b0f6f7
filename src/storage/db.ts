// THE only place that declares the IndexedDB schema. A change adds a version; a version with an
// upgrade stays declared for as long as a user may still have a store from before it.
import Dexie, { type Table } from 'dexie';
import { capturesSawMessages, custodyInFormatTwo, withoutLastCapturedAt, type FormatOneCustodyRow } from './migrations';
import type { RoomState } from './capture/room-state';
import { writeUpkeep } from './write-upkeep';
import { DISPUTE_TAGS, type AttachmentSettings, type CustodyEvent, type DisputeCase, type StoredCapture, type StoredConversation, type StoredMessage, type StoredTerms, type Tag } from '../shared/model';
import type { TimeStampSettings } from '../shared/proof/time-stamp-authorities';
import { DEFAULT_DB_NAME } from './store-layout';

/** A file's bytes, stored once by the SHA-256 of its original (uncompressed) content. */
export interface StoredBlob {
  sha256: string;
  mediaType: string;
  /** Size of the original content. */
  bytes: number;
  gzip: boolean;
  /** Empty when the file is kept as `pieces`. */
  data: Uint8Array;
  /** The file as pieces in order (see pieced-blobs.ts): bytes kept here, or another blob by SHA-256. */
  pieces?: BlobPiece[];
}

export type BlobPiece = { inline: Uint8Array } | { sha256: string };

/** One chunk of a file a content script is sending before its capture commits. */
export interface StagedChunk {
  captureId: string;
  path: string;
  part: number;
  parts: number;
  sha256: string;
  gzip: boolean;
  data: Uint8Array;
  stagedAt: number;
}

/** One row per group of settings, by key; absent rows mean the defaults. */
export interface AttachmentSettingsRow extends AttachmentSettings {
  key: 'attachments';
}
export interface TimeStampSettingsRow extends TimeStampSettings {
  key: 'timeStamp';
}
export type SettingsRow = AttachmentSettingsRow | TimeStampSettingsRow;

/** One shard of the words index: MiniSearch's JSON for up to a few thousand records. */
export interface SearchShardRow {
  /** Shards built from the rows count down from -1 (newest first); later writes fill 0, 1, … */
  shard: number;
  json: string;
}

/** Which shards the words index has, what it has taken in, and how far its first build got. */
export interface SearchStateRow {
  key: 'words';
  /** Raised on every save, so a page holding an older state knows to read it again. */
  version: number;
  /** The searchQueue seq the saved shards took in last; entries up to it are gone. */
  seq: number;
  shards: { shard: number; count: number }[];
  /** Null once every stored row is indexed; else the time-order key the build reads on from (null: the newest). */
  build: { before: (string | number)[] | null } | null;
}

/** A record to (re)index: a message id, or `terms:` + a terms id. */
export interface SearchQueueRow {
  seq?: number;
  id: string;
}

export { DEFAULT_DB_NAME };

export class EvidenceDb extends Dexie {
  captures!: Table<StoredCapture, string>;
  conversations!: Table<StoredConversation, string>;
  messages!: Table<StoredMessage, string>;
  tags!: Table<Tag, string>;
  blobs!: Table<StoredBlob, string>;
  custody!: Table<CustodyEvent, number>;
  staging!: Table<StagedChunk, [string, string, number]>;
  settings!: Table<SettingsRow, string>;
  roomStates!: Table<RoomState, string>;
  terms!: Table<StoredTerms, string>;
  /** Filled by export/sign (through storage functions); see signing-key.ts. */
  signingKeys!: Table<{ id: string } & Record<string, unknown>, string>;
  cases!: Table<DisputeCase, string>;
  /** The saved words index in shards (search-shards.ts), its state, and the records changed since it was saved. */
  searchShards!: Table<SearchShardRow, number>;
  searchState!: Table<SearchStateRow, string>;
  searchQueue!: Table<SearchQueueRow, number>;

  constructor(name = DEFAULT_DB_NAME) {
    super(name);
    // Only the versions with an upgrade are declared, each with the tables added since the one
    // before: since Dexie 3 an upgrade starts from the layout actually installed, so a version that
    // only added tables or indexes needs no declaration of its own (Dexie PR #959). Every declaration
    // makes Dexie parse all of them again, and a page opens the store before its first frame.
    // v1 (index only what is queried: captures by time, messages by conversation, staging by capture);
    // v2: only changed messages are written on recapture; each capture lists the messages it saw.
    this.version(2)
      .stores({
        captures: 'id, capturedAt',
        conversations: 'id',
        messages: 'id, conversationId',
        tags: 'id',
        blobs: 'sha256',
        custody: 'seq',
        staging: '[captureId+path+part], captureId, stagedAt',
      })
      .upgrade(async (tx) => {
        const messages = await tx.table('messages').toArray();
        const captures = await tx.table('captures').toArray();
        await tx.table('captures').bulkPut(capturesSawMessages(captures, messages));
        await tx.table('messages').bulkPut(messages.map(withoutLastCapturedAt));
      });
    // v3: the user's settings (attachment saving). Attachments gained optional file fields, which need no upgrade.
    // v4: fingerprints of each room's messages as last seen, so unchanged recaptures read no message rows.
    // v5: contracts, timesheets, job posts, offers and proposals, each with its earlier states.
    // v6: the install's signing key (a non-extractable WebCrypto pair) and dispute cases.
    // The custody log moves to bundle format 2 (bodyHash), so lines can be withheld from an export.
    this.version(6)
      .stores({ settings: 'key', roomStates: 'conversationId', terms: 'id, kind', signingKeys: 'id', cases: 'id' })
      .upgrade(async (tx) => {
        const custody = tx.table('custody');
        const rebuilt = custodyInFormatTwo((await custody.toArray()) as FormatOneCustodyRow[]);
        await custody.clear();
        await custody.bulkAdd(rebuilt);
      });
    // v7: the review UI reads only the rows it shows, in time order, by index (message-window.ts):
    // a room's messages by [conversationId+sentAt+position], all rooms by [sentAt+conversationId+position].
    // Undated messages (sentAt null) are in neither index; they are read apart and listed last.
    // v8: the words index behind search, saved in shards read newest first, and a queue of the records
    // each write changed, so the index catches up by those records instead of being rebuilt from
    // every message. An upgraded store has no index yet: it is built in the background, a shard at a time (search-shards.ts).
    this.version(8).stores({
      messages: 'id, conversationId, [conversationId+sentAt+position], [sentAt+conversationId+position]',
      searchShards: 'shard',
      searchState: 'key',
      searchQueue: '++seq',
    });
    this.on('populate', (tx) => tx.table('tags').bulkAdd([...DISPUTE_TAGS]));
    // Every write of messages, terms or conversations queues its records for search and keeps the
    // rooms' message tallies in its own transaction, whoever the writer.
    this.use(writeUpkeep);
  }
}

export function openEvidenceDb(name = DEFAULT_DB_NAME): EvidenceDb {
  return new EvidenceDb(name);
}
