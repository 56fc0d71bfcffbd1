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

/** Identifies what the venv must hold: the requirements file and the interpreter building it. */
function wantedStamp(): string {
  const py = spawnSync('python3', ['-c', 'import sys; print(sys.version)'], { encoding: 'utf8' });
  if (py.status !== 0) throw new Error('python3 is not installed (run npm test as root)');
  return createHash('sha256').update(fs.readFileSync(REQUIREMENTS)).update(py.stdout).digest('hex');
}

const current = (): string | undefined => {
  try {
    return fs.readFileSync(STAMP, 'utf8').trim();
  } catch {
    return undefined;
  }
};

/**
 * Creates or rebuilds .venv when requirements-test.txt changed since it was built; a no-op
 * (one python3 call) when it is up to date. Two callers at once wait for each other.
 */
export async function ensureVenv(log: (msg: string) => void = () => {}): Promise<void> {
  const want = wantedStamp();
  if (current() === want) return;
  const lock = path.join(
    os.tmpdir(),
    `brewpit-venv-${createHash('sha256').update(REPO_ROOT).digest('hex').slice(0, 12)}.lock`,
  );
  await withLock(lock, async () => {
    if (current() === want) return;
    log(`setting up ${path.relative(process.cwd(), VENV) || VENV} from requirements-test.txt`);
    const steps = [
      ['python3', '-m', 'venv', '--clear', VENV],
      [
        venvBin('python'),
        ...['-m', 'pip', 'install', '-q', '--disable-pip-version-check', '-r', REQUIREMENTS],
      ],
    ];
    for (const [cmd, ...args] of steps) {
      const r = spawnSync(cmd!, args, { stdio: ['ignore', 'inherit', 'inherit'] });
      if (r.status !== 0)
        throw new Error(
          `${[cmd, ...args].join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})`,
        );
    }
    fs.writeFileSync(STAMP, `${want}\n`);
  });
}
