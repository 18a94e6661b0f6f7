// Whole-history capture in a room whose scroller is an ordinary one (scrollTop 0 = oldest end).
// The scenario lives in tests/fixtures/lazy-room/whole-history-spec.ts, shared by both layouts.
import { wholeHistorySpec } from '../fixtures/lazy-room/whole-history-spec';

wholeHistorySpec('ordinary');
