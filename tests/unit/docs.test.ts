// The project stands on its own: a user's clone has no ../shared, so the README and the bundle
// format document it carries must not send a reader there.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('documentation', () => {
  it('points to the format document the project carries, never to ../shared', () => {
    const readme = read('README.md');
    expect(readme).toContain('(docs/evidence-bundle.md)');
    expect(readme).not.toMatch(/\.\.\/shared/);
    expect(read('docs/evidence-bundle.md')).not.toMatch(/\.\.\/shared/);
  });

  it('documents the signature, the fingerprint and NOT SIGNED where a checker looks', () => {
    const format = read('docs/evidence-bundle.md');
    for (const words of ['datapackage-digest.json', 'fingerprint', 'NOT SIGNED', 'withheld', 'importedFrom']) expect(format).toContain(words);
  });
});
