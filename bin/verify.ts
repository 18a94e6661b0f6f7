// npm run verify -- <bundle.zip> [--trust-root authority-root.pem]: exit 0 with a line containing
// OK and the signing key's fingerprint for an intact, signed bundle, exit 1 naming each problem
// otherwise (NOT SIGNED too), and the trusted time's authority and UTC time when the bundle has
// one. Never a stack trace: the reader may not be a programmer. --trust-root trusts one more
// time-stamping root besides those shipped (FreeTSA, DigiCert), only when given explicitly.
import { readFile } from 'node:fs/promises';
import { verdictLines, verifyBundle } from '../src/export';

const USAGE = 'usage: npm run verify -- <bundle.zip> [--trust-root authority-root.pem]';

async function main(args: string[]): Promise<number> {
  const rest = args.filter((a) => a !== '--');
  const trustRoots: string[] = [];
  let path: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg !== '--trust-root') {
      path ??= arg;
      continue;
    }
    const file = rest[++i];
    if (!file) {
      console.error(USAGE);
      return 1;
    }
    try {
      trustRoots.push(await readFile(file, 'utf8'));
    } catch (error) {
      console.log(`FAILED: cannot read the root ${file}: ${readError(error)}`);
      return 1;
    }
  }
  if (!path) {
    console.error(USAGE);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    console.log(`FAILED: cannot read ${path}: ${readError(error)}`);
    return 1;
  }
  const result = await verifyBundle(bytes, { trustRoots });
  for (const line of verdictLines(result, path)) console.log(line);
  return result.ok ? 0 : 1;
}

function readError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a .zip file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message.split('\n')[0] ?? 'unreadable' : 'unreadable';
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Whatever went wrong, one line: a stack trace would read as "the bundle is broken" to a mediator.
    console.log(`FAILED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  },
);
