// "Imported": a record that came from a bundle rather than from a capture on this device, with
// the bundle and the key that signed it on hover and for screen readers.
import { fingerprintGroups } from '../../shared/signing-key';
import type { ImportedFrom } from '../../shared/model';

export function ImportedBadge({ from }: { from: ImportedFrom }) {
  const signer = from.signedBy ? `signed by key ${fingerprintGroups(from.signedBy)}` : 'not signed';
  const about = `Imported from ${from.bundle}, ${signer}`;
  return (
    <span class="badge badge--imported" title={about} aria-label={about}>
      Imported
    </span>
  );
}
