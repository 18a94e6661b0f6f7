// The bundle's name and title, as datapackage.json and the reports show them. The name follows
// the Frictionless rule (lowercase letters, digits, "-") so any Data Package tool accepts it.
import type { ExportView } from './export-view';

export interface BundleIdentity {
  /** upwork-evidence-<yyyy-mm-dd>-<slug of the first conversation's title> */
  name: string;
  /** "Evidence: Shopify store migration (Dana Whitfield)" */
  title: string;
  /** Fingerprint (SHA-256 hex of the SPKI) of the key that will sign the bundle; null when it is not signed. */
  signedBy: string | null;
  /** SHA-256 hex of this bundle's evidence.json: the reports are built before the manifest, so they name this hash. */
  evidenceSha256?: string;
}

export function bundleIdentity(view: ExportView, signedBy: string | null = null): BundleIdentity {
  const first = view.conversations[0];
  const day = view.set.exportedAt.slice(0, 10);
  if (view.theCase) return { name: `upwork-evidence-${day}-case-${slug(view.theCase.name) || 'case'}`, title: `Evidence: case ${view.theCase.name}`, signedBy };
  const name = `upwork-evidence-${day}-${slug(first?.title ?? '') || 'evidence'}`;
  const more = view.conversations.length - 1;
  const about = first ? (first.subtitle ? `${first.subtitle} (${first.title})` : first.title) : view.set.scope.description;
  const title = `Evidence: ${about}${more > 0 ? ` and ${more} more conversation${more > 1 ? 's' : ''}` : ''}`;
  return { name, title, signedBy };
}

/** "Dana Whitfield" → "dana-whitfield"; accents folded, anything else dropped, at most 60 characters. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}
