// One export: read what the filter shows, build the bundle files, zip them, save the zip
// under the bundle's own name from datapackage.json (evidence-bundle.md).
import { buildBundle, exhibitCards, zipBundle } from '../../export';
import { drawExhibitCards } from './draw-exhibit-cards';
import type { EvidenceFilter, Software } from '../../shared/model';
import { gatherEvidence, recordExport, type EvidenceDb } from '../../storage';
import type { SaveFile } from './download-file';
import { sha256HexAsync } from '../../shared/hash';

export interface ExportResult {
  fileName: string;
  messages: number;
}

export async function exportEvidence(db: EvidenceDb, filter: EvidenceFilter, software: Software, save: SaveFile): Promise<ExportResult> {
  const set = await gatherEvidence(db, filter, software);
  // A case's message exhibits go as PNG cards too, for the dispute form's file upload.
  const files = await buildBundle(set, { exhibitCards: await drawExhibitCards(exhibitCards(set)) });
  const zip = await zipBundle(files);
  const fileName = `${bundleName(files)}.zip`;
  // The bundle holds the log as it was; its own `exported` line, naming it, is stored only now
  // that it exists, and shows in the exports that follow.
  await recordExport(db, set, { file: fileName, datapackageSha256: await sha256HexAsync(files.get('datapackage.json') as Uint8Array), zipSha256: await sha256HexAsync(zip) });
  save(zip, fileName);
  return { fileName, messages: set.messages.length };
}

function bundleName(files: ReadonlyMap<string, Uint8Array>): string {
  const manifest = files.get('datapackage.json');
  if (!manifest) throw new Error('the bundle has no datapackage.json.');
  const { name } = JSON.parse(new TextDecoder().decode(manifest)) as { name?: unknown };
  if (typeof name !== 'string' || !name.trim()) throw new Error('datapackage.json has no name.');
  // The name is meant to be file-safe already; this only guards against path separators.
  return name.replace(/[\\/:*?"<>|]+/g, '-');
}
