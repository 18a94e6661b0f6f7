// Which stored captures came from an imported bundle, so the dashboard can mark the records they
// brought: an imported capture must never look like the user's own.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ImportedFrom, StoredMessage } from '../../shared/model';
import { importedCaptures, type EvidenceDb } from '../../storage';
import { useLiveQuery } from './use-live-query';

export function useImportedCaptures(db: EvidenceDb): ReadonlyMap<string, ImportedFrom> {
  return useLiveQuery(() => importedCaptures(db), [db]) ?? NONE;
}

const NONE: ReadonlyMap<string, ImportedFrom> = new Map();

export const ImportedCapturesContext = createContext<ReadonlyMap<string, ImportedFrom>>(NONE);

/** The bundle a message came from: that of its first capture, when that capture was imported. */
export function useMessageImport(message: StoredMessage): ImportedFrom | undefined {
  const imported = useContext(ImportedCapturesContext);
  const first = message.captureIds[0];
  return first === undefined ? undefined : imported.get(first);
}
