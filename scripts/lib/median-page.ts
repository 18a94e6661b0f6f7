// A contract page weighted like the median desktop page of the HTTP Archive Web Almanac 2024
// ("Page Weight": CSS 78 KB, images 1,054 KB in 18 requests): the contract fixture with one
// stylesheet and 18 images of noise, which no compression shrinks. Fonts (131 KB median) are
// left out: the browser keeps only fonts it could decode, and a real font is not ours to ship.
// Scripts are left out too: neither page.html nor the browser's MHTML keeps them.
import zlib from 'node:zlib';

export interface ServedFile {
  body: Buffer;
  contentType: string;
}

const CSS_BYTES = 78 * 1024;
const IMAGES = 18;
const IMAGE_BYTES = Math.round((1054 * 1024) / IMAGES);

/** Every file of the page by its path on www.upwork.com; the page itself is served at any other path. */
export function medianWeightPage(contractHtml: string): { page: ServedFile; files: Map<string, ServedFile> } {
  const files = new Map<string, ServedFile>();
  files.set('/static/contract.css', { body: Buffer.from(stylesheet(CSS_BYTES)), contentType: 'text/css' });
  const images: string[] = [];
  for (let i = 0; i < IMAGES; i++) {
    files.set(`/static/picture-${i}.png`, { body: noisePng(IMAGE_BYTES, i + 1), contentType: 'image/png' });
    images.push(`<img src="/static/picture-${i}.png" alt="" width="64" height="64">`);
  }
  const html = contractHtml
    .replace('</head>', '<link rel="stylesheet" href="/static/contract.css"></head>')
    .replace('</body>', `<div class="attachments">${images.join('')}</div></body>`);
  return { page: { body: Buffer.from(html), contentType: 'text/html; charset=utf-8' }, files };
}

function stylesheet(bytes: number): string {
  const rules: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const rule = `.air3-block-${i} .air3-item-${i % 97}{margin:${i % 13}px ${i % 7}px;color:#${(i * 2654435761).toString(16).slice(-6).padStart(6, '0')};}\n`;
    rules.push(rule);
    size += rule.length;
  }
  return rules.join('');
}

/** A valid RGB PNG of about `bytes` bytes of pseudo-random pixels (the same for the same seed). */
function noisePng(bytes: number, seed: number): Buffer {
  const width = 128;
  const height = Math.ceil(bytes / (width * 3));
  const raw = Buffer.alloc(height * (width * 3 + 1));
  let state = seed;
  for (let i = 0; i < raw.length; i++) {
    if (i % (width * 3 + 1) === 0) continue; // filter type 0 on every row
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    raw[i] = state >>> 24;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(typed));
  return Buffer.concat([length, typed, crc]);
}
