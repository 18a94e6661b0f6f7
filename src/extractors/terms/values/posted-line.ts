// "Posted 3 days ago": the innermost visible element whose text starts with "Posted" (the relative
// part is often its own <span>, and the line may go on with the location: "Posted 3 days ago ·
// Worldwide"), else a "Posted on"/"Date posted" label.
import { findText, type LabelIndex } from '../layout/label-value';

const POSTED = /^(?:re)?posted\b/i;

export function postedLine(index: LabelIndex): string | null {
  for (const entry of index.entries) {
    if (!POSTED.test(entry.text) || entry.text.length > 80) continue;
    if ([...entry.el.children].some((c) => POSTED.test(index.byElement.get(c)?.text ?? ''))) continue;
    const text = entry.text.split(/\s[·•|]\s?/)[0]?.trim() ?? '';
    if (text !== '') return text;
  }
  return findText(index, ['Posted on', 'Date posted']);
}
