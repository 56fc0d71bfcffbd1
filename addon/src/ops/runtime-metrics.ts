import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { GcPauses } from './gc.js';
import { LoopDelay } from './loop.js';

/** Buckets for job runs and their slices: from a millisecond to the length of a long pass. */
const JOB_BUCKETS = [
  0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300,
];
/** Fine around the 10 ms sampling interval (an idle or lightly loaded loop), coarse beyond. */
const LOOP_BUCKETS = [
  0.0101, 0.0105, 0.011, 0.012, 0.0135, 0.015, 0.0175, 0.02, 0.025, 0.03, 0.04, 0.05, 0.075, 0.1,
  0.15, 0.25, 0.5, 1, 2.5, 5, 10,
];
const SLICE_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5];

/** What a WAL checkpoint did, as SQLite reports it. */
export interface CheckpointFigures {
  busy: number;
  log: number;
  checkpointed: number;
}

/**
 * Where the hub's time goes, for finding stalls: the event-loop delay (since start and over the
 * last window), the duration of every scheduled job run, the longest synchronous slice of each
 * (what actually holds the loop, since jobs yield between slices), every WAL checkpoint, every
 * group commit of ingest (which waits for the disk on the loop), and garbage-collection pauses.
 */
export class RuntimeMetrics {
  readonly loop: LoopDelay;
  readonly gc: GcPauses;
  private readonly jobSeconds: Histogram<'job' | 'outcome'>;
  private readonly sliceSeconds: Histogram<'job'>;
  private readonly checkpointSeconds: Histogram<'mode'>;
  private readonly checkpointPages: Counter<'mode'>;
  private readonly checkpointBusy: Counter<'mode'>;
  private readonly checkpointIncomplete: Counter<'mode'>;
  private readonly commitSeconds: Histogram;

  /** `loopWindowMs`: the loop-delay window (10 s; tests shorten it). */
  constructor(registry: Registry, loopWindowMs?: number) {
    const registers = [registry];
    this.loop = loopDelayMetrics(registry, loopWindowMs);
    this.jobSeconds = new Histogram({
      name: 'brewpit_job_duration_seconds',
      help: 'Duration of each scheduled job run, start to end (jobs yield between slices)',
      labelNames: ['job', 'outcome'],
      buckets: JOB_BUCKETS,
      registers,
    });
    this.sliceSeconds = new Histogram({
      name: 'brewpit_job_slice_seconds',
      help: 'Synchronous slices of job runs: how long a job held the event loop at once',
      labelNames: ['job'],
      buckets: SLICE_BUCKETS,
      registers,
    });
    this.checkpointSeconds = new Histogram({
      name: 'brewpit_wal_checkpoint_duration_seconds',
      help: 'Duration of each WAL checkpoint the hub ran, by mode',
      labelNames: ['mode'],
      buckets: SLICE_BUCKETS,
      registers,
    });
    this.checkpointPages = new Counter({
      name: 'brewpit_wal_checkpoint_pages_total',
      help: 'WAL pages folded into the database file by the hub’s checkpoints',
      labelNames: ['mode'],
      registers,
    });
    this.checkpointBusy = new Counter({
      name: 'brewpit_wal_checkpoint_busy_total',
      help: 'Checkpoints that could not finish because a reader or writer was busy',
      labelNames: ['mode'],
      registers,
    });
    this.checkpointIncomplete = new Counter({
      name: 'brewpit_wal_checkpoint_incomplete_total',
      help: 'Checkpoints that left WAL pages unfolded (committed while they ran), so the WAL could not rewind yet',
      labelNames: ['mode'],
      registers,
    });
    this.commitSeconds = new Histogram({
      name: 'brewpit_ingest_commit_seconds',
      help: 'How long each group commit of ingest batches held the event loop: the rows written, then the commit and its fsync of the WAL',
      buckets: SLICE_BUCKETS,
      registers,
    });
    this.gc = new GcPauses(registry);
  }

  /** Records one group commit of ingest batches (the store's writes and the commit together). */
  commit(seconds: number): void {
    this.commitSeconds.observe(seconds);
  }

  /** Records one finished job run. */
  job(job: string, seconds: number, ok: boolean): void {
    this.jobSeconds.observe({ job, outcome: ok ? 'ok' : 'failed' }, seconds);
  }

  /** Records one synchronous slice of a job (a step, a chunk, a whole run that never yields). */
  slice(job: string, seconds: number): void {
    this.sliceSeconds.observe({ job }, seconds);
  }

  /**
   * Records one checkpoint and what it folded. `complete`: the WAL was copied to its last page
   * (by default, as far as this checkpoint saw it).
   */
  checkpoint(
    mode: string,
    seconds: number,
    r: CheckpointFigures,
    complete = r.checkpointed >= r.log,
  ): void {
    this.checkpointSeconds.observe({ mode }, seconds);
    if (r.checkpointed > 0) this.checkpointPages.inc({ mode }, r.checkpointed);
    if (r.busy) this.checkpointBusy.inc({ mode });
    if (!complete) this.checkpointIncomplete.inc({ mode });
  }
}

/** The event-loop delay monitor and what `/metrics` shows of it (histogram, quantiles, windows). */
function loopDelayMetrics(registry: Registry, loopWindowMs?: number): LoopDelay {
  const registers = [registry];
  const delay = new Histogram({
    name: 'brewpit_event_loop_delay_seconds',
    help: 'Event-loop delay (sampled every 10 ms, so an idle loop reads about 0.01), added every 10 s',
    buckets: LOOP_BUCKETS,
    registers,
  });
  const loop = new LoopDelay((samples) => {
    for (const [v, n] of samples) for (let i = 0; i < n; i++) delay.observe(v);
  }, loopWindowMs);
  new Gauge({
    name: 'brewpit_event_loop_delay_quantile_seconds',
    help: `Event-loop delay quantiles since the start (window="run") and over the last closed 10 s (window="10s")`,
    labelNames: ['window', 'quantile'],
    registers,
    collect() {
      this.reset();
      for (const [window, qs] of [
        ['run', loop.sinceStart()],
        ['10s', loop.lastWindow()],
      ] as const) {
        for (const [q, v] of qs) this.set({ window, quantile: String(q) }, v);
      }
    },
  });
  new Gauge({
    name: 'brewpit_event_loop_delay_windows',
    help: 'Event-loop delay windows closed since the start (a scraper sees whether it missed one)',
    registers,
    collect() {
      this.set(loop.windows);
    },
  });
  return loop;
}
