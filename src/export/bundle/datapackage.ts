// datapackage.json: a Frictionless Data Package manifest (as WACZ uses) listing every other file
// of the bundle with its SHA-256 and size. It is what verification checks everything against.
import type { IsoUtc, Software } from '../../shared/model';
import { sha256Hex } from '../../shared/bytes/hash';
import { mediaTypeOf } from './media-type';

export interface DatapackageResource {
  name: string;
  path: string;
  /** "sha256:<64 lowercase hex>" */
  hash: string;
  bytes: number;
  mediatype: string;
}

export interface Datapackage {
  profile: 'data-package';
  name: string;
  title: string;
  created: IsoUtc;
  software: Software;
  formatVersion: 2;
  resources: DatapackageResource[];
}

export interface DatapackageInput {
  name: string;
  title: string;
  created: IsoUtc;
  software: Software;
  /** Every file except datapackage.json itself, in the order they should be listed. */
  files: ReadonlyMap<string, Uint8Array>;
  /** Media types recorded at capture, by path. */
  mediaTypes: ReadonlyMap<string, string>;
  /** SHA-256 hex by path where already computed (WebCrypto, see buildBundle); the rest are hashed here. */
  hashes?: ReadonlyMap<string, string>;
}

export function datapackage(input: DatapackageInput): Datapackage {
  const used = new Set<string>();
  const resources = [...input.files].map(([path, bytes]) => ({
    name: uniqueName(resourceName(path), used),
    path,
    hash: `sha256:${input.hashes?.get(path) ?? sha256Hex(bytes)}`,
    bytes: bytes.length,
    mediatype: mediaTypeOf(path, input.mediaTypes.get(path)),
  }));
  return {
    profile: 'data-package',
    name: input.name,
    title: input.title,
    created: input.created,
    software: { name: input.software.name, version: input.software.version },
    formatVersion: 2,
    resources,
  };
}

const FIXED_NAMES: Record<string, string> = {
  'evidence.json': 'evidence',
  'evidence.schema.json': 'evidence-schema',
  'report.html': 'report-html',
  'report.md': 'report-md',
  'messages.csv': 'messages',
  'custody.jsonl': 'custody',
  'verify.html': 'verify-page',
};

/** Frictionless resource names are lowercase [a-z0-9._/-]; paths mostly already are. */
function resourceName(path: string): string {
  return FIXED_NAMES[path] ?? path.toLowerCase().replace(/[^a-z0-9._/-]+/g, '-');
}

function uniqueName(name: string, used: Set<string>): string {
  let candidate = name;
  for (let n = 2; used.has(candidate); n++) candidate = `${name}-${n}`;
  used.add(candidate);
  return candidate;
}
