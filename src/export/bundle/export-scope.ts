// What an export may say about records outside its scope: nothing (evidence-bundle.md, scope).
// The custody log is the device's whole history, so each line is kept only when the exported
// records show that it is about them; any other line is withheld (its hashes kept, so the log
// still checks whole and in order). When in doubt, a line is withheld.
import type { CustodyEvent, CustodyLine, EvidenceSet, Tag } from '../../shared/model';
import { withheldLine } from '../../shared/proof/custody';
import { isEmptyFilter, scopeKey } from '../../shared/evidence-filter';
import { contractTermsId } from '../../shared/terms/terms-identity';

/** The ids of everything an export holds, by kind of record. */
export interface ExportedRecords {
  /** An export of everything: every line is about it. */
  everything: boolean;
  /** The export's filter as canonical JSON: an earlier export of this same scope is about it. */
  scopeKey: string;
  captures: ReadonlySet<string>;
  conversations: ReadonlySet<string>;
  messages: ReadonlySet<string>;
  terms: ReadonlySet<string>;
  cases: ReadonlySet<string>;
  /** The tags the export lists (listedTags). */
  tags: ReadonlySet<string>;
}

export function exportedRecords(set: EvidenceSet): ExportedRecords {
  return {
    everything: isEmptyFilter(set.scope.filter),
    scopeKey: scopeKey(set.scope.filter),
    captures: new Set(set.captures.map((c) => c.id)),
    conversations: new Set(set.conversations.map((c) => c.id)),
    messages: new Set(set.messages.map((m) => m.id)),
    terms: new Set(set.terms.map((t) => t.id)),
    cases: new Set((set.cases ?? []).map((c) => c.id)),
    tags: new Set(listedTags(set).map((t) => t.id)),
  };
}

/** The log as this export shows it: lines about its records whole, every other line withheld. */
export function scopedCustody(log: readonly CustodyEvent[], set: EvidenceSet): CustodyLine[] {
  // Everything shows every line: no need to collect the ids of 100,000 messages first.
  if (isEmptyFilter(set.scope.filter)) return [...log];
  const records = exportedRecords(set);
  return log.map((e) => (isAboutExport(e, records) ? e : withheldLine(e)));
}

function isAboutExport(e: CustodyEvent, records: ExportedRecords): boolean {
  const detail = e.detail;
  switch (e.event) {
    case 'captured':
    case 'recaptured':
      // A capture names its conversation or terms; both must be in the export too.
      return records.captures.has(e.subject) && namesOnly(detail.conversationId, records.conversations) && namesOnly(detail.terms, records.terms);
    case 'tagged':
    case 'untagged':
    case 'noted':
    case 'redacted':
      return reviewedRecordIsExported(e.subject, detail.type, records);
    case 'case':
      return records.cases.has(e.subject) && caseLineNamesOnlyExported(detail, records);
    case 'tag':
      // A custom tag made or recoloured: told when the export lists the tag (an exported record carries it).
      return records.tags.has(e.subject);
    case 'key':
      // The install's signing key made or replaced: it names fingerprints only, no record, and a
      // reader needs it to see why a later bundle is signed by another key.
      return true;
    case 'exported':
      // An earlier export of this very scope; an import or another scope's export tells of other records.
      return typeof detail.filter === 'string' && detail.filter === records.scopeKey;
    default:
      return false;
  }
}

/** Review events name the kind of record they are about; without it, any exported record by that id. */
function reviewedRecordIsExported(subject: string, type: unknown, records: ExportedRecords): boolean {
  if (type === 'message') return records.messages.has(subject);
  if (type === 'conversation') return records.conversations.has(subject);
  if (type === 'terms') return records.terms.has(subject);
  if (type !== undefined) return false;
  return records.messages.has(subject) || records.conversations.has(subject) || records.terms.has(subject);
}

/** A case line may name a conversation, a contract or exhibits: each must be in the export (a room since removed from the case is not). */
function caseLineNamesOnlyExported(detail: Record<string, unknown>, records: ExportedRecords): boolean {
  const contract = typeof detail.contract === 'string' ? contractTermsId(detail.contract) : detail.contract;
  const exhibits = Array.isArray(detail.exhibits) ? detail.exhibits.map((x) => String(x).split(' ')) : [];
  const exhibitIn = ([, kind, id]: string[]) => (kind === 'message' ? records.messages.has(id ?? '') : kind === 'contract' ? records.terms.has(contractTermsId(String(id))) : false);
  return namesOnly(detail.conversation, records.conversations) && namesOnly(contract, records.terms) && exhibits.every(exhibitIn);
}

/** A detail field naming a record: absent or null, or a record the export holds. */
function namesOnly(id: unknown, exported: ReadonlySet<string>): boolean {
  return id === undefined || id === null || (typeof id === 'string' && exported.has(id));
}

/**
 * The tags an export lists: every dispute type, and the user's own tags that an exported record
 * carries (a custom tag's name can tell of other clients' records). Everything lists them all.
 */
export function listedTags(set: EvidenceSet): Tag[] {
  if (isEmptyFilter(set.scope.filter)) return set.tags;
  const used = new Set([...set.messages, ...set.conversations, ...set.terms].flatMap((r) => r.tags));
  return set.tags.filter((t) => t.kind !== 'custom' || used.has(t.id));
}
