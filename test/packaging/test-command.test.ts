// `npm test` on a fresh machine: the prerequisite check (install as root, otherwise one line
// naming the command to run), and the summary that counts what ran and what was skipped. The
// process tests run the real scripts/test/run.ts with a PATH that lacks chromium: as an
// unprivileged user (it must stop with one line), and as root with a stand-in apt-get (it must
// run apt-get update and install, and check again afterwards).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../scripts/ha/paths.js';
import { findOnPath, missingPackages, plan, type Probe } from '../../scripts/test/prerequisites.js';
import { aggregate, readJunit, summaryLines } from '../../scripts/test/summary.js';
import { VENV, venvBin } from '../../scripts/test/venv.js';

const TSX = path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
const RUN = path.join(REPO_ROOT, 'scripts/test/run.ts');
const NOBODY = 65534;

/** A folder of executables standing in for PATH; `scripts` maps names to shell script bodies. */
function fakePath(links: Record<string, string>, scripts: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brewpit-fake-path-'));
  fs.chmodSync(dir, 0o755);
  for (const [name, target] of Object.entries(links)) fs.symlinkSync(target, path.join(dir, name));
  for (const [name, body] of Object.entries(scripts))
    fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return dir;
}

/** The real interpreter behind `python3` (pyenv and the like put a shim on PATH). */
function realPython(): string {
  const r = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
  assert.equal(r.status, 0, 'python3 runs on this machine');
  return r.stdout.trim();
}

describe('npm test prerequisites: the plan', () => {
  const table: [string, number, string[], ReturnType<typeof plan>['action'], RegExp?][] = [
    ['root, nothing missing', 0, [], 'ready'],
    ['root, chromium missing', 0, ['chromium'], 'install'],
    ['a user, nothing missing', 1000, [], 'stop', /^npm test needs root .*: run sudo npm test /],
    [
      'a user, chromium and debootstrap missing',
      1000,
      ['chromium', 'debootstrap'],
      'stop',
      /missing: chromium, debootstrap: run sudo npm test \(as root it installs/,
    ],
  ];
  for (const [label, uid, missing, action, line] of table) {
    it(`${label}: ${action}`, () => {
      const p = plan(uid, missing);
      assert.equal(p.action, action);
      if (p.action === 'install') assert.deepEqual(p.packages, missing);
      if (p.action === 'stop') {
        assert.match(p.line, line!);
        assert.doesNotMatch(p.line, /\n/, 'one line');
      }
    });
  }

  it('finds tools on PATH or where the suites call them, and names each package once', () => {
    const dir = fakePath({}, { chromium: 'exit 0', python3: 'exit 0' });
    try {
      const found = (cmd: string) => findOnPath(cmd, dir);
      assert.equal(found('chromium'), path.join(dir, 'chromium'));
      assert.equal(found('debootstrap'), undefined);
      const probe = (venv: boolean): Probe => ({ path: dir, runs: () => venv });
      // debootstrap, unshare and setpriv are found at their absolute paths on this machine.
      assert.deepEqual(missingPackages(probe(true)), []);
      assert.deepEqual(missingPackages(probe(false)), ['python3-venv']);
      assert.deepEqual(missingPackages({ path: '', runs: () => true }), [
        'chromium',
        'python3',
        'python3-venv',
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm test prerequisites: the real script', function () {
  this.timeout(5 * 60_000);
  let dir = '';
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const setup = (pathDir: string, opts: { uid?: number; env?: Record<string, string> } = {}) =>
    spawnSync(process.execPath, [TSX, RUN, '--setup'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { PATH: pathDir, HOME: os.tmpdir(), ...opts.env },
      ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
    });

  it('as a normal user without chromium: stops at once with one line naming the command', function () {
    if (process.getuid?.() !== 0) throw new Error('needs root to run the script as another user');
    dir = fakePath({ node: process.execPath });
    const r = setup(dir, { uid: NOBODY });
    assert.equal(r.status, 1, `exit status (stderr: ${r.stderr})`);
    assert.equal(r.stdout, '');
    const lines = r.stderr.split('\n').filter(Boolean);
    assert.equal(lines.length, 1, `exactly one line, got:\n${r.stderr}`);
    assert.match(lines[0]!, /missing: chromium\b/);
    assert.match(lines[0]!, /run sudo npm test/);
  });

  it('as root without chromium: apt-get update, apt-get install chromium, then checks again', function () {
    if (process.getuid?.() !== 0) throw new Error('needs root: this is the root path');
    // The run that gets past apt-get also (re)builds .venv, through this test's python3 symlink:
    // the venv must not depend on that symlink, which is gone afterwards.
    fs.writeFileSync(path.join(VENV, '.brewpit-requirements.sha256'), 'stale\n');
    const aptLog = path.join(os.tmpdir(), `brewpit-apt-${process.pid}.log`);
    // Records its arguments; on install, PROVIDE=1 makes the packages appear on PATH.
    const apt = [
      'echo "$*" >> "$APT_LOG"',
      '[ "$1" = install ] && [ "$PROVIDE" = 1 ] || exit 0',
      'for p in "$@"; do case "$p" in -*|install) ;; *) printf "#!/bin/sh\\n" > "$APT_DIR/$p"; /bin/chmod +x "$APT_DIR/$p";; esac; done',
    ].join('\n');
    for (const provide of ['1', '0']) {
      fs.rmSync(aptLog, { force: true });
      dir = fakePath({ node: process.execPath, python3: realPython() }, { 'apt-get': apt });
      const r = setup(dir, { env: { APT_LOG: aptLog, APT_DIR: dir, PROVIDE: provide } });
      assert.deepEqual(fs.readFileSync(aptLog, 'utf8').trim().split('\n'), [
        'update -qq',
        'install -y -qq chromium',
      ]);
      if (provide === '1') {
        assert.equal(r.status, 0, r.stderr);
        assert.match(r.stderr, /installing chromium with apt-get/);
        assert.match(r.stderr, /setting up \.venv/);
        fs.rmSync(dir, { recursive: true, force: true });
        // schemathesis is a Python script: it runs only if the venv's interpreter does.
        const st = spawnSync(venvBin('schemathesis'), ['--version'], { encoding: 'utf8' });
        assert.equal(st.status, 0, `.venv works without the PATH it was set up from: ${st.error}`);
      } else {
        assert.equal(r.status, 1);
        assert.equal(
          r.stderr.trim().split('\n').at(-1),
          'npm test: apt-get installed chromium but chromium is still missing',
        );
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
    fs.rmSync(aptLog, { force: true });
    dir = '';
  });
});

describe('npm test summary', () => {
  const junit = `<?xml version="1.0" encoding="utf-8"?><testsuites><testsuite name="pytest" errors="1" failures="1" skipped="1" tests="5">
<testcase classname="tests.test_a" name="test_ok" time="0.1" />
<testcase classname="tests.test_a" name="test_ok_too" time="0.1"></testcase>
<testcase classname="tests.test_b" name="test_bad" time="0.1"><failure message="assert 1 == 2">x</failure></testcase>
<testcase classname="tests.test_b" name="test_broken" time="0.1"><error message="fixture &apos;x&apos; not found">y</error></testcase>
<testcase classname="tests.test_c" name="test_later" time="0"><skipped type="pytest.skip" message="needs &quot;hardware&quot;">z</skipped></testcase>
</testsuite></testsuites>`;

  it("reads pytest's JUnit XML: passes, failures and errors, skips with their reason", () => {
    const file = path.join(os.tmpdir(), `brewpit-junit-${process.pid}.xml`);
    fs.writeFileSync(file, junit);
    try {
      assert.deepEqual(readJunit(file), {
        passed: 2,
        failed: 2,
        skipped: [{ title: 'tests.test_c::test_later', why: 'needs "hardware"' }],
        broken: ['error in tests.test_b::test_broken'],
      });
    } finally {
      fs.rmSync(file);
    }
  });

  const suite = (name: string, o: Partial<Parameters<typeof aggregate>[0][0]> = {}) => ({
    name,
    seconds: 60,
    exitCode: 0,
    passed: 10,
    failed: 0,
    skipped: [],
    broken: [],
    ...o,
  });

  it('passes only when every suite ran green with nothing skipped', () => {
    const cases: [string, ReturnType<typeof suite>[], boolean][] = [
      ['all green', [suite('unit'), suite('e2e')], true],
      ['a failure', [suite('unit', { failed: 1, exitCode: 1 }), suite('e2e')], false],
      ['a failed hook', [suite('e2e', { broken: ['hook failed: x'], exitCode: 1 })], false],
      ['a non-zero exit alone', [suite('python', { exitCode: 1 })], false],
      ['a skip', [suite('e2e', { skipped: [{ title: 't', why: 'skipped in f' }] })], false],
    ];
    for (const [label, results, ok] of cases) assert.equal(aggregate(results, 1).ok, ok, label);
  });

  it('ends with one line: how many ran, how many were skipped and why', () => {
    const lines = summaryLines(
      aggregate(
        [
          suite('unit', { passed: 900 }),
          suite('e2e', {
            passed: 20,
            failed: 1,
            exitCode: 1,
            skipped: [{ title: 'panel renders', why: 'skipped in test/e2e/panel-ha.test.ts' }],
          }),
        ],
        725,
      ),
    );
    assert.equal(
      lines.at(-1),
      'npm test: FAILED, 921 tests ran (920 passed, 1 failed), 1 skipped (e2e: panel renders, skipped in test/e2e/panel-ha.test.ts; a skip fails the run), in 12 min 5 s',
    );
    assert.equal(
      summaryLines(aggregate([suite('unit')], 59.6)).at(-1),
      'npm test: PASSED, 10 tests ran (10 passed, 0 failed), 0 skipped, in 1 min 0 s',
    );
  });
});
