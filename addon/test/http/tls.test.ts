import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import sinon from 'sinon';
import { startTestHub, type TestHub } from '../helpers.js';

/** A self-signed certificate for localhost into `dir` (openssl, as an admin would make one). */
function makeCert(dir: string): boolean {
  const r = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-keyout',
      path.join(dir, 'privkey.pem'),
      '-out',
      path.join(dir, 'fullchain.pem'),
    ],
    { encoding: 'utf8' },
  );
  return r.status === 0;
}

/** The fingerprint of the certificate the hub presents. */
function presented(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const s = tls.connect(
      { host: hostname, port: Number(port), servername: 'localhost', rejectUnauthorized: false },
      () => {
        resolve(s.getPeerCertificate().fingerprint256);
        s.destroy();
      },
    );
    s.on('error', reject);
  });
}

describe('HTTPS', () => {
  let t: TestHub | undefined;
  let dir: string;
  let clock: sinon.SinonFakeTimers | undefined;

  beforeEach(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-tls-'));
    if (!makeCert(dir)) {
      if (process.env.CI === 'true')
        throw new Error('openssl is needed to make a test certificate');
      this.skip();
    }
  });
  afterEach(async () => {
    clock?.restore();
    await t?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the API over HTTPS with the certificate from the settings, and plain HTTP beside it', async () => {
    t = await startTestHub({ BREWPIT_SSL: '1', BREWPIT_SSL_DIR: dir, BREWPIT_PLAIN_PORT: '0' });
    expect(t.url).to.match(/^https:\/\//);
    const fingerprint = await presented(t.url);
    const made = spawnSync(
      'openssl',
      ['x509', '-in', path.join(dir, 'fullchain.pem'), '-noout', '-fingerprint', '-sha256'],
      { encoding: 'utf8' },
    );
    expect(made.stdout.trim().split('=')[1]).to.equal(fingerprint);
    const servers = (t.hub as unknown as { servers: import('node:net').Server[] }).servers;
    expect(servers).to.have.length(2);
    const plainPort = (servers[1]!.address() as { port: number }).port;
    const health = await fetch(`http://127.0.0.1:${plainPort}/api/v1/health`);
    expect(health.status).to.equal(200);
  });

  it('picks up a renewed certificate within the hour, without a restart', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    t = await startTestHub({ BREWPIT_SSL: '1', BREWPIT_SSL_DIR: dir });
    const before = await presented(t.url);
    // Renewal: new files in place, a second later (mtime resolution).
    await new Promise((r) => setTimeout(r, 1100));
    expect(makeCert(dir)).to.equal(true);
    await clock.tickAsync(60 * 60_000);
    const after = await presented(t.url);
    expect(after).to.not.equal(before);
  });

  it('refuses to start with a missing certificate, naming the file', async () => {
    let err: unknown;
    try {
      t = await startTestHub({
        BREWPIT_SSL: '1',
        BREWPIT_SSL_DIR: dir,
        BREWPIT_CERTFILE: 'missing.pem',
      });
    } catch (e) {
      err = e;
    }
    expect(String(err)).to.include(path.join(dir, 'missing.pem'));
  });
});
