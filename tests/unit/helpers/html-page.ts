// Pages for extractor tests: a document parsed from HTML, and the ExtractionError a reading throws.
import { ExtractionError } from '../../../src/extractors/dom';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The ExtractionError `run` throws; any other outcome fails the test. */
export function extractionErrorOf(run: () => unknown): ExtractionError {
  try {
    run();
  } catch (error) {
    if (error instanceof ExtractionError) return error;
    throw error;
  }
  throw new Error('expected an ExtractionError');
}
