// mocha's spec output as usual, plus a small JSON record of the run for `npm test`'s summary:
// how many tests passed and failed, which hooks failed, and every skipped (pending) test with
// its file. Written to the file named by `--reporter-option out=FILE`.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

/** What one mocha run leaves for scripts/test/run.ts. */
export interface MochaRecord {
  passed: number;
  failed: number;
  /** Failed before/after hooks: the tests under them did not run. */
  hooksFailed: string[];
  skipped: { title: string; file: string }[];
}

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    // mocha passes --reporter-option as `reporterOption` (the typings only know the old name).
    const { reporterOption } = options as { reporterOption?: { out?: string } };
    const out = reporterOption?.out;
    const record: MochaRecord = { passed: 0, failed: 0, hooksFailed: [], skipped: [] };
    const file = (t: Mocha.Runnable) => path.relative(process.cwd(), t.file ?? '?');
    runner.on('pass', () => record.passed++);
    runner.on('fail', (t: Mocha.Runnable) => {
      if ((t as { type?: string }).type === 'hook')
        record.hooksFailed.push(`${file(t)}: ${t.fullTitle()}`);
      else record.failed++;
    });
    runner.on('pending', (t) => record.skipped.push({ title: t.fullTitle(), file: file(t) }));
    runner.once('end', () => {
      if (!out) return;
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, JSON.stringify(record, null, 2));
    });
  }
}

export default SummaryReporter;
