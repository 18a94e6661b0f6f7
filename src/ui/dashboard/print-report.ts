// `Print report`: the report of what the current filter shows (a case, usually), opened in its
// own tab and handed to the browser's print dialog, where "Save as PDF" is one choice. It is
// built exactly as an export builds it, but nothing is saved or logged: printing is not an export.
import type { EvidenceFilter, Software } from '../../shared/model';
import { gatherEvidence, type EvidenceDb } from '../../storage';

export async function printReport(db: EvidenceDb, filter: EvidenceFilter, software: Software): Promise<void> {
  // The report builder loads on the first print, not with the dashboard.
  const [{ buildReportHtml }, set] = await Promise.all([import('../../export'), gatherEvidence(db, filter, software)]);
  const html = buildReportHtml(set);
  const url = URL.createObjectURL(new Blob([html as BlobPart], { type: 'text/html' }));
  const tab = window.open(url, '_blank');
  if (!tab) throw new Error('the browser blocked the report tab; allow pop-ups for Evidence Locker and try again.');
  // The report runs no script of its own (its CSP forbids it); the dashboard, same origin, asks it to print.
  tab.addEventListener('load', () => {
    tab.print();
    URL.revokeObjectURL(url);
  }, { once: true });
}
