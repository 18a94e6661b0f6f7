// The record checks of verification: the custody chain is unbroken, and evidence.json is the
// format it claims with every capture file and saved attachment file it names present in the bundle.
import { custodyProblems, type CustodyFormat } from '../../shared/proof/custody';
import { parseCustodyJsonl } from '../bundle/custody-jsonl';
import type { Problems } from './verify-problems';
import { checkAttachmentFiles } from './verify-attachments';

const decoder = new TextDecoder();

/** The number of custody events read. */
export function checkCustody(files: ReadonlyMap<string, Uint8Array>, problems: Problems): number {
  const bytes = files.get('custody.jsonl');
  if (!bytes) return 0;
  const parsed = parseCustodyJsonl(decoder.decode(bytes));
  for (const p of parsed.problems) problems.add(p);
  // Line numbers stay right only when every line parsed; otherwise the parse problems say enough.
  if (!parsed.problems.length) for (const p of custodyProblems(parsed.events, custodyFormatOf(files))) problems.add(p);
  return parsed.events.length + parsed.problems.length;
}

/** Format 1 bundles chain their custody lines the old way; anything else is read as format 2. */
function custodyFormatOf(files: ReadonlyMap<string, Uint8Array>): CustodyFormat {
  try {
    const manifest = JSON.parse(decoder.decode(files.get('datapackage.json'))) as { formatVersion?: unknown } | null;
    return manifest?.formatVersion === 1 ? 1 : 2;
  } catch {
    return 2;
  }
}

export interface RecordCounts {
  captures: number;
  conversations: number;
  messages: number;
}

export function checkEvidence(files: ReadonlyMap<string, Uint8Array>, problems: Problems): RecordCounts {
  const counts = { captures: 0, conversations: 0, messages: 0 };
  const bytes = files.get('evidence.json');
  if (!bytes) return counts;
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(decoder.decode(bytes)) as Record<string, unknown>;
    if (doc === null || typeof doc !== 'object') throw new Error('not an object');
  } catch {
    problems.add('evidence.json is not valid JSON');
    return counts;
  }
  if (doc.format !== 'upwork-evidence') problems.add(`evidence.json: format is ${JSON.stringify(doc.format) ?? 'missing'}, expected "upwork-evidence"`);
  if (doc.formatVersion !== 1 && doc.formatVersion !== 2) problems.add(`evidence.json: formatVersion is ${JSON.stringify(doc.formatVersion) ?? 'missing'}, expected 1 or 2`);
  const captures = arrayField(doc, 'captures', problems);
  for (const capture of captures) {
    const { id, files: paths } = (capture ?? {}) as { id?: unknown; files?: unknown };
    for (const path of Array.isArray(paths) ? paths : []) {
      if (typeof path === 'string' && !files.has(path) && !problems.has(`missing: ${path}`)) {
        problems.add(`missing: ${path} (a file of capture ${String(id)})`);
      }
    }
  }
  counts.captures = captures.length;
  counts.conversations = arrayField(doc, 'conversations', problems).length;
  const messages = arrayField(doc, 'messages', problems);
  checkAttachmentFiles(messages, files, problems);
  counts.messages = messages.length;
  return counts;
}

function arrayField(doc: Record<string, unknown>, field: string, problems: Problems): unknown[] {
  const value = doc[field];
  if (Array.isArray(value)) return value;
  problems.add(`evidence.json: "${field}" is not a list`);
  return [];
}
