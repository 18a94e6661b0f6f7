// Which stored record the tab in front of the user is about, from its URL alone (page-kinds
// classifies it), so the popup can say what is kept of it without asking the page.
import { contractIdFromUrl, roomIdFromUrl } from '../../shared/page-kinds';
import { contractTermsId } from '../../shared/terms/terms-identity';

export type TabPage = { conversationId: string } | { termsId: string };

export function tabPage(url: string | null): TabPage | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const room = roomIdFromUrl(parsed);
  if (room) return { conversationId: room };
  // A workroom's or contract's terms are stored as `contract:<id>` (StoredTerms.id).
  const contract = contractIdFromUrl(parsed);
  return contract ? { termsId: contractTermsId(contract) } : null;
}
