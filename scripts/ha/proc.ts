// Process helpers: logging with timings, running host commands, and running commands inside
// the Home Assistant root.
import { spawn, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import { sleep } from '../lib/wait.js';
import { cachePaths, VENV_IN_ROOT } from './paths.js';

const t0 = Date.now();

/** Progress line with seconds since this process started; stderr so stdout stays sourceable. */
export function log(msg: string): void {
  const s = ((Date.now() - t0) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[ha ${s}s] ${msg}\n`);
}

export async function timed<T>(what: string, fn: () => Promise<T>): Promise<T> {
  const start = Date.now();
  log(`${what} ...`);
  const result = await fn();
  log(`${what}: done in ${((Date.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

export { sleep } from '../lib/wait.js';

export interface RunResult {
  code: number;
  output: string;
}

/**
 * Runs a command to completion, capturing stdout+stderr (also appended to `logFile`), and
 * throws with the output's tail when it fails unless `allowFail`.
 */
export async function run(
  argv: string[],
  opts: { logFile?: string; allowFail?: boolean; timeoutMs?: number; label?: string } = {},
): Promise<RunResult> {
  const [cmd, ...args] = argv;
  const label = opts.label ?? argv.join(' ');
  if (!cmd) throw new Error('run: empty command');
  const sink = opts.logFile ? fs.createWriteStream(opts.logFile, { flags: 'a' }) : undefined;
  sink?.write(`\n$ ${label}\n`);
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (b: Buffer): void => {
    output += b.toString();
    if (output.length > 1_000_000) output = output.slice(-500_000);
    sink?.write(b);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const timer = opts.timeoutMs
    ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs).unref()
    : undefined;
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', (e) => reject(new Error(`cannot run ${cmd}: ${e.message}`)));
    child.on('close', (c, sig) => resolve(c ?? (sig ? 128 : 1)));
  });
  if (timer) clearTimeout(timer);
  await new Promise<void>((r) => (sink ? sink.end(r) : r()));
  if (code !== 0 && !opts.allowFail) {
    const tail = output.trim().split('\n').slice(-25).join('\n');
    throw new Error(`command failed (exit ${code}): ${label}\n${tail}`);
  }
  return { code, output };
}

/** Environment inside the root: nothing leaks from the host except what pip needs. */
function rootEnv(): string[] {
  const ca = cachePaths().caBundleInRoot;
  return [
    'HOME=/root',
    'LANG=C.UTF-8',
    'TZ=UTC',
    `PATH=${VENV_IN_ROOT}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
    `VIRTUAL_ENV=${VENV_IN_ROOT}`,
    // The sandbox re-signs TLS with its own CA; pip, uv (HA installs requirements with uv)
    // and requests must trust the host's bundle that includes it.
    `PIP_CERT=${ca}`,
    `SSL_CERT_FILE=${ca}`,
    `REQUESTS_CA_BUNDLE=${ca}`,
    'PIP_DISABLE_PIP_VERSION_CHECK=1',
    `PIP_DEFAULT_TIMEOUT=${process.env.PIP_DEFAULT_TIMEOUT ?? '120'}`,
    ...(process.env.PIP_INDEX_URL ? [`PIP_INDEX_URL=${process.env.PIP_INDEX_URL}`] : []),
    'DEBIAN_FRONTEND=noninteractive',
  ];
}

// Mounts are made in a private mount namespace (unshare -m), so they vanish with the process
// however it ends: nothing to undo, nothing leaks on the host, concurrent instances never
// unmount each other's /proc.
const CHROOT_SCRIPT = [
  'set -e',
  'R="$1"; shift',
  'mount -t proc proc "$R/proc"',
  'mount --rbind /dev "$R/dev"',
  'exec chroot "$R" "$@"',
].join('\n');

export interface ChrootOptions {
  /** Kill the command when the spawning process dies (tests); off for detached CLI runs. */
  dieWithParent?: boolean;
}

/**
 * argv that runs `cmd` in a private mount namespace: whatever it mounts (a chroot's /proc and
 * /dev, debootstrap's /sys) vanishes with it however it ends, and is never seen on the host.
 */
export function privateMounts(cmd: string[]): string[] {
  return ['unshare', '--mount', '--propagation', 'private', '--', ...cmd];
}

/** argv that runs `cmd` inside the root with /proc and /dev mounted. */
export function chrootArgv(cmd: string[], opts: ChrootOptions = {}): string[] {
  const root = cachePaths().root;
  const inner = privateMounts([
    '/bin/sh',
    '-c',
    CHROOT_SCRIPT,
    'sh',
    root,
    '/usr/bin/env',
    '-i',
    ...rootEnv(),
    ...cmd,
  ]);
  // setpriv's parent-death signal survives the exec chain (unshare, sh, chroot, env all exec),
  // so hass itself gets SIGKILL if the test process dies without running its exit handlers.
  return opts.dieWithParent ? ['setpriv', '--pdeathsig', 'KILL', '--', ...inner] : inner;
}

export function runInRoot(
  cmd: string[],
  opts: { logFile?: string; allowFail?: boolean; timeoutMs?: number } = {},
): Promise<RunResult> {
  return run(chrootArgv(cmd, { dieWithParent: true }), {
    label: `(in ${cachePaths().root}) ${cmd.join(' ')}`,
    ...opts,
  });
}

export function spawnInRoot(cmd: string[], opts: ChrootOptions & SpawnOptions) {
  const [exe, ...args] = chrootArgv(cmd, opts);
  return spawn(exe!, args, opts);
}

/** False for dead processes and for zombies (a zombie never goes away where nobody reaps). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Sends `sig` to the process group led by `pid` (hass and any pip/uv it started). */
export function killGroup(pid: number, sig: NodeJS.Signals): void {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, sig);
    } catch {
      // already gone, or not a group leader: the other target covers it
    }
  }
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
export async function terminate(pid: number, graceMs = 30_000): Promise<void> {
  if (!isAlive(pid)) return;
  killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) {
    log(`pid ${pid} ignored SIGTERM for ${graceMs} ms; sending SIGKILL`);
    killGroup(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
  // A child of ours that has exited stays a zombie until Node's event loop reaps it; give the
  // loop that turn so "stopped" means no entry in the process table either.
  const reapBy = Date.now() + 5000;
  while (fs.existsSync(`/proc/${pid}`) && Date.now() < reapBy) await sleep(20);
}
