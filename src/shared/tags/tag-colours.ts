// The colours a custom tag can take. A colour marks a tag (a dot and a border beside its name),
// it never colours the name's text, so reading a tag never depends on it. Each colour is a
// mid-tone with at least 3:1 contrast (WCAG's bar for a mark that is not text) against the
// page and card backgrounds of both the light and the dark theme; tests/unit/tag-colours.test.ts
// checks it against the values in src/ui/styles/base.css.
export interface TagColour {
  id: 'blue' | 'red' | 'orange' | 'green' | 'teal' | 'purple' | 'pink' | 'grey';
  /** Its English name (the UI shows it in the reader's language: ui/components/tags/colour-select.tsx). */
  name: string;
  hex: string;
}

export const TAG_COLOURS: readonly TagColour[] = [
  { id: 'blue', name: 'Blue', hex: '#3b6fd8' },
  { id: 'red', name: 'Red', hex: '#d93f3f' },
  { id: 'orange', name: 'Orange', hex: '#c25400' },
  { id: 'green', name: 'Green', hex: '#2f8a3a' },
  { id: 'teal', name: 'Teal', hex: '#00838a' },
  { id: 'purple', name: 'Purple', hex: '#8a55d6' },
  { id: 'pink', name: 'Pink', hex: '#c7407f' },
  { id: 'grey', name: 'Grey', hex: '#7a7f86' },
];

export const DEFAULT_TAG_COLOUR = TAG_COLOURS[0]!.hex;

/** The palette colour with this hex (any case), or undefined. */
export function tagColour(hex: string | undefined): TagColour | undefined {
  const wanted = hex?.toLowerCase();
  return TAG_COLOURS.find((c) => c.hex === wanted);
}

/** WCAG 2 contrast ratio between two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
