// Whole-history capture in a room whose scroller is a reversed flex column (scrollTop 0 = newest end, negative toward older).
// The scenario lives in tests/fixtures/lazy-room/whole-history-spec.ts, shared by both layouts.
import { wholeHistorySpec } from '../fixtures/lazy-room/whole-history-spec';

wholeHistorySpec('column-reverse');
