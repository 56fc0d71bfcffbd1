import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect } from 'chai';
import { Registry } from 'prom-client';
import { timedRun } from '../../src/jobs/cron.js';
import { RuntimeMetrics } from '../../src/ops/runtime-metrics.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Holds the event loop for `ms`, as a synchronous job slice would. */
const block = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
const value = async (registry: Registry, line: RegExp) =>
  Number(line.exec(await registry.metrics())?.[1] ?? NaN);

describe('RuntimeMetrics', () => {
  it('sees a loop held for 150 ms in the window it happened and in the histogram', async () => {
    const registry = new Registry();
    const m = new RuntimeMetrics(registry, 300);
    m.loop.start();
    try {
      await sleep(50);
      block(150);
      await sleep(400); // the window closes
      expect(m.loop.sinceStart().get(1)).to.be.greaterThan(0.14);
      const slow = await value(
        registry,
        /^brewpit_event_loop_delay_seconds_bucket\{le="0\.1"\} (\S+)$/m,
      );
      const all = await value(registry, /^brewpit_event_loop_delay_seconds_count (\S+)$/m);
      expect(all).to.be.greaterThan(slow); // at least the 150 ms sample is above 0.1 s
      expect(await value(registry, /^brewpit_event_loop_delay_windows (\S+)$/m)).to.be.at.least(1);
      // An idle loop reads about the 10 ms it is sampled at.
      const median = await value(
        registry,
        /^brewpit_event_loop_delay_quantile_seconds\{window="run",quantile="0\.5"\} (\S+)$/m,
      );
      expect(median).to.be.within(0.009, 0.05);
    } finally {
      m.loop.stop();
    }
  });

  it('times job runs: a synchronous one is also one slice; a failing one counts as failed', async () => {
    const registry = new Registry();
    const m = new RuntimeMetrics(registry);
    await timedRun(m, 'sync', () => block(20));
    await timedRun(m, 'async', async () => sleep(20));
    await timedRun(m, 'broken', () => {
      throw new Error('no');
    }).catch(() => undefined);
    const text = await registry.metrics();
    const count = (re: RegExp) => Number(re.exec(text)?.[1] ?? 0);
    expect(
      count(/^brewpit_job_duration_seconds_count\{job="sync",outcome="ok"\} (\S+)$/m),
    ).to.equal(1);
    expect(
      count(/^brewpit_job_duration_seconds_count\{job="async",outcome="ok"\} (\S+)$/m),
    ).to.equal(1);
    expect(
      count(/^brewpit_job_duration_seconds_count\{job="broken",outcome="failed"\} (\S+)$/m),
    ).to.equal(1);
    expect(count(/^brewpit_job_slice_seconds_count\{job="sync"\} (\S+)$/m)).to.equal(1);
    expect(count(/^brewpit_job_slice_seconds_count\{job="async"\} (\S+)$/m)).to.equal(0);
    expect(count(/^brewpit_job_slice_seconds_sum\{job="sync"\} (\S+)$/m)).to.be.at.least(0.019);
  });

  it('counts checkpoint pages and busy checkpoints by mode', async () => {
    const registry = new Registry();
    const m = new RuntimeMetrics(registry);
    m.checkpoint('worker', 0.004, { busy: 0, log: 120, checkpointed: 120 });
    m.checkpoint('worker', 0.002, { busy: 1, log: 10, checkpointed: 4 });
    const text = await registry.metrics();
    expect(text).to.match(/^brewpit_wal_checkpoint_pages_total\{mode="worker"\} 124$/m);
    expect(text).to.match(/^brewpit_wal_checkpoint_busy_total\{mode="worker"\} 1$/m);
    expect(text).to.match(/^brewpit_wal_checkpoint_incomplete_total\{mode="worker"\} 1$/m);
    expect(text).to.match(/^brewpit_wal_checkpoint_duration_seconds_count\{mode="worker"\} 2$/m);
  });

  it('records garbage-collection pauses by kind', async () => {
    const registry = new Registry();
    const m = new RuntimeMetrics(registry);
    m.gc.start();
    try {
      // A full collection on demand: the flag exposes `gc` to contexts created after it.
      setFlagsFromString('--expose-gc');
      (runInNewContext('gc') as () => void)();
      await sleep(50); // the performance observer is called after the pause
    } finally {
      m.gc.stop();
    }
    expect(
      await value(registry, /^brewpit_gc_pause_seconds_count\{kind="major"\} (\S+)$/m),
    ).to.be.at.least(1);
  });
});
