// The add-on's scripts outside Docker, as the Supervisor runs them: brewpit-run starts the hub
// with a backup secret of its own, brewpit-backup (the backup_pre/backup_post hooks) and
// brewpit-ctl health (the Docker HEALTHCHECK) reach it over plain HTTP on loopback, with
// ssl off and on. The hub is the built one (`npx tsc -b`), loaded through a stand-in for the
// bundle, so the scripts are tested against the current sources.
import { expect } from 'chai';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(root, 'addon/rootfs/usr/bin');
const HUB_MAIN = path.join(root, 'addon/dist/main.js');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.once('error', reject);
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Add-on scripts: brewpit-run, brewpit-backup, brewpit-ctl', function () {
  this.timeout(60_000);
  let dir: string;
  let hub: ChildProcess | undefined;
  let log = '';
  let env: NodeJS.ProcessEnv;

  before(function () {
    if (!existsSync(HUB_MAIN)) {
      if (process.env.CI === 'true') throw new Error('build first: npx tsc -b');
      this.skip();
    }
  });

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-addon-scripts-'));
    const app = path.join(dir, 'app');
    mkdirSync(app);
    // Stands in for the bundle brewpit-run starts (`$APP_DIR/hub.js`).
    writeFileSync(path.join(app, 'hub.js'), `import ${JSON.stringify(HUB_MAIN)};\n`);
    const clean: NodeJS.ProcessEnv = { ...process.env };
    for (const k of Object.keys(clean))
      if (/^(HA_|BREWPIT_|SUPERVISOR_|HASSIO|PORT$|HOST$)/.test(k)) delete clean[k];
    env = {
      ...clean,
      BREWPIT_DATA_DIR: path.join(dir, 'data'),
      BREWPIT_APP_DIR: app,
      BREWPIT_RUN_DIR: path.join(dir, 'run'),
      BREWPIT_SSL_DIR: path.join(dir, 'ssl'),
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      BREWPIT_PLAIN_PORT: String(await freePort()),
    };
    mkdirSync(env.BREWPIT_DATA_DIR!);
    log = '';
  });

  afterEach(async () => {
    if (hub && hub.exitCode === null) {
      const gone = new Promise((r) => hub!.once('exit', r));
      hub.kill('SIGTERM');
      await gone;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  function options(o: Record<string, unknown>): void {
    writeFileSync(path.join(env.BREWPIT_DATA_DIR!, 'options.json'), JSON.stringify(o));
  }

  const ctl = (script: string, ...args: string[]) =>
    spawnSync(path.join(BIN, script), args, { env, encoding: 'utf8' });

  async function start(): Promise<void> {
    hub = spawn(path.join(BIN, 'brewpit-run'), [], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    hub.stdout!.on('data', (d: Buffer) => (log += d.toString()));
    hub.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    for (let i = 0; i < 200; i++) {
      if (hub.exitCode !== null) throw new Error(`brewpit-run exited: ${log}`);
      if (ctl('brewpit-ctl', 'health').status === 0) return;
      await sleep(50);
    }
    throw new Error(`the hub never became healthy: ${log}`);
  }

  it('plain HTTP: the backup hooks work with the secret brewpit-run generated, and only with it', async () => {
    options({ log_level: 'info', retention_days: 0, ssl: false });
    await start();
    const secret = readFileSync(path.join(env.BREWPIT_RUN_DIR!, 'backup_secret'), 'utf8').trim();
    expect(secret).to.match(/^[0-9a-f]{48}$/);
    const pre = ctl('brewpit-backup', 'pre');
    expect(pre.status, pre.stderr).to.equal(0);
    const post = ctl('brewpit-backup', 'post');
    expect(post.status, post.stderr).to.equal(0);
    writeFileSync(path.join(env.BREWPIT_RUN_DIR!, 'backup_secret'), 'not-the-secret-at-all\n');
    const wrong = ctl('brewpit-backup', 'pre');
    expect(wrong.status).to.equal(1);
    expect(wrong.stderr).to.include('HTTP 403');
    expect(log).to.not.include(secret);
  });

  it('HTTPS: serves the main port with the certificate from the ssl folder, the hooks on the plain port', async function () {
    const ssl = env.BREWPIT_SSL_DIR!;
    mkdirSync(ssl);
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        path.join(ssl, 'privkey.pem'),
        '-out',
        path.join(ssl, 'fullchain.pem'),
      ],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) {
      if (process.env.CI === 'true') throw new Error(`openssl failed: ${made.stderr}`);
      this.skip();
    }
    options({ ssl: true, certfile: 'fullchain.pem', keyfile: 'privkey.pem' });
    await start();
    // The main port speaks TLS with that certificate (openssl checks the chain it is given).
    const probe = spawnSync(
      'openssl',
      [
        's_client',
        '-connect',
        `127.0.0.1:${env.PORT}`,
        '-CAfile',
        path.join(ssl, 'fullchain.pem'),
        '-verify_return_error',
        '-servername',
        'localhost',
      ],
      { input: '', encoding: 'utf8', timeout: 10_000 },
    );
    expect(probe.stdout).to.include('Verify return code: 0 (ok)');
    // Plain HTTP on the main port gets no answer a client could take for the API.
    const plainOnMain = await fetch(`http://127.0.0.1:${env.PORT}/api/v1/health`).then(
      (r) => r.status,
      () => 'refused',
    );
    expect(plainOnMain).to.not.equal(200);
    expect(ctl('brewpit-ctl', 'health').status).to.equal(0);
    const pre = ctl('brewpit-backup', 'pre');
    expect(pre.status, pre.stderr).to.equal(0);
    expect(ctl('brewpit-backup', 'post').status).to.equal(0);
  });
});
