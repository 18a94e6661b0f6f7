// One export: read what the filter shows, build the bundle files, sign them with the install's
// key, zip them, save the zip under the bundle's own name from datapackage.json (evidence-bundle.md).
import { buildBundle, exhibitCards, installSigner, signBundleFiles, zipBundle } from '../../export';
import { drawExhibitCards } from './draw-exhibit-cards';
import type { EvidenceFilter, Software } from '../../shared/model';
import { gatherEvidence, recordExport, signingKeyStore, type EvidenceDb } from '../../storage';
import type { SaveFile } from './download-file';
import { addTrustedTime, NO_TRUSTED_TIME, type TrustedTimeServices } from './trusted-time';
import { sha256HexAsync } from '../../shared/hash';
import { t } from '../components/translate';

export interface ExportResult {
  fileName: string;
  messages: number;
  /** The fingerprint of the key that signed the bundle. */
  signedBy: string;
  /** How trusted time went, for the status line; null when it is off. */
  trustedTime: string | null;
}

export async function exportEvidence(db: EvidenceDb, filter: EvidenceFilter, software: Software, save: SaveFile, trustedTime: TrustedTimeServices = NO_TRUSTED_TIME): Promise<ExportResult> {
  // The key first: when it has to be made, its custody event is in the log the export reads.
  const signer = await installSigner(signingKeyStore(db));
  const set = await gatherEvidence(db, filter, software);
  // A case's message exhibits go as PNG cards too, for the dispute form's file upload.
  const built = await buildBundle(set, { exhibitCards: await drawExhibitCards(exhibitCards(set)), signedBy: signer.fingerprint });
  const signed = await signBundleFiles(built, signer.keys, set.exportedAt, software);
  // A time stamp is over the signature, so it comes after signing; an authority that fails
  // leaves the bundle signed without a time, and the note says why.
  const { files, note } = await addTrustedTime(signed, trustedTime.askTimeStamp);
  const zip = await zipBundle(files);
  const fileName = `${bundleName(files)}.zip`;
  // The bundle holds the log as it was; its own `exported` line, naming it, is stored only now
  // that it exists, and shows in the exports that follow.
  await recordExport(db, set, { file: fileName, datapackageSha256: await sha256HexAsync(files.get('datapackage.json') as Uint8Array), zipSha256: await sha256HexAsync(zip) });
  save(zip, fileName);
  return { fileName, messages: set.messages.length, signedBy: signer.fingerprint, trustedTime: note };
}

function bundleName(files: ReadonlyMap<string, Uint8Array>): string {
  const manifest = files.get('datapackage.json');
  if (!manifest) throw new Error(t('export_no_manifest', 'the bundle has no datapackage.json.'));
  const { name } = JSON.parse(new TextDecoder().decode(manifest)) as { name?: unknown };
  if (typeof name !== 'string' || !name.trim()) throw new Error(t('export_manifest_unnamed', 'datapackage.json has no name.'));
  // The name is meant to be file-safe already; this only guards against path separators.
  return name.replace(/[\\/:*?"<>|]+/g, '-');
}
