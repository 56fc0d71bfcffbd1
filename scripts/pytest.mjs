#!/usr/bin/env node
// The python suite of `npm test` (`npm run test:py`): ruff from the project's .venv on the
// integration and its tests, then its pytest suite under the real Home Assistant the e2e harness
// provisions (Python 3.14 in a cached Debian root), with pytest-homeassistant-custom-component.
// A missing prerequisite fails it (scripts/test/run.ts installs them first); the JUnit XML goes
// to test-results/pytest.xml for the summary.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * pytest-homeassistant-custom-component ships Home Assistant's own test helpers for exactly one
 * release and pins it. The newest one (0.13.375) is for 2026.10.4; its helpers do not import
 * under 2026.11 (`_clear_logger_overwrites` is gone), so the unit tests run under the release it
 * pins while the end-to-end tests run the harness's newest Core. Bump this when a release for
 * the harness's version appears (the run prints both versions).
 */
const PHCC = 'pytest-homeassistant-custom-component==0.13.375';
const VENV = '/opt/brewpit-pytest';
const WORK = '/srv/brewpit-pytest';

const log = (msg) => process.stderr.write(`[test:py] ${msg}\n`);

function fail(what) {
  log(`FAIL: ${what}`);
  process.exit(1);
}

function run(argv, opts = {}) {
  const r = spawnSync(argv[0], argv.slice(1), { stdio: 'inherit', cwd: ROOT, ...opts });
  if (r.error) return { status: 127, error: r.error };
  return r;
}

// 1. Lint and format check on the host, with the ruff requirements-test.txt pins.
const { ensureVenv, venvBin } = await tsImport('./test/venv.ts', import.meta.url);
await ensureVenv(log);
for (const args of [
  ['check', 'custom_components', 'test/py'],
  ['format', '--check', 'custom_components', 'test/py'],
]) {
  const r = run([venvBin('ruff'), ...args]);
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// 2. pytest inside the Home Assistant root.
const { checkPrerequisites, PrerequisiteError, provision, installedVersion } = await tsImport(
  '../scripts/ha/harness.ts',
  import.meta.url,
);
const { chrootArgv } = await tsImport('../scripts/ha/proc.ts', import.meta.url);
const { hostPath } = await tsImport('../scripts/ha/paths.ts', import.meta.url);
try {
  await checkPrerequisites();
} catch (e) {
  if (!(e instanceof PrerequisiteError)) throw e;
  fail(`cannot run Home Assistant here: ${e.message}`);
}
await provision();
const haVersion = installedVersion();
const inRoot = (cmd) => run(chrootArgv(['/bin/sh', '-c', cmd], { dieWithParent: true }));

// The venv is rebuilt when the Home Assistant release or the pins change.
const reqs = fs.readFileSync(path.join(ROOT, 'test/py/requirements.txt'), 'utf8');
const stamp = createHash('sha256').update(`${haVersion}\n${PHCC}\n${reqs}\nfrontend`).digest('hex');
const stampFile = hostPath(`${VENV}/.brewpit-stamp`);
if (!fs.existsSync(stampFile) || fs.readFileSync(stampFile, 'utf8').trim() !== stamp) {
  log(`building ${VENV} in the Home Assistant root (homeassistant ${haVersion})`);
  fs.mkdirSync(hostPath('/tmp'), { recursive: true });
  fs.writeFileSync(hostPath('/tmp/brewpit-pytest-requirements.txt'), reqs);
  const r = inRoot(
    [
      `rm -rf ${VENV}`,
      `/usr/bin/python3.14 -m venv ${VENV}`,
      `${VENV}/bin/pip install -q ${PHCC} -r /tmp/brewpit-pytest-requirements.txt`,
      // The frontend (a dependency of the integration) wants the exact frontend package its
      // manifest names; Home Assistant installs it at run time, tests need it up front.
      `${VENV}/bin/python -c "import json,sys; print(*json.load(open(sys.argv[1]))['requirements'])" ${VENV}/lib/python3.14/site-packages/homeassistant/components/frontend/manifest.json | xargs ${VENV}/bin/pip install -q`,
    ].join(' && '),
  );
  if (r.status !== 0) fail('could not build the pytest venv');
  fs.writeFileSync(stampFile, `${stamp}\n`);
}

// A fresh copy of the integration and the tests (pytest writes caches; keep them out of the repo).
const work = hostPath(WORK);
fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const skipCaches = (src) => !/__pycache__|\.pytest_cache/.test(src);
fs.cpSync(path.join(ROOT, 'custom_components'), path.join(work, 'custom_components'), {
  recursive: true,
  filter: skipCaches,
});
fs.cpSync(path.join(ROOT, 'test/py/tests'), path.join(work, 'tests'), {
  recursive: true,
  filter: skipCaches,
});
fs.writeFileSync(
  path.join(work, 'pytest.ini'),
  '[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\npythonpath = .\ntestpaths = tests\n',
);
const extra = process.argv
  .slice(2)
  .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
  .join(' ');
const probe = chrootArgv(
  [`${VENV}/bin/python`, '-c', 'import homeassistant.const as c; print(c.__version__)'],
  { dieWithParent: true },
);
const testedHa = spawnSync(probe[0], probe.slice(1), { encoding: 'utf8' }).stdout?.trim();
log(
  `pytest under Home Assistant ${testedHa} (the harness runs ${haVersion}; ${PHCC}), Python 3.14`,
);
// Home Assistant 2026.11 swaps httpx for httpx2 when it is imported, and refuses if httpx came
// first; the test plugin imports respx (hence httpx) before homeassistant, so alias up front.
const main = [
  'import sys',
  'try:\n import httpx2; httpx2.alias_httpx()\nexcept ImportError: pass',
  'import pytest; sys.exit(pytest.console_main())',
].join('\n');
const junit = `${WORK}/junit.xml`;
const r = inRoot(
  `cd ${WORK} && exec ${VENV}/bin/python -c '${main}' -p no:cacheprovider -q -rs --junitxml=${junit} ${extra}`,
);
if (fs.existsSync(hostPath(junit))) {
  fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  fs.copyFileSync(hostPath(junit), path.join(ROOT, 'test-results/pytest.xml'));
}
process.exit(r.status ?? 1);
