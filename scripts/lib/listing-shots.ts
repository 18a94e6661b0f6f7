// The store screenshots npm run listing makes (scripts/listing.ts), in the order the stores show
// them: each one view of the demo flow, at the size both stores accept (1280×800).

export const SHOT_SIZE = { width: 1280, height: 800 } as const;

export type ListingView = 'popup-on-room' | 'dashboard-room' | 'case-view' | 'report' | 'verify-page';

export interface ListingShot {
  file: string;
  view: ListingView;
  /** The caption the listing gives the picture. */
  caption: string;
}

export const LISTING_SHOTS: readonly ListingShot[] = [
  { file: '1-popup-on-room.png', view: 'popup-on-room', caption: 'Capture a conversation from the page or the toolbar: the popup knows the room in front of you.' },
  { file: '2-dashboard-room.png', view: 'dashboard-room', caption: 'Review every message with its exact time, tag it by dispute type, mark key evidence.' },
  { file: '3-case-view.png', view: 'case-view', caption: 'Build a dispute case from rooms and contracts, with numbered exhibits and deadlines.' },
  { file: '4-report.png', view: 'report', caption: 'Export a signed bundle with a readable report for a dispute ticket or a mediator.' },
  { file: '5-verify-page.png', view: 'verify-page', caption: 'Anyone can check the bundle: every file, the chain of custody and the signature.' },
];
