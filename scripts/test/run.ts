// `npm test` (every suite) and `npm run test:<suite>` (one): makes the machine ready first
// (system packages through apt-get as root, else one line saying what to run; the project's
// .venv), builds, runs the suites one after another, and ends with one summary line: how many
// tests ran, how many were skipped and why. A skipped test fails the run: a suite that cannot
// run must say so, never look green. `npm test -- --setup` only makes the machine ready.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../ha/paths.js';
import { ensureSystem } from './prerequisites.js';
import {
  aggregate,
  readJunit,
  readMochaRecord,
  summaryLines,
  type SuiteResult,
} from './summary.js';
import { ensureVenv } from './venv.js';

const RESULTS = path.join(REPO_ROOT, 'test-results');
const bin = (name: string) => path.join(REPO_ROOT, 'node_modules/.bin', name);

interface Suite {
  /** Needs root and the system packages (Home Assistant, Chromium, debootstrap, tmpfs). */
  system: boolean;
  /** Runs a host Python tool from .venv. */
  venv: boolean;
  argv: (out: string) => string[];
  /** Where its results land, and how to read them. */
  results: string;
  read: (file: string) => Omit<SuiteResult, 'name' | 'seconds' | 'exitCode'>;
}

const mocha = (out: string, ...args: string[]) => [
  bin('mocha'),
  '--reporter',
  path.join(REPO_ROOT, 'scripts/test/mocha-reporter.ts'),
  '--reporter-option',
  `out=${out}`,
  ...args,
];

export const SUITES: Record<string, Suite> = {
  unit: {
    system: false,
    venv: false,
    argv: (out) => [
      bin('c8'),
      '--reporter=text-summary',
      ...mocha(
        out,
        'protocol/test/**/*.test.ts',
        'addon/test/**/*.test.ts',
        'edge-node/test/**/*.test.ts',
        'panel/test/**/*.test.ts',
      ),
    ],
    results: 'mocha-unit.json',
    read: readMochaRecord,
  },
  packaging: {
    system: true,
    venv: false,
    argv: (out) => mocha(out, 'test/packaging/**/*.test.ts'),
    results: 'mocha-packaging.json',
    read: readMochaRecord,
  },
  reliability: {
    system: true,
    venv: true,
    argv: (out) => mocha(out, 'test/reliability/**/*.test.ts'),
    results: 'mocha-reliability.json',
    read: readMochaRecord,
  },
  python: {
    system: true,
    venv: true,
    argv: () => [process.execPath, path.join(REPO_ROOT, 'scripts/pytest.mjs')],
    results: 'pytest.xml',
    read: readJunit,
  },
  e2e: {
    system: true,
    venv: false,
    argv: (out) => mocha(out, '--timeout', '120000', 'test/e2e/**/*.test.ts'),
    results: 'mocha-e2e.json',
    read: readMochaRecord,
  },
};

const say = (msg: string) => process.stderr.write(`[test] ${msg}\n`);

function runSuite(name: string, suite: Suite): SuiteResult {
  const out = path.join(RESULTS, suite.results);
  fs.rmSync(out, { force: true });
  say(`suite ${name}`);
  const started = Date.now();
  const [cmd, ...args] = suite.argv(out);
  const r = spawnSync(cmd!, args, { cwd: REPO_ROOT, stdio: 'inherit' });
  const seconds = (Date.now() - started) / 1000;
  const exitCode = r.status ?? 1;
  if (!fs.existsSync(out))
    return { name, seconds, exitCode, passed: 0, failed: 0, skipped: [], broken: ['no results'] };
  return { name, seconds, exitCode, ...suite.read(out) };
}

async function main(): Promise<number> {
  const started = Date.now();
  const args = process.argv.slice(2);
  // --setup: make the machine ready (what every suite needs) and stop; nothing runs.
  const setupOnly = args.includes('--setup');
  const names = args.filter((a) => a !== '--setup');
  const unknown = names.filter((n) => !(n in SUITES));
  if (unknown.length) {
    say(`unknown suite ${unknown.join(', ')}; suites: ${Object.keys(SUITES).join(', ')}`);
    return 2;
  }
  const chosen = (names.length ? names : Object.keys(SUITES)).map((n) => [n, SUITES[n]!] as const);
  if (chosen.some(([, s]) => s.system)) {
    const stop = ensureSystem(process.getuid?.() ?? -1, process.env, say);
    if (stop) {
      process.stderr.write(`${stop}\n`);
      return 1;
    }
  }
  if (chosen.some(([, s]) => s.venv)) await ensureVenv(say);
  if (setupOnly) return 0;
  const build = spawnSync(bin('tsc'), ['-b'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    process.stderr.write('npm test: FAILED — the build (tsc -b) failed; no suite ran\n');
    return 1;
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  const results = chosen.map(([name, suite]) => runSuite(name, suite));
  const total = aggregate(results, (Date.now() - started) / 1000);
  for (const line of summaryLines(total)) console.log(line);
  return total.ok ? 0 : 1;
}

process.exitCode = await main();
