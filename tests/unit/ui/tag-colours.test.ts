// Every colour a tag can take marks it visibly in both themes: at least 3:1 (WCAG 1.4.11, a mark
// that is not text) against the page and card backgrounds the stylesheet gives light and dark.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, TAG_COLOURS, tagColour } from '../../../src/shared/tags/tag-colours';

const css = readFileSync(path.resolve(import.meta.dirname, '../../../src/ui/styles/base.css'), 'utf8');
const dark = css.slice(css.indexOf('prefers-color-scheme: dark'));
const value = (block: string, name: string) => block.match(new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`))?.[1];
const backgrounds = ['bg', 'surface'].flatMap((name) => [value(css, name), value(dark, name)]);

describe('tag colours', () => {
  it('reads the four backgrounds from the stylesheet', () => {
    expect(backgrounds).toHaveLength(4);
    expect(backgrounds.every(Boolean)).toBe(true);
    expect(new Set(backgrounds).size).toBe(4);
  });

  it.each(TAG_COLOURS.map((c) => [c.name, c.hex]))('%s has 3:1 against every background', (_, hex) => {
    for (const bg of backgrounds) expect(contrastRatio(hex, bg!), `${hex} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('names distinct colours and finds them in any case', () => {
    expect(new Set(TAG_COLOURS.map((c) => c.hex)).size).toBe(TAG_COLOURS.length);
    expect(tagColour('#D93F3F')?.name).toBe('Red');
    expect(tagColour('#ffff00')).toBeUndefined();
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
