// The statement draft and the quality warning: pure functions of the case and its records.
import { describe, expect, it } from 'vitest';
import { needsQualityWarning, qualityWarning, whatCounts } from '../../../src/shared/cases/guidance';
import { draftStatement } from '../../../src/shared/cases/statement';
import { captureScreenshots, exhibitCandidates, syncExhibits } from '../../../src/shared/cases/exhibits';
import { DISPUTE_TYPES, type DisputeCase } from '../../../src/shared/model';
import { mergeTerms } from '../../../src/storage/capture/terms-merge';
import { ROOM_A, storedCapture, storedConversation, storedMessage } from '../ui/ui-fixtures';

const base: DisputeCase = {
  id: 'case_1', name: 'M1 not released', disputeType: 'billing', stage: 'talking', stageHistory: [{ stage: 'talking', at: '2026-03-20T00:00:00Z' }],
  contractIds: ['38123456'], conversationIds: [ROOM_A], dates: {}, exhibits: [], statement: '', outcome: null, lessons: { cause: '', avoidance: '', clientFeedback: '' }, createdAt: '2026-03-20T00:00:00Z',
};

describe('statement draft', () => {
  it('says what was agreed (terms and how they changed), what happened by exhibit, and what is asked', () => {
    const contract = { id: '38123456', title: 'Store migration', type: 'fixed' as const, client: 'Dana', freelancer: 'Priya', status: 'Active', rate: null, weeklyLimit: null, manualTimeAllowed: null, budget: { value: '2400.00', currency: 'USD' }, inEscrow: null, startDate: '2026-03-02', terms: 'Migrate', milestones: [{ title: 'Scaffold', amount: { value: '600.00', currency: 'USD' }, dueDate: '2026-03-13', status: 'Active & funded', description: null }] };
    const first = mergeTerms(undefined, { record: { kind: 'contract', contract }, url: 'https://www.upwork.com/nx/wm/workroom/38123456', captureId: 'c1', capturedAt: '2026-03-05T00:00:00Z' }).record;
    const terms = mergeTerms(first, { record: { kind: 'contract', contract: { ...contract, milestones: [{ ...contract.milestones[0]!, dueDate: '2026-03-20' }] } }, url: first.url, captureId: 'c2', capturedAt: '2026-03-10T00:00:00Z' }).record;
    const messages = [storedMessage(1, { key: true, text: 'Please add a size chart' }), storedMessage(2, { key: true, text: 'Delivered the scaffold' })];
    const exhibits = syncExhibits([], exhibitCandidates(base, messages, [terms]));
    const text = draftStatement({ ...base, exhibits }, { messages, terms: [terms], conversations: [storedConversation(ROOM_A, 'Dana Whitfield')] });
    // Terms worded as the contract view words them, in en-US whatever the reader's language.
    expect(text).toMatch(/^What was agreed\nContract "Store migration" \(38123456\), fixed price, budget \$2,400\.00, started Mon, Mar 2, 2026\./);
    expect(text).toContain('Milestone 1: Scaffold, $600.00, due Fri, Mar 20, 2026 (Active & funded).');
    expect(text).toContain('Changed, first seen Tue, Mar 10, 2026: Milestone 1 due date from Fri, Mar 13, 2026 to Fri, Mar 20, 2026.');
    expect(text).toMatch(/What happened\nE-1 \(.* UTC, .* in "Dana Whitfield"\): "Please add a size chart"\nE-2 .*"Delivered the scaffold"/);
    expect(text).toContain('What I ask');
  });

  it('words an hourly contract by its rate in its own currency and leaves out a fixed-price budget', () => {
    const contract = { id: '38123456', title: 'Support', type: 'hourly' as const, client: 'Dana', freelancer: 'Priya', status: 'Active', rate: { value: '45.00', currency: 'EUR', per: 'hour' as const }, weeklyLimit: 20, manualTimeAllowed: true, budget: { value: '2400.00', currency: 'EUR' }, inEscrow: null, startDate: null, terms: null, milestones: [] };
    const terms = mergeTerms(undefined, { record: { kind: 'contract', contract }, url: 'https://www.upwork.com/nx/wm/workroom/38123456', captureId: 'c1', capturedAt: '2026-03-05T00:00:00Z' }).record;
    const text = draftStatement(base, { messages: [], terms: [terms], conversations: [] });
    expect(text).toContain('Contract "Support" (38123456), hourly, rate €45.00 an hour.');
    expect(text).not.toMatch(/budget|\(none\)|EUR/);
  });

  it('numbers a capture that took screenshots in time order with the key messages, and names it in the statement', () => {
    const messages = [storedMessage(1, { key: true, sentAt: '2026-03-02T10:00:00Z' }), storedMessage(2, { key: true, sentAt: '2026-03-09T10:00:00Z' })];
    const shot = storedCapture('cap_shot', ROOM_A, '2026-03-05T00:00:00Z', { files: [{ path: 'captures/cap_shot/screenshot-1.png', sha256: 'b'.repeat(64), bytes: 9, mediaType: 'image/png' }] });
    const plain = storedCapture('cap_plain', ROOM_A, '2026-03-06T00:00:00Z');
    expect(captureScreenshots(shot).map((f) => f.path)).toEqual(['captures/cap_shot/screenshot-1.png']);
    const exhibits = syncExhibits([], exhibitCandidates(base, messages, [], [shot, plain]));
    expect(exhibits.map((e) => `${e.number} ${e.kind}`)).toEqual(['E-1 message', 'E-2 capture', 'E-3 message']);
    const text = draftStatement({ ...base, exhibits }, { messages, terms: [], conversations: [storedConversation(ROOM_A, 'Dana Whitfield')] });
    expect(text).toContain('E-2: the screenshot of the page taken at capture cap_shot.');
  });

  it('says what is missing for a case with no contract and no key evidence', () => {
    const text = draftStatement({ ...base, contractIds: [] }, { messages: [], terms: [], conversations: [] });
    expect(text).toContain('[Add the contract to the case');
    expect(text).toContain('[Mark the messages that show what happened as key evidence');
  });
});

describe('what Upwork will look at', () => {
  it('has words for every dispute type', () => {
    for (const type of DISPUTE_TYPES) expect(whatCounts(type).length).toBeGreaterThan(40);
  });

  it.each([
    ['a quality case', 'quality', [], true],
    ['key evidence tagged only quality', 'billing', [['quality'], ['quality']], true],
    ['key evidence tagged quality and scope', 'billing', [['quality'], ['scope']], false],
    ['untagged key evidence', 'billing', [[]], false],
  ] as const)('warns for %s: %s', (_what, type, tags, warn) => {
    expect(needsQualityWarning(type, tags.map((t) => ({ tags: [...t] })))).toBe(warn);
  });

  it('the warning names what to add instead', () => {
    expect(qualityWarning()).toMatch(/scope, dates, delivery and messages, not on taste/);
  });
});
