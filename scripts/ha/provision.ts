// Builds, once, a cached Home Assistant Core: a minimal Debian forky root (Python 3.14), a venv
// with homeassistant, and every requirement the test configuration needs, so that later starts
// run with --skip-pip and need no network. Each step leaves a stamp; a run that dies resumes at
// the first step without one. A lock keeps concurrent test runs from provisioning together.
import fs from 'node:fs';
import path from 'node:path';
import { withLock } from './lock.js';
import { cachePaths, hostPath, VENV_IN_ROOT, type CachePaths } from './paths.js';
import { log, privateMounts, run, runInRoot, timed } from './proc.js';
import { installRequirements } from './requirements.js';

const SUITE = 'forky';
const MIRROR = process.env.BREWPIT_DEBIAN_MIRROR || 'http://deb.debian.org/debian';
const DEBOOTSTRAP = '/usr/sbin/debootstrap';
const PYTHON = 'python3.14';
/** Only this many versions are tried, newest first, before provisioning gives up. */
const MAX_VERSION_TRIES = 4;

/** A missing host prerequisite (not root, no debootstrap, no mount permission). */
export class PrerequisiteError extends Error {
  override name = 'PrerequisiteError';
}

export interface Provisioned {
  version: string;
  root: string;
  cache: string;
  /** Set when the newest release could not be installed and an older one was. */
  note?: string;
}

const stampFile = (p: CachePaths, step: string): string => path.join(p.stamps, `${step}.done`);
const hasStamp = (p: CachePaths, step: string): boolean => fs.existsSync(stampFile(p, step));
const STEPS = ['rootfs', 'venv', 'homeassistant', 'requirements'] as const;

export function isProvisioned(): boolean {
  const p = cachePaths();
  return STEPS.every((s) => hasStamp(p, s)) && fs.existsSync(p.versionFile);
}

export function installedVersion(): string | undefined {
  const p = cachePaths();
  return fs.existsSync(p.versionFile) ? fs.readFileSync(p.versionFile, 'utf8').trim() : undefined;
}

/** Throws PrerequisiteError naming what is missing on this host. */
export async function checkPrerequisites(): Promise<void> {
  if (process.getuid?.() !== 0) {
    throw new PrerequisiteError(
      `provisioning Home Assistant needs root (chroot, mount); running as uid ${process.getuid?.()}`,
    );
  }
  for (const tool of [DEBOOTSTRAP, '/usr/bin/unshare', '/usr/sbin/chroot', '/usr/bin/setpriv']) {
    if (!fs.existsSync(tool)) {
      throw new PrerequisiteError(`${tool} is missing (apt-get install debootstrap util-linux)`);
    }
  }
  const probe = await run(['unshare', '--mount', '--', 'mount', '-t', 'tmpfs', 'none', '/mnt'], {
    allowFail: true,
  });
  if (probe.code !== 0) {
    throw new PrerequisiteError(
      `cannot mount in a private mount namespace (needed for /proc in the chroot): ${probe.output.trim()}`,
    );
  }
}

/** Ensures the cache is complete; fast when it already is. */
export async function provision(): Promise<Provisioned> {
  const p = cachePaths();
  if (isProvisioned()) return { version: installedVersion()!, root: p.root, cache: p.cache };
  await checkPrerequisites();
  fs.mkdirSync(p.stamps, { recursive: true });
  fs.mkdirSync(p.logs, { recursive: true });
  return withLock(p.lock, () => timed(`provisioning Home Assistant in ${p.cache}`, () => steps(p)));
}

async function steps(p: CachePaths): Promise<Provisioned> {
  const logFile = path.join(p.logs, 'provision.log');
  log(`provisioning log: ${logFile}`);
  if (!hasStamp(p, 'rootfs'))
    await timed('step rootfs (debootstrap forky)', () => rootfs(p, logFile));
  copyHostFiles(p);
  if (!hasStamp(p, 'venv')) await timed('step venv', () => venv(p, logFile));
  let note: string | undefined;
  if (!hasStamp(p, 'homeassistant')) {
    note = await timed('step homeassistant (pip install)', () => installHa(p, logFile));
  }
  const version = fs.readFileSync(stampFile(p, 'homeassistant'), 'utf8').trim();
  fs.writeFileSync(p.versionFile, `${version}\n`);
  if (!hasStamp(p, 'requirements')) {
    await timed('step requirements (a first hass run installs what integrations need)', () =>
      installRequirements(logFile),
    );
    stamp(p, 'requirements');
  }
  log(`Home Assistant ${version} is provisioned in ${p.root}`);
  if (note) log(note);
  return { version, root: p.root, cache: p.cache, ...(note ? { note } : {}) };
}

function stamp(p: CachePaths, step: string, content = new Date().toISOString()): void {
  fs.writeFileSync(stampFile(p, step), `${content}\n`);
}

/** rm -rf that refuses to descend into a tree with something mounted in it. */
function safeRemove(dir: string): void {
  const mounts = fs
    .readFileSync('/proc/self/mounts', 'utf8')
    .split('\n')
    .map((l) => l.split(' ')[1] ?? '')
    .filter((m) => m === dir || m.startsWith(dir + '/'));
  if (mounts.length) {
    throw new Error(`refusing to delete ${dir}: still mounted there: ${mounts.join(', ')}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

async function rootfs(p: CachePaths, logFile: string): Promise<void> {
  // Built beside the final root and renamed, so a half-built root is never mistaken for one.
  const partial = `${p.root}.partial`;
  safeRemove(partial);
  if (fs.existsSync(p.root)) safeRemove(p.root);
  // A private mount namespace: debootstrap's own /proc and /sys mounts cannot leak if it dies.
  await run(
    privateMounts([
      DEBOOTSTRAP,
      '--variant=minbase',
      `--include=${PYTHON},${PYTHON}-venv,ca-certificates`,
      SUITE,
      partial,
      MIRROR,
      '/usr/share/debootstrap/scripts/sid',
    ]),
    { logFile },
  ).catch((e: Error) => {
    throw new Error(`debootstrap of Debian ${SUITE} into ${partial} failed: ${e.message}`);
  });
  fs.renameSync(partial, p.root);
  stamp(p, 'rootfs');
}

/** resolv.conf for pip, and the host's CA bundle (it holds the sandbox's egress CA). */
function copyHostFiles(p: CachePaths): void {
  fs.mkdirSync(path.dirname(hostPath(p.caBundleInRoot)), { recursive: true });
  fs.copyFileSync('/etc/ssl/certs/ca-certificates.crt', hostPath(p.caBundleInRoot));
  const resolv = hostPath('/etc/resolv.conf');
  fs.rmSync(resolv, { force: true }); // may be a dangling symlink in a fresh root
  fs.copyFileSync('/etc/resolv.conf', resolv);
}

async function venv(p: CachePaths, logFile: string): Promise<void> {
  await runInRoot([`/usr/bin/${PYTHON}`, '-m', 'venv', '--clear', VENV_IN_ROOT], { logFile });
  await runInRoot([`${VENV_IN_ROOT}/bin/pip`, 'install', '--upgrade', 'pip'], { logFile });
  stamp(p, 'venv');
}

/** Release versions of homeassistant on PyPI, newest first, as pip inside the root sees them. */
async function availableVersions(logFile: string): Promise<string[]> {
  const { output } = await runInRoot(
    [`${VENV_IN_ROOT}/bin/pip`, 'index', 'versions', 'homeassistant'],
    { logFile },
  );
  const line = output.split('\n').find((l) => l.startsWith('Available versions:'));
  if (!line) throw new Error(`cannot read homeassistant versions from pip:\n${output}`);
  return line
    .slice('Available versions:'.length)
    .split(',')
    .map((v) => v.trim())
    .filter((v) => /^\d{4}\.\d+\.\d+$/.test(v)); // skip betas and dev builds
}

/** Installs the newest installable release; returns a note when it had to fall back. */
async function installHa(p: CachePaths, logFile: string): Promise<string | undefined> {
  const pinned = process.env.BREWPIT_HA_VERSION;
  const candidates = pinned
    ? [pinned]
    : (await availableVersions(logFile)).slice(0, MAX_VERSION_TRIES);
  log(`homeassistant candidates: ${candidates.join(', ')}`);
  const failures: string[] = [];
  for (const version of candidates) {
    const pip = await timed(`pip install homeassistant==${version}`, () =>
      runInRoot([`${VENV_IN_ROOT}/bin/pip`, 'install', `homeassistant==${version}`], {
        logFile,
        allowFail: true,
      }),
    );
    if (pip.code === 0) {
      stamp(p, 'homeassistant', version);
      if (version === candidates[0]) return undefined;
      return `NOTE: installed Home Assistant ${version}, not the newest ${candidates[0]}: ${failures.join('; ')}`;
    }
    const why = pip.output
      .trim()
      .split('\n')
      .filter((l) => /error/i.test(l))
      .slice(-3)
      .join(' | ');
    log(`homeassistant ${version} did not install: ${why}`);
    failures.push(`${version}: ${why}`);
  }
  throw new Error(`no homeassistant version installed (see ${logFile}):\n${failures.join('\n')}`);
}
