// The edge node's install script, run as a user would on a fresh Raspberry Pi OS bookworm: in a
// fresh Debian bookworm minimal root (debootstrap, cached outside the repository like
// scripts/ha/'s root; every run starts from a copy of it), with the edge node packed from this
// checkout by edge-node/deploy/bundle.sh (nothing comes from GitHub). Then: the CLI works, the
// starter config and the unit are right (systemd-analyze verify), the installed node pairs with
// a real hub and delivers readings, and --upgrade, --uninstall and --purge do what they say.
// Slow on the first run (debootstrap, downloads); later runs reuse cached .debs and npm cache.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { withLock } from '../../scripts/ha/lock.js';
import { REPO_ROOT } from '../../scripts/ha/paths.js';
import { isAlive, privateMounts, run, type RunResult } from '../../scripts/ha/proc.js';
import { requireHomeAssistant } from '../support/ha.js';
import { EDGE, HUB, HubProcess, printLogsIfFailed, requireBuilt } from '../support/processes.js';
import { waitFor } from '../support/wait.js';

const CACHE = path.resolve(
  process.env.BREWPIT_EDGE_ROOT_CACHE || path.join(os.homedir(), '.cache', 'brewpit-edge-install'),
);
const MIRROR = process.env.BREWPIT_DEBIAN_MIRROR || 'http://deb.debian.org/debian';
/** systemd is in every Raspberry Pi OS; debootstrap's minbase lacks it. */
const BASE_INCLUDE = 'systemd';
const BASE = path.join(CACHE, 'base');
const BASE_STAMP = path.join(CACHE, 'base.done');
const APT_CACHE = path.join(CACHE, 'apt-archives');
const NPM_CACHE = path.join(CACHE, 'npm');
const EDGE_VERSION = (
  JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'edge-node/package.json'), 'utf8')) as {
    version: string;
  }
).version;
const BUNDLE_IN_ROOT = `/srv/brewpit-edge-${EDGE_VERSION}`;
/** Where `pair` writes the device token: the service's state folder, not next to its config. */
const TOKEN = '/var/lib/brewpit-edge/edge-token';
/** Readable by user brewpit too (the node runs as it). */
const CA_IN_ROOT = '/usr/local/share/brewpit-test-ca.pem';

/** Mounts live in a private namespace, so they vanish with the command however it ends. */
const CHROOT_SCRIPT = [
  'set -e',
  'R="$1"; C="$2"; shift 2',
  'mount -t proc proc "$R/proc"',
  'mount --rbind /dev "$R/dev"',
  'mkdir -p "$R/var/cache/apt/archives" "$R/root/.npm"',
  'mount --bind "$C/apt-archives" "$R/var/cache/apt/archives"',
  'mount --bind "$C/npm" "$R/root/.npm"',
  'exec chroot "$R" "$@"',
].join('\n');

/** The cached fresh root; built once (about a minute), shared by every later run. */
async function ensureBase(): Promise<void> {
  fs.mkdirSync(CACHE, { recursive: true });
  const want = `bookworm minbase include=${BASE_INCLUDE}`;
  const done = (): boolean =>
    fs.existsSync(BASE_STAMP) && fs.readFileSync(BASE_STAMP, 'utf8').trim() === want;
  if (done()) return;
  await withLock(path.join(CACHE, 'base.lock'), async () => {
    if (done()) return;
    const partial = `${BASE}.partial`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.rmSync(BASE, { recursive: true, force: true });
    const started = Date.now();
    await run(
      privateMounts([
        '/usr/sbin/debootstrap',
        '--variant=minbase',
        `--include=${BASE_INCLUDE}`,
        'bookworm',
        partial,
        MIRROR,
      ]),
      { logFile: path.join(CACHE, 'debootstrap.log') },
    );
    fs.renameSync(partial, BASE);
    fs.writeFileSync(BASE_STAMP, `${want}\n`);
    console.log(`      debootstrap bookworm: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
}

/** Work roots of runs that died (their pid is gone) would otherwise pile up. */
function removeStaleWorkRoots(): void {
  for (const name of fs.readdirSync(CACHE)) {
    const m = /^work-(\d+)$/.exec(name);
    if (m && !isAlive(Number(m[1])))
      fs.rmSync(path.join(CACHE, name), { recursive: true, force: true });
  }
}

describe('edge install script in a fresh Debian bookworm root', function () {
  this.timeout(20 * 60_000);
  let root = '';
  let hub: HubProcess;
  let hubData = '';
  const log = path.join(CACHE, `install-${process.pid}.log`);
  const times: Record<string, number> = {};

  const inRoot = (
    cmd: string[],
    opts: { allowFail?: boolean; timeoutMs?: number } = {},
  ): Promise<RunResult> => {
    const env = [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'HOME=/root',
      'LANG=C.UTF-8',
      'TERM=dumb',
      // The sandbox re-signs TLS with its own CA; Node (npm) must trust the host's bundle.
      ...(process.env.NODE_EXTRA_CA_CERTS ? [`NODE_EXTRA_CA_CERTS=${CA_IN_ROOT}`] : []),
      ...(process.env.npm_config_registry
        ? [`npm_config_registry=${process.env.npm_config_registry}`]
        : []),
    ];
    return run(
      privateMounts([
        '/bin/sh',
        '-c',
        CHROOT_SCRIPT,
        'sh',
        root,
        CACHE,
        '/usr/bin/env',
        '-i',
        ...env,
        ...cmd,
      ]),
      {
        logFile: log,
        label: `(in ${root}) ${cmd.join(' ')}`,
        timeoutMs: opts.timeoutMs ?? 10 * 60_000,
        ...opts,
      },
    );
  };
  const rootFile = (p: string): string => path.join(root, p);
  const sha = (p: string): string =>
    createHash('sha256')
      .update(fs.readFileSync(rootFile(p)))
      .digest('hex');
  const timed = async <T>(what: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    try {
      return await fn();
    } finally {
      times[what] = (Date.now() - t0) / 1000;
    }
  };

  before(async function () {
    // The same needs as the Home Assistant root: root, debootstrap, mounts in a namespace.
    await requireHomeAssistant('the edge install test');
    requireBuilt([path.join(REPO_ROOT, 'protocol/dist/index.js'), EDGE, HUB]);
    await timed('base root', ensureBase);
    removeStaleWorkRoots();
    fs.mkdirSync(path.join(APT_CACHE, 'partial'), { recursive: true });
    fs.mkdirSync(NPM_CACHE, { recursive: true });
    root = path.join(CACHE, `work-${process.pid}`);
    fs.rmSync(root, { recursive: true, force: true });
    await timed('copy root', () => run(['cp', '-a', BASE, root]));
    fs.rmSync(rootFile('/etc/resolv.conf'), { force: true });
    fs.copyFileSync('/etc/resolv.conf', rootFile('/etc/resolv.conf'));
    if (process.env.NODE_EXTRA_CA_CERTS) {
      fs.copyFileSync(process.env.NODE_EXTRA_CA_CERTS, rootFile(CA_IN_ROOT));
      fs.chmodSync(rootFile(CA_IN_ROOT), 0o644);
    }
    // The edge node from THIS checkout, packed the way a release bundle is made.
    // As the README says: bundle.sh, copy the .tar.gz over, unpack it there.
    const bundles = fs.mkdtempSync(path.join(os.tmpdir(), 'brewpit-edge-bundle-'));
    try {
      const tgz = (await run([path.join(REPO_ROOT, 'edge-node/deploy/bundle.sh'), bundles])).output
        .trim()
        .split('\n')
        .pop()!; // the last line names the bundle (npm may warn before it)
      await run(['tar', '-C', rootFile('/srv'), '-xzf', tgz]);
    } finally {
      fs.rmSync(bundles, { recursive: true, force: true });
    }
    assert.ok(fs.existsSync(rootFile(`${BUNDLE_IN_ROOT}/brewpit-edge-${EDGE_VERSION}.tgz`)));

    // A real hub on the host's loopback, which the chroot shares.
    hubData = fs.mkdtempSync(path.join(os.tmpdir(), 'brewpit-edge-install-hub-'));
    hub = new HubProcess({ dir: hubData });
    await hub.start();
  });

  afterEach(function () {
    printLogsIfFailed(this, { 'hub log': hub?.log });
  });

  after(async function () {
    await hub?.stop();
    if (hubData) fs.rmSync(hubData, { recursive: true, force: true });
    if (Object.keys(times).length)
      console.log(
        `      timings (s): ${Object.entries(times)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', ')}; log ${log}`,
      );
    // The namespace's mounts are gone with its processes; never delete through a live mount.
    if (root && !fs.readFileSync('/proc/self/mounts', 'utf8').includes(` ${root}/`)) {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('installs: Node.js, build tools, the edge node, user, starter config and unit', async () => {
    const res = await timed('install', () =>
      inRoot(['bash', `${BUNDLE_IN_ROOT}/install.sh`, '--hub', `http://127.0.0.1:${hub.port}`], {
        allowFail: true,
      }),
    );
    assert.equal(res.code, 0, res.output.split('\n').slice(-40).join('\n'));
    // No systemd as PID 1 in a chroot: the script says so and does not try to start anything.
    assert.match(res.output, /systemd is not running here/);
    assert.match(res.output, /sudo brewpit-edge pair <hub-url> <code>/);
    assert.match(res.output, /node-linux-\w+@[\d.]+: SHA-512 verified/);
  });

  it('leaves the pinned Node.js (from the npm registry) and removes the Debian bootstrap', async () => {
    const v = await inRoot(['node', '-p', 'process.versions.node']);
    const pinned = /^NODE_VERSION=(\S+)$/m.exec(
      fs.readFileSync(path.join(REPO_ROOT, 'edge-node/deploy/install.sh'), 'utf8'),
    )?.[1];
    assert.equal(v.output.trim(), pinned, 'exactly the version install.sh pins');
    assert.equal(
      (await inRoot(['readlink', '-f', '/usr/local/bin/node'])).output
        .trim()
        .includes('node-linux-'),
      true,
    );
    const dpkg = await inRoot(['dpkg-query', '-W', '-f=${Status}', 'nodejs', 'npm'], {
      allowFail: true,
    });
    assert.doesNotMatch(dpkg.output, /install ok installed/);
  });

  it('brewpit-edge --help and --version work', async () => {
    const help = await inRoot(['brewpit-edge', '--help']);
    for (const cmd of ['run', 'pair', 'status', 'scan'])
      assert.match(help.output, new RegExp(`\\b${cmd}\\b`));
    assert.equal((await inRoot(['brewpit-edge', '--version'])).output.trim(), EDGE_VERSION);
    // The wrapper runs the bundled CLI, whose first line carries the node's V8 flags.
    assert.match(
      fs.readFileSync(rootFile('/usr/local/bin/brewpit-edge'), 'utf8'),
      /dist\/brewpit-edge\.mjs/,
    );
  });

  it('brewpit-edge scan prints a starter config and says politely that there is no I²C bus', async () => {
    // stdout is the config (to a file); stderr is for the person running it.
    const res = await inRoot([
      'sh',
      '-c',
      'brewpit-edge scan --hub http://hub.example:8488 > /tmp/scan.yaml',
    ]);
    const yaml = fs.readFileSync(rootFile('/tmp/scan.yaml'), 'utf8');
    const doc = parse(yaml) as Record<string, any>;
    assert.equal(doc.hub.url, 'http://hub.example:8488');
    assert.ok(doc.sensors.some((s: { platform: string }) => s.platform === 'simulated'));
    assert.match(
      `${res.output}\n${yaml}`,
      /no I²C bus/i,
      'scan must say that it found no I²C bus (and how to turn one on)',
    );
    assert.doesNotMatch(res.output, /error|exception|ENOENT/i, res.output);
  });

  it('writes the starter config with system paths, readable only by the service', async () => {
    const conf = parse(fs.readFileSync(rootFile('/etc/brewpit/edge.yaml'), 'utf8')) as Record<
      string,
      any
    >;
    assert.equal(conf.hub.url, `http://127.0.0.1:${hub.port}`);
    assert.equal(conf.hub.token_file, TOKEN);
    assert.equal(conf.outbox.path, '/var/lib/brewpit-edge/outbox.db');
    const st = fs.statSync(rootFile('/etc/brewpit/edge.yaml'));
    assert.equal(st.mode & 0o777, 0o640);
    assert.equal(
      (await inRoot(['stat', '-c', '%U:%G', '/etc/brewpit/edge.yaml'])).output.trim(),
      'root:brewpit',
    );
    // The service user reads its config but can neither change it nor add files next to it.
    const asService = (cmd: string) =>
      inRoot(['setpriv', '--reuid=brewpit', '--regid=brewpit', '--init-groups', 'sh', '-c', cmd], {
        allowFail: true,
      });
    assert.equal((await asService('cat /etc/brewpit/edge.yaml >/dev/null')).code, 0);
    assert.notEqual((await asService('echo x >> /etc/brewpit/edge.yaml')).code, 0);
    assert.notEqual((await asService('touch /etc/brewpit/other')).code, 0);
    assert.match(
      (await inRoot(['id', '-nG', 'brewpit'])).output,
      /\bi2c\b.*\bgpio\b|\bgpio\b.*\bi2c\b/,
    );
  });

  it('installs a unit that systemd-analyze verify accepts, enabled for the next boot', async () => {
    assert.equal(
      fs.readFileSync(rootFile('/etc/systemd/system/brewpit-edge.service'), 'utf8'),
      fs.readFileSync(path.join(REPO_ROOT, 'edge-node/deploy/brewpit-edge.service'), 'utf8'),
    );
    const verify = await inRoot(
      ['systemd-analyze', 'verify', '/etc/systemd/system/brewpit-edge.service'],
      {
        allowFail: true,
      },
    );
    assert.equal(verify.code, 0, verify.output);
    assert.doesNotMatch(verify.output, /brewpit-edge\.service:/, verify.output);
    const enabled = await inRoot(['systemctl', '--root=/', 'is-enabled', 'brewpit-edge.service'], {
      allowFail: true,
    });
    assert.equal(enabled.output.trim(), 'enabled');
  });

  it('pairs with a real hub and delivers readings, run as the unit runs it', async () => {
    const code = await hub.pairingCode();
    const paired = await inRoot(['brewpit-edge', 'pair', `http://127.0.0.1:${hub.port}`, code]);
    assert.match(paired.output, /Paired as device/);
    assert.equal((await inRoot(['stat', '-c', '%U %a', TOKEN])).output.trim(), 'brewpit 600');
    const { device_id: deviceId } = JSON.parse(fs.readFileSync(rootFile(TOKEN), 'utf8')) as {
      device_id: string;
    };
    // As the unit runs it (User=brewpit, no login session: setpriv, not runuser), stopped with
    // SIGTERM (as systemctl stop does) once the test drops /tmp/stop-edge, at the
    // latest after 40 s; the shell exits with the node's status.
    const stopFile = rootFile('/tmp/stop-edge');
    fs.rmSync(stopFile, { force: true });
    const running = inRoot(
      [
        'timeout',
        '60',
        'sh',
        '-c',
        'setpriv --reuid=brewpit --regid=brewpit --init-groups /usr/local/bin/brewpit-edge run --config /etc/brewpit/edge.yaml & p=$!; ' +
          'i=0; while [ ! -e /tmp/stop-edge ] && [ $i -lt 400 ]; do sleep 0.1; i=$((i+1)); done; ' +
          'kill -TERM $p; wait $p',
      ],
      { allowFail: true, timeoutMs: 90_000 },
    );
    const delivered = await waitFor(
      'readings from the installed node in the hub',
      async () =>
        (await hub.json<{ device_id: string; last_value: number | null }[]>('/series')).some(
          (s) => s.device_id === deviceId && s.last_value !== null,
        ),
      { timeoutMs: 35_000, intervalMs: 500 },
    ).catch((e: Error) => e);
    fs.writeFileSync(stopFile, '');
    const out = await running;
    assert.equal(
      delivered,
      true,
      `no readings from the installed node reached the hub (${String(delivered)}); node output:\n${out.output.slice(-3000)}`,
    );
    assert.equal(
      out.code,
      0,
      `the node did not stop cleanly on SIGTERM:\n${out.output.slice(-2000)}`,
    );
    assert.ok(
      fs.existsSync(rootFile('/var/lib/brewpit-edge/outbox.db')),
      'outbox in the state dir',
    );
    const status = await inRoot(['brewpit-edge', 'status'], { allowFail: true });
    assert.equal(status.code, 0, status.output);
  });

  it('--upgrade replaces the code and keeps config, token and outbox', async () => {
    const before = { conf: sha('/etc/brewpit/edge.yaml'), token: sha(TOKEN) };
    // Code that the upgrade must replace.
    fs.writeFileSync(
      rootFile('/opt/brewpit-edge/node_modules/@brewpit/edge/dist/brewpit-edge.mjs'),
      'broken\n',
    );
    const res = await timed('upgrade', () =>
      inRoot(['bash', `${BUNDLE_IN_ROOT}/install.sh`, '--upgrade'], { allowFail: true }),
    );
    assert.equal(res.code, 0, res.output.split('\n').slice(-40).join('\n'));
    assert.match(res.output, /Upgraded to/);
    assert.deepEqual({ conf: sha('/etc/brewpit/edge.yaml'), token: sha(TOKEN) }, before);
    assert.ok(fs.existsSync(rootFile('/var/lib/brewpit-edge/outbox.db')));
    assert.equal((await inRoot(['brewpit-edge', '--version'])).output.trim(), EDGE_VERSION);
    assert.equal(
      (await inRoot(['systemd-analyze', 'verify', '/etc/systemd/system/brewpit-edge.service']))
        .code,
      0,
    );
  });

  it('--upgrade moves a token an earlier release kept in /etc/brewpit to the state folder', async () => {
    // The layout of earlier releases: token next to the config, the folder writable by the service.
    const token = fs.readFileSync(rootFile(TOKEN));
    await inRoot([
      'sh',
      '-c',
      `mv ${TOKEN} /etc/brewpit/edge-token && chown root:brewpit /etc/brewpit && chmod 0770 /etc/brewpit && ` +
        `sed -i 's#${TOKEN}#/etc/brewpit/edge-token#' /etc/brewpit/edge.yaml`,
    ]);
    const res = await inRoot(['bash', `${BUNDLE_IN_ROOT}/install.sh`, '--upgrade'], {
      allowFail: true,
    });
    assert.equal(res.code, 0, res.output.split('\n').slice(-40).join('\n'));
    assert.deepEqual(fs.readFileSync(rootFile(TOKEN)), token);
    assert.equal(fs.existsSync(rootFile('/etc/brewpit/edge-token')), false);
    const conf = parse(fs.readFileSync(rootFile('/etc/brewpit/edge.yaml'), 'utf8')) as {
      hub: { token_file: string };
    };
    assert.equal(conf.hub.token_file, TOKEN);
    assert.equal(
      (await inRoot(['stat', '-c', '%U:%G %a', '/etc/brewpit', TOKEN])).output.trim(),
      'root:root 755\nbrewpit:brewpit 600',
    );
  });

  it('--uninstall removes service and code, keeps config; --purge removes the rest', async () => {
    const res = await inRoot(['bash', `${BUNDLE_IN_ROOT}/install.sh`, '--uninstall']);
    assert.match(res.output, /kept \/etc\/brewpit/);
    for (const p of [
      '/opt/brewpit-edge',
      '/usr/local/bin/brewpit-edge',
      '/etc/systemd/system/brewpit-edge.service',
    ])
      assert.equal(fs.existsSync(rootFile(p)), false, `${p} still there`);
    assert.equal(
      fs.existsSync(rootFile('/etc/systemd/system/multi-user.target.wants/brewpit-edge.service')),
      false,
      'the enable symlink is gone',
    );
    assert.ok(fs.existsSync(rootFile(TOKEN)));
    assert.ok(fs.existsSync(rootFile('/var/lib/brewpit-edge/outbox.db')));

    await inRoot(['bash', `${BUNDLE_IN_ROOT}/install.sh`, '--uninstall', '--purge']);
    for (const p of ['/etc/brewpit', '/var/lib/brewpit-edge'])
      assert.equal(fs.existsSync(rootFile(p)), false, `${p} still there`);
    assert.notEqual(
      (await inRoot(['id', 'brewpit'], { allowFail: true })).code,
      0,
      'user brewpit removed',
    );
  });
});
