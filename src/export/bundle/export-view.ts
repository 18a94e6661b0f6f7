// One ordering of the evidence set shared by every renderer, so evidence.json, the reports and
// the CSV can never disagree about what came first or which message is Exhibit 3.
import type { CustodyLine, DisputeCase, EvidenceSet, MessageVersion, StoredCapture, StoredConversation, StoredMessage, Tag } from '../../shared/model';
import { sortMessages } from '../../shared/evidence-filter';
import { listedTags, scopedCustody } from './export-scope';
import { noRedactions, type RedactionNotes } from '../redact/redaction-notes';

export interface ConversationSection {
  id: string;
  /** Null when the set has messages of a conversation it holds no record of. */
  conversation: StoredConversation | null;
  messages: StoredMessage[];
}

export interface ExportView {
  set: EvidenceSet;
  captures: StoredCapture[];
  conversations: StoredConversation[];
  messages: StoredMessage[];
  sections: ConversationSection[];
  /** The case this export is about, when it is about one. */
  theCase: DisputeCase | null;
  /** Exhibit labels: the case's own numbers ("E-3") in a case export, else key evidence numbered 1… in time order. */
  exhibits: Map<StoredMessage, string>;
  captureById: Map<string, StoredCapture>;
  /** The custody log as this export may show it: lines about other records withheld, oldest first. */
  custody: CustodyLine[];
  /** Dispute types and the custom tags the exported records use. */
  tags: Tag[];
  /** Where the set's copies were redacted and which files were left out (empty when nothing was). */
  redaction: RedactionNotes;
  tagLabel(id: string): string;
  /** A custom tag's colour as #rrggbb, checked again here since the report writes it into a style. */
  tagColor(id: string): string | undefined;
  conversationTitle(id: string): string;
}

/** `set` is the export's copy, already redacted; `redaction` says what was changed in it. */
export function exportView(set: EvidenceSet, redaction: RedactionNotes = noRedactions()): ExportView {
  const messages = sortMessages(set.messages);
  const captures = [...set.captures].sort((a, b) => byTime(a.capturedAt, b.capturedAt) || byId(a.id, b.id));
  const sections = conversationSections(set.conversations, messages);
  const conversations = sections.flatMap((s) => (s.conversation ? [s.conversation] : []));
  const theCase = (set.scope.filter.caseId && set.cases?.find((c) => c.id === set.scope.filter.caseId)) || null;
  const exhibits = new Map<StoredMessage, string>();
  if (theCase) {
    const numbers = new Map(theCase.exhibits.filter((e) => e.kind === 'message').map((e) => [e.id, e.number]));
    for (const m of messages) {
      const n = numbers.get(m.id);
      if (n) exhibits.set(m, n);
    }
  } else for (const m of messages) if (m.key) exhibits.set(m, String(exhibits.size + 1));
  const tags = listedTags(set);
  const labels = new Map(tags.map((t) => [t.id, t.label]));
  const colors = new Map(tags.flatMap((t) => (t.color && /^#[0-9a-f]{6}$/i.test(t.color) ? [[t.id, t.color] as const] : [])));
  const titles = new Map(set.conversations.map((c) => [c.id, c.title]));
  return {
    set,
    captures,
    conversations,
    messages,
    sections,
    theCase,
    exhibits,
    captureById: new Map(set.captures.map((c) => [c.id, c])),
    custody: scopedCustody([...set.custody].sort((a, b) => a.seq - b.seq), set),
    tags,
    redaction,
    tagLabel: (id) => labels.get(id) ?? id,
    tagColor: (id) => colors.get(id),
    conversationTitle: (id) => titles.get(id) ?? id,
  };
}

/** Conversations ordered by their first message (or first capture when none is in the set). */
function conversationSections(conversations: StoredConversation[], sorted: StoredMessage[]): ConversationSection[] {
  const byConversation = new Map<string, StoredMessage[]>();
  for (const m of sorted) {
    const list = byConversation.get(m.conversationId) ?? [];
    list.push(m);
    byConversation.set(m.conversationId, list);
  }
  const known = new Map(conversations.map((c) => [c.id, c]));
  const ids = new Set([...conversations.map((c) => c.id), ...byConversation.keys()]);
  const sections = [...ids].map((id) => ({ id, conversation: known.get(id) ?? null, messages: byConversation.get(id) ?? [] }));
  const start = (s: ConversationSection): string | null => s.messages[0]?.sentAt ?? s.conversation?.firstCapturedAt ?? null;
  return sections.sort((a, b) => byTime(start(a), start(b)) || byId(a.id, b.id));
}

function byTime(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return Date.parse(a) - Date.parse(b);
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Earlier texts oldest first, as the spec orders them, whatever order storage kept. */
export function versionsOldestFirst(versions: readonly MessageVersion[]): MessageVersion[] {
  return [...versions].sort((a, b) => Date.parse(a.seenAt) - Date.parse(b.seenAt));
}
