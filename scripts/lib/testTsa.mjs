// A local RFC 3161 time-stamping authority for tests and the bench: `openssl ts -reply` behind a
// tiny HTTP server on 127.0.0.1, signing with a test CA this module generates with openssl. It
// counts the requests it gets, so a test can prove that none arrive while timestamps are off.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

const TSA_CONFIG = (dir) => `
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = ${dir}
serial = $dir/serial
signer_cert = $dir/tsa.pem
certs = $dir/ca.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = no
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
`;

/** Makes a test root CA and a TSA certificate (extendedKeyUsage critical timeStamping) signed by it. */
async function makeTestCa(dir) {
  const openssl = (...args) => run('openssl', args, { cwd: dir });
  await openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '30',
    '-subj',
    '/CN=Proofpack Test Root CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  );
  await openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'tsa.key',
    '-out',
    'tsa.csr',
    '-subj',
    '/CN=Proofpack Test TSA',
  );
  await writeFile(join(dir, 'tsa.ext'), 'extendedKeyUsage=critical,timeStamping\nbasicConstraints=CA:FALSE\n');
  await openssl(
    'x509',
    '-req',
    '-in',
    'tsa.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'tsa.pem',
    '-days',
    '30',
    '-extfile',
    'tsa.ext',
  );
  await writeFile(join(dir, 'serial'), '01\n');
  await writeFile(join(dir, 'tsa.cnf'), TSA_CONFIG(dir));
}

/**
 * Starts the authority. `setAvailable(false)` makes it answer 503, like an authority that is down.
 * @returns {Promise<{ url: string, caFile: string, dir: string, requests: () => number,
 *   setAvailable: (up: boolean) => void, close: () => Promise<void> }>}
 */
export async function startTestTsa() {
  const dir = await mkdtemp(join(tmpdir(), 'proofpack-tsa-'));
  await makeTestCa(dir);
  let count = 0;
  let available = true;
  let sequence = 0;
  const server = createServer((req, res) => {
    count++;
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', async () => {
      if (!available) return void res.writeHead(503).end();
      if (req.method !== 'POST' || req.headers['content-type'] !== 'application/timestamp-query') {
        return void res.writeHead(415).end();
      }
      const n = ++sequence;
      const query = join(dir, `q${n}.tsq`);
      const reply = join(dir, `r${n}.tsr`);
      try {
        await writeFile(query, Buffer.concat(chunks));
        await run('openssl', ['ts', '-reply', '-config', join(dir, 'tsa.cnf'), '-queryfile', query, '-out', reply]);
        const body = await readFile(reply);
        res.writeHead(200, { 'content-type': 'application/timestamp-reply', 'content-length': body.length });
        res.end(body);
      } catch (error) {
        res.writeHead(500).end(String(error));
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/tsr`,
    caFile: join(dir, 'ca.pem'),
    dir,
    requests: () => count,
    setAvailable: (up) => {
      available = up;
    },
    close: async () => {
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
