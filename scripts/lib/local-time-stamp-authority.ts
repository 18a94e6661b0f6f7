// A real RFC 3161 time-stamping authority on 127.0.0.1 for tests and benchmarks: a throwaway CA
// and TSA certificate made with openssl in a temp folder, and a small HTTP server that answers
// each POSTed query with `openssl ts -reply` (design: testing.md). Never shipped; its CA is
// trusted only where a caller passes `caPem` explicitly.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** How the authority answers: properly, or one of the ways a real one can fail. */
export type AuthorityMode = 'reply' | 'error' | 'garbage' | 'silent';

export interface LocalAuthority {
  url: string;
  /** The throwaway CA's certificate, PEM: trusted only when passed explicitly. */
  caPem: string;
  mode: AuthorityMode;
  /** POSTs answered so far. */
  readonly requests: number;
  close(): Promise<void>;
}

const CONFIG = `
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = .
serial = ./serial
signer_cert = ./tsa.crt
signer_key = ./tsa.key
certs = ./chain.pem
default_policy = 1.2.3.4.1
digests = sha256
signer_digest = sha256
ess_cert_id_alg = sha256
accuracy = secs:1
ordering = no
tsa_name = no
[ tsa_ext ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
[ ca_ext ]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
`;

/** Makes the CA and the TSA certificate; `name` becomes the TSA certificate's common name. */
async function makeAuthorityFiles(dir: string, name: string): Promise<void> {
  writeFileSync(path.join(dir, 'tsa.cnf'), CONFIG);
  writeFileSync(path.join(dir, 'serial'), '01\n');
  const openssl = (...args: string[]) => run('openssl', args, { cwd: dir });
  await openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca.key');
  await openssl('req', '-new', '-x509', '-key', 'ca.key', '-subj', '/O=Test Authority/CN=Test Time-Stamp Root', '-days', '30', '-config', 'tsa.cnf', '-extensions', 'ca_ext', '-out', 'ca.crt');
  await openssl('ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'tsa.key');
  await openssl('req', '-new', '-key', 'tsa.key', '-subj', `/O=Test Authority/CN=${name}`, '-out', 'tsa.csr');
  await openssl('x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-set_serial', '2', '-days', '30', '-extfile', 'tsa.cnf', '-extensions', 'tsa_ext', '-out', 'tsa.crt');
  writeFileSync(path.join(dir, 'chain.pem'), readFileSync(path.join(dir, 'ca.crt')));
}

export async function startLocalAuthority(options: { mode?: AuthorityMode; name?: string } = {}): Promise<LocalAuthority> {
  const dir = mkdtempSync(path.join(tmpdir(), 'local-tsa-'));
  await makeAuthorityFiles(dir, options.name ?? 'Test Time-Stamp Authority');
  let requests = 0;
  let next = 0;
  const authority = { mode: options.mode ?? 'reply' } as LocalAuthority & { mode: AuthorityMode };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests += 1;
      if (req.method !== 'POST') return void res.writeHead(405).end();
      if (authority.mode === 'silent') return; // never answers: the caller's timeout must end the wait
      if (authority.mode === 'error') return void res.writeHead(500, { 'Content-Type': 'text/plain' }).end('internal error');
      if (authority.mode === 'garbage') return void res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end('<html>not a reply</html>');
      const id = next++;
      const query = path.join(dir, `q${id}.tsq`);
      const reply = path.join(dir, `r${id}.tsr`);
      writeFileSync(query, Buffer.concat(chunks));
      run('openssl', ['ts', '-reply', '-config', 'tsa.cnf', '-queryfile', query, '-out', reply], { cwd: dir }).then(
        () => res.writeHead(200, { 'Content-Type': 'application/timestamp-reply' }).end(readFileSync(reply)),
        () => res.writeHead(400).end(),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // defineProperty, not Object.assign: assign would copy the counter's value once, not the getter.
  Object.defineProperty(authority, 'requests', { get: () => requests });
  return Object.assign(authority, {
    url: `http://127.0.0.1:${port}/tsr`,
    caPem: readFileSync(path.join(dir, 'ca.crt'), 'utf8'),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  });
}
