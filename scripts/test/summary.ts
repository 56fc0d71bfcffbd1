// The end of `npm test`: each suite's counts (from the mocha reporter's record or pytest's
// JUnit XML), and one line that says how many tests ran, how many were skipped and why.
import fs from 'node:fs';
import type { MochaRecord } from './mocha-reporter.js';

export interface Skip {
  title: string;
  /** Why: the reason pytest gives, or where mocha's skip was (mocha records no reason). */
  why: string;
}

export interface SuiteResult {
  name: string;
  seconds: number;
  exitCode: number;
  passed: number;
  failed: number;
  skipped: Skip[];
  /** What kept tests from running at all: failed hooks, errors at collection, no results. */
  broken: string[];
}

export function readMochaRecord(file: string): Omit<SuiteResult, 'name' | 'seconds' | 'exitCode'> {
  const r = JSON.parse(fs.readFileSync(file, 'utf8')) as MochaRecord;
  return {
    passed: r.passed,
    failed: r.failed,
    skipped: r.skipped.map((s) => ({ title: s.title, why: `skipped in ${s.file}` })),
    broken: r.hooksFailed.map((h) => `hook failed: ${h}`),
  };
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

const unescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** pytest's --junitxml: per test case whether it failed, errored or was skipped (and why). */
export function readJunit(file: string): Omit<SuiteResult, 'name' | 'seconds' | 'exitCode'> {
  const xml = fs.readFileSync(file, 'utf8');
  let passed = 0;
  let failed = 0;
  const skipped: Skip[] = [];
  const broken: string[] = [];
  const cases = xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g);
  for (const [, head = '', body = ''] of cases) {
    const title = unescape(`${attr(head, 'classname') ?? ''}::${attr(head, 'name') ?? '?'}`);
    const skip = /<skipped\b([^>]*)/.exec(body);
    if (skip) skipped.push({ title, why: unescape(attr(skip[1] ?? '', 'message') ?? 'skipped') });
    else if (/<(failure|error)\b/.test(body)) {
      failed++;
      if (/<error\b/.test(body)) broken.push(`error in ${title}`);
    } else passed++;
  }
  return { passed, failed, skipped, broken };
}

export interface Total {
  ok: boolean;
  results: SuiteResult[];
  passed: number;
  failed: number;
  skipped: (Skip & { suite: string })[];
  seconds: number;
}

export function aggregate(results: SuiteResult[], seconds: number): Total {
  const skipped = results.flatMap((r) => r.skipped.map((s) => ({ ...s, suite: r.name })));
  return {
    results,
    seconds,
    passed: results.reduce((n, r) => n + r.passed, 0),
    failed: results.reduce((n, r) => n + r.failed, 0),
    skipped,
    // A skip fails the run: a suite that cannot run must fail, not look green.
    ok:
      results.every((r) => r.exitCode === 0 && r.failed === 0 && !r.broken.length) &&
      !skipped.length,
  };
}

export function duration(seconds: number): string {
  const total = Math.round(seconds);
  const m = Math.floor(total / 60);
  return m ? `${m} min ${total % 60} s` : `${total} s`;
}

/** A line per suite, then the one summary line (last). */
export function summaryLines(t: Total): string[] {
  const lines = ['', 'npm test summary:'];
  for (const r of t.results) {
    const problems = [...(r.exitCode !== 0 ? [`exit ${r.exitCode}`] : []), ...r.broken];
    lines.push(
      `  ${r.name.padEnd(12)} ${String(r.passed).padStart(5)} passed, ${r.failed} failed, ${r.skipped.length} skipped  (${duration(r.seconds)})${problems.length ? `  ${problems.join('; ')}` : ''}`,
    );
  }
  const ran = t.passed + t.failed;
  const why = t.skipped.length
    ? ` (${t.skipped.map((s) => `${s.suite}: ${s.title}, ${s.why}`).join('; ')}; a skip fails the run)`
    : '';
  lines.push(
    `npm test: ${t.ok ? 'PASSED' : 'FAILED'}, ${ran} tests ran (${t.passed} passed, ${t.failed} failed), ${t.skipped.length} skipped${why}, in ${duration(t.seconds)}`,
  );
  return lines;
}
