// Ticket attachments: each message exhibit of a case as a card to draw as a PNG (the drawing
// needs a canvas, so the extension page does it; this says what goes on the card). The text is
// the export's own copy, redactions applied, so a card never shows what the bundle withholds.
import type { EvidenceSet } from '../../shared/model';
import { exportView } from '../bundle/export-view';
import { redactEvidenceSet } from '../redact/redact-set';
import { utcText, zonedText } from '../report/format/time-format';

export interface ExhibitCard {
  number: string;
  /** exhibits/E-1.png */
  path: string;
  heading: string;
  /** Label, value pairs under the heading. */
  facts: [string, string][];
  text: string;
  footer: string;
}

export const EXHIBIT_CARD_PATH = /^exhibits\/E-\d+\.png$/;

export function exhibitCards(stored: EvidenceSet): ExhibitCard[] {
  const { set, notes } = redactEvidenceSet(stored);
  const view = exportView(set, notes);
  if (!view.theCase) return [];
  const zone = set.timeZone ?? 'UTC';
  return view.messages.flatMap((m) => {
    const number = view.exhibits.get(m);
    if (!number) return [];
    const capture = m.captureIds.map((id) => view.captureById.get(id)).find(Boolean);
    const facts: [string, string][] = [
      ['From', m.sender ?? (m.kind === 'system' ? 'Upwork (system event)' : 'sender not shown')],
      ['Sent (UTC)', m.sentAt ? utcText(m.sentAt) : 'time not shown on the page'],
      ...(m.sentAt ? [[`Sent (${zone})`, zonedText(m.sentAt, zone) ?? '—'] as [string, string]] : []),
      ['Conversation', view.conversationTitle(m.conversationId)],
      ['Message id', m.id],
      ['Capture', capture ? `${capture.id} at ${utcText(capture.capturedAt)}` : '—'],
      ['Capture SHA-256', capture?.sha256 ?? '—'],
    ];
    return [{
      number,
      path: `exhibits/${number}.png`,
      heading: `Exhibit ${number} · ${view.theCase!.name}`,
      facts,
      text: m.text || (m.deleted ? '(deleted; no text was seen before)' : '(no text)'),
      footer: `Rendered from the captured record by ${set.software.name} ${set.software.version}; not a screenshot. Check it against evidence.json in the bundle.`,
    }];
  });
}
