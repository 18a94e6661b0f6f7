// The deadlines as the dashboard shows them: the user's zone and UTC, what each rests on, its
// Upwork help link, Upwork's terms deciding, and a deadline within 48 hours or past standing out.
import { describe, expect, it } from 'vitest';
import { caseDeadlines } from '../../../src/shared/deadlines';
import { CaseDeadlines } from '../../../src/ui/components/cases/case-deadlines';
import { mount, unmount } from './ui-fixtures';

describe('case deadlines in the dashboard', () => {
  it('flags the one within 48 hours and the past one in words, with zone, UTC, basis and link', async () => {
    const report = caseDeadlines({
      contracts: [{ id: '1', type: 'fixed', startDate: '2026-03-01' }], stage: 'ticket-filed', stageHistory: [],
      dates: { contractEnded: '2026-03-25T15:00:00Z', workSubmitted: '2026-03-01T12:00:00Z' }, now: new Date('2026-03-31T00:00:00Z'),
    });
    const root = await mount(<CaseDeadlines report={report} timeZone="America/New_York" />);
    const items = [...root.querySelectorAll('li.deadline')];
    const dispute = items.find((li) => li.textContent?.includes('File a dispute'))!;
    expect(dispute.className).toContain('deadline--soon');
    expect(dispute.querySelector('.deadline-flag')?.textContent).toBe('Within 48 hours: ');
    expect(dispute.textContent).toContain('Wed, Apr 1, 2026, 11:00 EDT (America/New_York) · Wed, Apr 1, 15:00 UTC');
    expect(dispute.querySelector('a')?.getAttribute('href')).toBe('https://support.upwork.com/hc/en-us/articles/211068528');
    const release = items.find((li) => li.textContent?.includes('releases unless'))!;
    expect(release.querySelector('.deadline-flag')?.textContent).toBe('Past: ');
    const reply = items.find((li) => li.textContent?.includes("client's reply"))!;
    expect(reply.textContent).toContain('Enter the date the dispute was filed.');
    expect(root.textContent).toContain("Upwork's current terms decide");
    await unmount(root);
  });
});
