// The project's own Python environment for the host-side tools (ruff, pytest, schemathesis and
// whatever else requirements-test.txt lists): `.venv/` in the checkout, gitignored, rebuilt
// whenever requirements-test.txt or the Python it was built with changes. Everything that runs
// one of those tools on the host (npm test, npm run lint, the schemathesis test) goes through
// ensureVenv(), so nothing depends on what happens to be installed system-wide.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { withLock } from '../ha/lock.js';
import { REPO_ROOT } from '../ha/paths.js';

export const VENV = path.join(REPO_ROOT, '.venv');
export const REQUIREMENTS = path.join(REPO_ROOT, 'requirements-test.txt');
const STAMP = path.join(VENV, '.brewpit-requirements.sha256');

/** A tool installed in the venv, e.g. `venvBin('ruff')`. */
export const venvBin = (tool: string): string => path.join(VENV, 'bin', tool);

interface Python {
  /** The interpreter's real path (a venv remembers it: a shim or symlink may go away). */
  path: string;
  version: string;
}

/** The interpreter behind `python3` on PATH. */
function python(): Python {
  const py = spawnSync(
    'python3',
    ['-c', 'import os, sys; print(os.path.realpath(sys.executable)); print(sys.version)'],
    { encoding: 'utf8' },
  );
  if (py.status !== 0) throw new Error('python3 is not installed (run npm test as root)');
  const [exe = '', ...version] = py.stdout.trim().split('\n');
  return { path: exe, version: version.join(' ') };
}

/** Identifies what the venv must hold: the requirements file and the interpreter building it. */
const stampOf = (py: Python): string =>
  createHash('sha256')
    .update(fs.readFileSync(REQUIREMENTS))
    .update(`${py.path}\n${py.version}`)
    .digest('hex');

/** Whether .venv was built for `stamp` and its interpreter still runs. */
function upToDate(stamp: string): boolean {
  try {
    if (fs.readFileSync(STAMP, 'utf8').trim() !== stamp) return false;
  } catch {
    return false;
  }
  return spawnSync(venvBin('python'), ['-c', ''], { stdio: 'ignore' }).status === 0;
}

/**
 * Creates or rebuilds .venv when requirements-test.txt or the interpreter changed since it was
 * built, or when it no longer runs; a no-op (two quick python calls) when it is up to date.
 * Two callers at once wait for each other.
 */
export async function ensureVenv(log: (msg: string) => void = () => {}): Promise<void> {
  const py = python();
  const stamp = stampOf(py);
  if (upToDate(stamp)) return;
  const id = createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 12);
  await withLock(path.join(os.tmpdir(), `brewpit-venv-${id}.lock`), async () => {
    if (upToDate(stamp)) return;
    log(`setting up ${path.relative(process.cwd(), VENV) || VENV} from requirements-test.txt`);
    const pip = [venvBin('python'), '-m', 'pip', 'install', '-q', '--disable-pip-version-check'];
    const steps = [
      [py.path, '-m', 'venv', '--clear', VENV],
      [...pip, '-r', REQUIREMENTS],
    ];
    for (const [cmd, ...args] of steps) {
      const r = spawnSync(cmd!, args, { stdio: ['ignore', 'inherit', 'inherit'] });
      if (r.status !== 0)
        throw new Error(
          `${[cmd, ...args].join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`,
        );
    }
    fs.writeFileSync(STAMP, `${stamp}\n`);
  });
}
