// What the machine must have before `npm test` runs a single suite, and what to do when it lacks
// something: as root, install it with apt-get; otherwise stop at once with one line naming the
// command to run. The suites themselves never skip (test/support fails on a missing piece), so
// this check is what makes a fresh machine work instead of failing halfway through.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** What the suites need from the system, and the Debian package that provides it. */
export interface Need {
  what: string;
  /** Debian package that provides it. */
  pkg: string;
  present: (env: Probe) => boolean;
}

/** Where to look: PATH and a way to run a command (both replaceable for tests). */
export interface Probe {
  path: string;
  runs: (cmd: string, args: string[]) => boolean;
}

/** The absolute path of `cmd` on `searchPath`, or undefined. */
export function findOnPath(
  cmd: string,
  searchPath = process.env['PATH'] ?? '',
): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, cmd);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** On PATH, or at the absolute path the suites call it by (sbin is not on a user's PATH). */
const tool =
  (cmd: string, ...absolute: string[]) =>
  (p: Probe): boolean =>
    findOnPath(cmd, p.path) !== undefined || absolute.some((f) => fs.existsSync(f));

export const NEEDS: Need[] = [
  // The panel's end-to-end test and the panel bench (test/support/chromium.ts).
  { what: 'chromium', pkg: 'chromium', present: tool('chromium') },
  // The Home Assistant root and the edge install test's Debian root (scripts/ha/provision.ts).
  {
    what: 'debootstrap',
    pkg: 'debootstrap',
    present: tool('debootstrap', '/usr/sbin/debootstrap'),
  },
  // Home Assistant runs in a private mount namespace, chrooted, with a parent-death signal.
  { what: 'unshare', pkg: 'util-linux', present: tool('unshare', '/usr/bin/unshare') },
  { what: 'setpriv', pkg: 'util-linux', present: tool('setpriv', '/usr/bin/setpriv') },
  { what: 'python3', pkg: 'python3', present: tool('python3') },
  // The project's .venv for ruff, pytest and schemathesis (Debian splits venv off python3).
  {
    what: 'python3 venv',
    pkg: 'python3-venv',
    present: (p) =>
      findOnPath('python3', p.path) !== undefined &&
      p.runs('python3', ['-c', 'import ensurepip, venv']),
  },
];

/** The Debian packages to install for what is missing, each once, in NEEDS order. */
export function missingPackages(probe: Probe, needs: Need[] = NEEDS): string[] {
  const pkgs = needs.filter((n) => !n.present(probe)).map((n) => n.pkg);
  return [...new Set(pkgs)];
}

export type Plan =
  | { action: 'ready' }
  | { action: 'install'; packages: string[] }
  | { action: 'stop'; line: string };

/**
 * What to do, from who runs and what is missing. Everything but root stops: the Home Assistant
 * harness chroots and the disk-full test mounts a tmpfs, so no full run works without root.
 */
export function plan(uid: number, missing: string[]): Plan {
  if (uid === 0)
    return missing.length ? { action: 'install', packages: missing } : { action: 'ready' };
  const lacking = missing.length ? `; missing: ${missing.join(', ')}` : '';
  return {
    action: 'stop',
    line: `npm test needs root (Home Assistant runs chrooted, a test mounts a tmpfs)${lacking}: run sudo npm test (as root it installs what is missing with apt-get)`,
  };
}

/** The probe of this machine: this process's PATH, commands run for real. */
export function hostProbe(env: NodeJS.ProcessEnv = process.env): Probe {
  return {
    path: env['PATH'] ?? '',
    runs: (cmd, args) => spawnSync(cmd, args, { stdio: 'ignore', env }).status === 0,
  };
}

/** apt-get update, then install `packages` non-interactively; throws if apt-get fails. */
export function aptInstall(packages: string[], env: NodeJS.ProcessEnv = process.env): void {
  const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...packages],
  ]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env: aptEnv });
    if (r.status !== 0)
      throw new Error(
        `apt-get ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`,
      );
  }
}

/**
 * Makes the system ready or says why it cannot be: returns a one-line reason to stop, or
 * undefined when everything is there (after installing it, as root).
 */
export function ensureSystem(
  uid = process.getuid?.() ?? -1,
  env: NodeJS.ProcessEnv = process.env,
  log: (msg: string) => void = () => {},
): string | undefined {
  const probe = hostProbe(env);
  const p = plan(uid, missingPackages(probe));
  if (p.action === 'stop') return p.line;
  if (p.action === 'ready') return undefined;
  log(`installing ${p.packages.join(', ')} with apt-get`);
  try {
    aptInstall(p.packages, env);
  } catch (e) {
    return `npm test could not install ${p.packages.join(', ')}: ${(e as Error).message}`;
  }
  const still = missingPackages(probe);
  return still.length
    ? `npm test: apt-get installed ${p.packages.join(', ')} but ${still.join(', ')} is still missing`
    : undefined;
}
