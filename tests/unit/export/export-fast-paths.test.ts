// The export's faster paths give exactly what the plain ones give.
import { describe, expect, it } from 'vitest';
import { buildBundle, buildBundleFiles } from '../../../src/export';
import { compareMessages, sortMessages } from '../../../src/shared/evidence-filter';
import { makeEvidenceSet } from './export-fixtures';

describe('the export fast paths', () => {
  it('builds the same bytes with WebCrypto hashes as with the synchronous ones', async () => {
    const set = makeEvidenceSet();
    expect(await buildBundle(set)).toEqual(buildBundleFiles(set));
    // Two whole bundles of the full fixture set: seconds on a loaded 2-core machine, not a speed check.
  }, 60_000);

  it('sorts messages in compareMessages order, undated last, equal times by conversation and page position', () => {
    const { messages } = makeEvidenceSet();
    const undated = { ...messages[0]!, id: 'undated', sentAt: null };
    const same = { ...messages[1]!, id: 'same-instant-other-spelling', sentAt: messages[1]!.sentAt!.replace('Z', '.000Z') };
    const all = [undated, ...messages, same];
    expect(sortMessages(all).map((m) => m.id)).toEqual([...all].sort(compareMessages).map((m) => m.id));
    expect(sortMessages(all).at(-1)?.id).toBe('undated');
  });
});
