// The error every terms extractor throws when the page is not the kind it claims to be: the
// lead's pipeline then keeps the page copy as "structured data not recognised"
// (design/architecture.md: always keep a fallback).
import { ExtractionError } from '../../dom';

export function notRecognised(what: string, labels: readonly string[]): ExtractionError {
  const quoted = labels.map((l) => `'${l}'`);
  const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : (quoted[0] ?? '');
  return new ExtractionError(
    `The ${what} were not recognised on this page (no ${list} label). ` +
      'The page may have changed; its copy and screenshots are still kept.',
    what,
    `labels: ${labels.join(', ')}`,
  );
}
