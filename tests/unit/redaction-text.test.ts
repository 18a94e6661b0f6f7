// Redaction's text rules, table-tested: what may be redacted, where "[redacted]" stands in the
// copy, and what the editor offers to find.
import { describe, expect, it } from 'vitest';
import { applyRedactions, cleanReason, mergeRanges, rangesToHide, redactionProblem, REDACTED, spanWords } from '../../src/shared/redaction/redaction';
import { sha256Hex } from '../../src/shared/bytes/hash';
import { suggestRedactions } from '../../src/shared/redaction/redaction-suggestions';

const TEXT = 'Call me on 555-123-4567 or mail dana@example.com';

describe('redactionProblem', () => {
  const ok = { start: 11, end: 23, reason: 'phone number' };
  it.each([
    ['a span inside the text', ok, [], null],
    ['a span that starts before the text', { ...ok, start: -1 }, [], "That part is not inside the message's text."],
    ['a span that ends after the text', { ...ok, end: TEXT.length + 1 }, [], "That part is not inside the message's text."],
    ['an empty span', { ...ok, end: 11 }, [], "That part is not inside the message's text."],
    ['offsets that are not whole numbers', { ...ok, start: 1.5 }, [], "That part is not inside the message's text."],
    ['offsets that are not numbers at all', { ...ok, start: Number.NaN }, [], "That part is not inside the message's text."],
    ['no reason', { ...ok, reason: '  \n ' }, [], "Say why this part is redacted (for example 'phone number')."],
    ['a reason too long', { ...ok, reason: 'x'.repeat(81) }, [], 'Keep the reason to 80 characters or fewer.'],
    ['a span overlapping one already redacted', ok, [{ start: 20, end: 30 }], 'That part overlaps one already redacted; remove that redaction first.'],
    ['a span touching one already redacted', ok, [{ start: 23, end: 30 }], null],
    ['a span beside 200 others', ok, Array.from({ length: 200 }, (_, i) => ({ start: 100 + i, end: 100 + i })), 'A message can have at most 200 redactions.'],
  ])('%s', (_, candidate, existing, problem) => {
    expect(redactionProblem(TEXT, existing, candidate)).toBe(problem);
  });

  it('refuses a span that would cut an emoji in two', () => {
    const text = 'ok 😀 ok';
    expect(redactionProblem(text, [], { start: 3, end: 4, reason: 'x' })).toBe('That part would cut a character in two.');
    expect(redactionProblem(text, [], { start: 3, end: 5, reason: 'x' })).toBeNull();
  });

  it('keeps a reason to one clean line', () => {
    expect(cleanReason('  third\n party\u0007s   details ')).toBe('third party s details');
  });
});

describe('applyRedactions and rangesToHide', () => {
  it.each([
    ['one span', 'abc SECRET def', [{ start: 4, end: 10, reason: 'r' }], [], `abc ${REDACTED} def`, [{ start: 4, end: 14, reason: 'r' }]],
    ['two spans: offsets in the copy', 'A 111 B 222 C', [{ start: 2, end: 5, reason: 'p' }, { start: 8, end: 11, reason: 'q' }], [], `A ${REDACTED} B ${REDACTED} C`, [{ start: 2, end: 12, reason: 'p' }, { start: 15, end: 25, reason: 'q' }]],
    ['the whole text', 'SECRET', [{ start: 0, end: 6, reason: 'r' }], [], REDACTED, [{ start: 0, end: 10, reason: 'r' }]],
    ['a secret written twice', 'x 42-42 y 42-42', [{ start: 2, end: 7, reason: 'r' }], [{ value: '42-42', reason: 'r' }], `x ${REDACTED} y ${REDACTED}`, [{ start: 2, end: 12, reason: 'r' }, { start: 15, end: 25, reason: 'r' }]],
    ['overlapping places merged, reasons joined', 'abcdef', [{ start: 0, end: 3, reason: 'p' }, { start: 2, end: 5, reason: 'q' }], [], `${REDACTED}f`, [{ start: 0, end: 10, reason: 'p; q' }]],
    ['text that already says [redacted]', `${REDACTED} me`, [{ start: 11, end: 13, reason: 'r' }], [], `${REDACTED} ${REDACTED}`, [{ start: 11, end: 21, reason: 'r' }]],
    ['hostile markup stays text', '<img src=x onerror=alert(1)> hi', [{ start: 0, end: 28, reason: 'r' }], [], `${REDACTED} hi`, [{ start: 0, end: 10, reason: 'r' }]],
    ['nothing to hide', 'plain', [], [{ value: 'absent', reason: 'r' }], 'plain', []],
  ])('%s', (_, text, spans, secrets, copy, redactions) => {
    const result = applyRedactions(text, rangesToHide(text, spans, secrets));
    expect(result.text).toBe(copy);
    expect(result.redactions).toEqual(redactions);
    for (const r of result.redactions) expect(result.text.slice(r.start, r.end)).toBe(REDACTED);
  });

  it('merges touching places into one', () => {
    expect(mergeRanges([{ start: 3, end: 5, reason: 'a' }, { start: 0, end: 3, reason: 'a' }])).toEqual([{ start: 0, end: 5, reason: 'a' }]);
  });
});

describe('spanWords: a span stays anchored to the text it was made on', () => {
  const v1 = { text: 'old 555-0000 text', seenAt: '2026-03-01T00:00:00Z', captureId: 'c1' };
  const message = { text: 'new text', versions: [v1] };
  const span = (textSha256: string, start: number, end: number, inVersion?: boolean) => ({ start, end, reason: 'r', textSha256, at: 'x', ...(inVersion ? { inVersion } : {}) });
  it.each([
    ['a span on the current text', span(sha256Hex('new text'), 0, 3), 'new'],
    ['a span made on a version', span(sha256Hex(v1.text), 4, 12, true), '555-0000'],
    ['a span made on the text before it was edited (now a version): stale', span(sha256Hex(v1.text), 4, 12), null],
    ['a span on a text the message never had: stale', span(sha256Hex('other'), 0, 3), null],
    ['a version span whose version is gone: stale', span(sha256Hex('gone'), 0, 3, true), null],
  ])('%s', (_, s, words) => {
    expect(spanWords(message, s)).toBe(words);
  });
});

describe('suggestRedactions', () => {
  it.each([
    ['an email address', 'write to dana.w+work@mail.example.co.uk.', [['email', 'dana.w+work@mail.example.co.uk']]],
    ['a US phone number', 'Call me on (555) 123-4567 tomorrow', [['phone', '(555) 123-4567']]],
    ['an international number', 'WhatsApp +44 20 7946 0958, thanks', [['phone', '+44 20 7946 0958']]],
    ['a phone number written as digits only', 'my cell 5551234567', [['phone', '5551234567']]],
    ['a contract id is not a phone number', 'contract 38123456 is active', []],
    ['a date is not a phone number', 'due 2026-03-18 and 03/18/2026', []],
    ['money is not a phone number', 'budget $2,400.00 and 600.00', []],
    ['a personal link', 'see https://www.linkedin.com/in/dana-whitfield/. ok', [['link', 'https://www.linkedin.com/in/dana-whitfield/']]],
    ['a profile without https', 'on github.com/danaw too', [['link', 'github.com/danaw']]],
    ['Upwork links are the platform, not a person', 'https://www.upwork.com/ab/messages/rooms/room_1', []],
    ['an email inside a link counts once', 'https://example.com/?to=a@b.example', [['link', 'https://example.com/?to=a@b.example']]],
    ['plain words', 'Milestone 2 is late by 3 days', []],
  ])('%s', (_, text, expected) => {
    const found = suggestRedactions(text);
    expect(found.map((s) => [s.kind, s.value])).toEqual(expected);
    for (const s of found) expect(text.slice(s.start, s.end)).toBe(s.value);
  });

  it('finishes on hostile input built to make patterns backtrack', () => {
    const hostile = `${'a.'.repeat(20_000)}@${'1-'.repeat(20_000)} ${'http://'.repeat(2000)}`;
    expect(() => suggestRedactions(hostile)).not.toThrow();
  });
});
