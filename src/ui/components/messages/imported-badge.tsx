// "Imported": a record that came from a bundle rather than from a capture on this device, with
// the bundle and the key that signed it on hover and for screen readers.
import { fingerprintGroups } from '../../../shared/signing-key';
import type { ImportedFrom } from '../../../shared/model';
import { t } from '../translate';

export function ImportedBadge({ from }: { from: ImportedFrom }) {
  const about = from.signedBy
    ? t('imported_from_signed', 'Imported from $1, signed by key $2', from.bundle, fingerprintGroups(from.signedBy))
    : t('imported_from_unsigned', 'Imported from $1, not signed', from.bundle);
  return (
    <span class="badge badge--imported" title={about} aria-label={about}>
      {t('imported_badge', 'Imported')}
    </span>
  );
}
