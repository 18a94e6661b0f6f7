// Draws each exhibit card (export/case/exhibit-cards.ts) as a PNG with OffscreenCanvas, for
// Upwork's dispute form, which takes image files: plain black on white, text wrapped to the card.
import type { ExhibitCard } from '../../../export';

const WIDTH = 1000;
const PAD = 40;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const MAX_TEXT_LINES = 60;

type Ctx = OffscreenCanvasRenderingContext2D;

/** Words wrapped to `width`; a word longer than a line is broken by characters (a URL, a hash). */
function wrap(ctx: Ctx, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const tried = line ? `${line} ${word}` : word;
      if (ctx.measureText(tried).width <= width) {
        line = tried;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (ctx.measureText(rest).width > width) {
        let cut = rest.length - 1;
        while (cut > 1 && ctx.measureText(rest.slice(0, cut)).width > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

function layout(ctx: Ctx, card: ExhibitCard) {
  ctx.font = `16px ${FONT}`;
  const facts = card.facts.flatMap(([label, value]) => wrap(ctx, `${label}: ${value}`, WIDTH - 2 * PAD));
  ctx.font = `20px ${FONT}`;
  let text = wrap(ctx, card.text, WIDTH - 2 * PAD - 16);
  if (text.length > MAX_TEXT_LINES) text = [...text.slice(0, MAX_TEXT_LINES - 1), '… (the full text is in evidence.json and report.html)'];
  ctx.font = `italic 14px ${FONT}`;
  const footer = wrap(ctx, card.footer, WIDTH - 2 * PAD);
  const height = PAD + 34 + 12 + facts.length * 22 + 16 + text.length * 28 + 20 + footer.length * 20 + PAD;
  return { facts, text, footer, height };
}

export async function drawExhibitCard(card: ExhibitCard): Promise<Uint8Array> {
  const probe = new OffscreenCanvas(WIDTH, 10).getContext('2d');
  if (!probe) throw new Error('this browser cannot draw exhibit cards (no 2D canvas).');
  const { facts, text, footer, height } = layout(probe, card);
  const canvas = new OffscreenCanvas(WIDTH, height);
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.strokeStyle = '#333333';
  ctx.lineWidth = 2;
  ctx.strokeRect(1, 1, WIDTH - 2, height - 2);
  ctx.fillStyle = '#111111';
  ctx.textBaseline = 'top';
  let y = PAD;
  ctx.font = `bold 26px ${FONT}`;
  ctx.fillText(card.heading.length > 70 ? `${card.heading.slice(0, 69)}…` : card.heading, PAD, y);
  y += 34 + 12;
  ctx.font = `16px ${FONT}`;
  ctx.fillStyle = '#333333';
  for (const line of facts) (ctx.fillText(line, PAD, y), (y += 22));
  y += 16;
  ctx.fillStyle = '#b45309';
  ctx.fillRect(PAD, y - 4, 4, text.length * 28 + 4);
  ctx.fillStyle = '#111111';
  ctx.font = `20px ${FONT}`;
  for (const line of text) (ctx.fillText(line, PAD + 16, y), (y += 28));
  y += 20;
  ctx.font = `italic 14px ${FONT}`;
  ctx.fillStyle = '#444444';
  for (const line of footer) (ctx.fillText(line, PAD, y), (y += 20));
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}

/** Every card of the set by its bundle path; none when the export is not about a case. */
export async function drawExhibitCards(cards: readonly ExhibitCard[]): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  if (cards.length === 0 || typeof OffscreenCanvas === 'undefined') return out;
  for (const card of cards) out.set(card.path, await drawExhibitCard(card));
  return out;
}
