import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { HubContext, HubModule } from '../context.js';
import { child, type Log } from '../log.js';
import type { CheckpointFigures } from '../ops/runtime-metrics.js';

/**
 * WAL pages (4 KiB) a fold is meant to find. When a fold finds more (or fewer), the next one
 * comes sooner (or later, up to `wal_fold_interval_ms`) in proportion, so a load heavy enough to
 * fill 64 MiB in less than the interval keeps the WAL about this size instead of growing it.
 */
const TARGET_PAGES = 16_384;
const MIN_PASS_MS = 250;
/**
 * How long after a fold that found `walPages`, `lastMs` after the one before it, the next one
 * comes: in proportion to reach {@link TARGET_PAGES}, between {@link MIN_PASS_MS} (or the
 * interval, when it is shorter) and `intervalMs`.
 */
export function nextFoldMs(intervalMs: number, lastMs: number, walPages: number): number {
  const ms = (lastMs * TARGET_PAGES) / Math.max(1, walPages);
  return Math.min(intervalMs, Math.max(Math.min(MIN_PASS_MS, intervalMs), ms));
}

/**
 * Passes the worker runs back to back while each finds pages the hub committed during the one
 * before. The next pass has only those pages to copy, so it is short and, between two ingest
 * commits, it usually finds nothing new: that is what lets the hub's next commit rewind the WAL.
 */
const MAX_PASSES = 8;
/** Between two passes the worker waits this long, ms: a burst of commits is over by then. */
const NAP_MS = 3;
/**
 * WAL pages past which the hub finishes an incomplete fold on its own connection, so that the
 * log stays bounded when ingest leaves the worker no gap at all (a flat-out import). The hub
 * holds its event loop for that copy and fsync, so it is the exception, not the rule.
 */
const FINISH_PAGES = 4 * TARGET_PAGES;
/**
 * The WAL file is cut back to this size when it is rewound, which is only after it outgrew
 * FINISH_PAGES. Cutting it is not free: on ext4 mounted with `discard` (as this machine's root
 * is) the truncate discards the freed blocks inside the call, and a WAL cut from about 220 to
 * 128 MiB held the hub's event loop 13–30 ms in a commit on the 10-minute load test. Below this
 * size the file is rewritten in place.
 */
const WAL_LIMIT_BYTES = FINISH_PAGES * 4096;

/**
 * The worker: a second connection to the store that runs PASSIVE checkpoints when asked. A
 * PASSIVE checkpoint never waits for (nor blocks) the hub's connection; it copies what is
 * committed and fsyncs the database file, which is the slow part. CommonJS evaluated in the
 * worker, with the driver resolved by the hub, so the same code runs from dist/ and the bundle.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = FULL');
const nap = new Int32Array(new SharedArrayBuffer(4));
parentPort.on('message', (m) => {
  if (m === 'close') { db.close(); parentPort.close(); return; }
  const t = performance.now();
  try {
    // A pass reports the WAL as it found it at its start: pages the hub commits during its
    // fsyncs are not in it. So the fold counts as done only when a pass finds nothing new
    // since the previous one (that pass copies nothing and takes microseconds).
    let [r] = db.pragma('wal_checkpoint(PASSIVE)');
    let passes = 1;
    let folded = r.log === 0; // an idle hub's WAL: rewound, nothing to fold
    while (!folded && r.busy === 0 && passes < workerData.maxPasses) {
      Atomics.wait(nap, 0, 0, workerData.napMs);
      const [next] = db.pragma('wal_checkpoint(PASSIVE)');
      passes++;
      folded = next.checkpointed === next.log && (next.log === r.log || next.log === 0);
      r = next;
    }
    parentPort.postMessage({ ...r, folded, ms: performance.now() - t });
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.message || err), ms: performance.now() - t });
  }
});
`;

/** `folded`: a pass found the WAL copied to its last page, so the hub's next commit rewinds it. */
type PassReply = CheckpointFigures & { ms: number; folded?: boolean; error?: string };

/**
 * WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside the commit that
 * crosses 1,000 WAL pages: under sustained ingest that is several times a second, each copying
 * pages and fsyncing the database file on the hub's event loop, in the middle of an ingest
 * request. Here the hub's connection stops checkpointing and a worker thread folds the WAL every
 * `wal_fold_interval_ms` (5 s unless set). The WAL can only be rewound (and so stay bounded) by a
 * commit that finds it folded to the last page, so the worker repeats its pass until one
 * completes between two commits. Only if none does and the WAL passes FINISH_PAGES does the hub
 * fold the rest itself: on a 10-minute soak at 3,200 readings/s that finishing step on the loop
 * (up to 100 ms, once a second) had been the longest thing holding ingest requests.
 *
 * Why seconds apart: a fold copies each page changed since the last one and fsyncs the database
 * file. At 3,200 readings/s from 3,200 series nearly every reading changes a page of its own,
 * so folds a second apart wrote thousands of scattered pages a second, their fsyncs grew to
 * 100 ms as the tables grew, and the hub's WAL fsyncs that met one took up to 21 ms instead of
 * 0.4. Five seconds apart a page takes five readings per write: over the 10-minute load test the
 * database's fsyncs took 2.0 s instead of 36.5 s, and no WAL fsync that met one took over
 * 10.1 ms (`bench/README.md`). On a Pi's SD card that is as many times fewer writes. Paused
 * while a backup holds checkpoints. Every run is timed in `/metrics`.
 */
export class WalCheckpointer implements HubModule {
  private readonly log: Log;
  private worker: Worker | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** How long before the last fold its timer was set, ms. */
  private lastDelayMs = 0;
  private inFlight: ((r: PassReply) => void) | null = null;
  private failed = false;

  constructor(private readonly ctx: HubContext) {
    this.log = child(ctx.log, 'hub:checkpoint');
  }

  async start(): Promise<void> {
    const { maintenance } = this.ctx.store;
    const file = maintenance.fileName();
    if (!file) return; // an in-memory store has no WAL
    let worker: Worker;
    try {
      const driver = createRequire(import.meta.url).resolve('better-sqlite3');
      worker = new Worker(WORKER, {
        eval: true,
        workerData: { driver, file, maxPasses: MAX_PASSES, napMs: NAP_MS },
      });
    } catch (err) {
      this.log.warn(
        { err },
        `No WAL checkpoint worker (${(err as Error).message}); checkpointing inline`,
      );
      return;
    }
    worker.on('message', (r: PassReply) => this.done(r));
    worker.on('error', (err) => this.fail(err));
    worker.unref();
    this.worker = worker;
    this.failed = false;
    maintenance.delegateCheckpoints(WAL_LIMIT_BYTES);
    this.passLater(this.ctx.settings.wal_fold_interval_ms);
  }

  private passLater(ms: number): void {
    this.lastDelayMs = ms;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.pass();
    }, ms);
    this.timer.unref();
  }

  /** Asks the worker for a pass, unless a backup holds checkpoints (then asks again later). */
  private pass(): void {
    if (!this.worker || this.inFlight) return;
    if (this.ctx.store.maintenance.checkpointsHeld())
      return this.passLater(this.ctx.settings.wal_fold_interval_ms);
    this.inFlight = () => {};
    this.worker.postMessage('pass');
  }

  private done(r: PassReply): void {
    const waiting = this.inFlight;
    this.inFlight = null;
    waiting?.(r);
    // Stopped (or failed) meanwhile: no next pass, and stop() gives checkpoints back.
    if (this.worker)
      this.passLater(
        nextFoldMs(this.ctx.settings.wal_fold_interval_ms, this.lastDelayMs, r.error ? 0 : r.log),
      );
    const { runtime } = this.ctx.metrics;
    runtime.job('checkpoint', r.ms / 1000, !r.error);
    if (r.error) {
      this.log.warn({ err: r.error }, `WAL checkpoint failed: ${r.error}`);
      return;
    }
    runtime.checkpoint('worker', r.ms / 1000, r, r.folded);
    if (r.folded || r.log < FINISH_PAGES) return;
    if (this.ctx.store.maintenance.checkpointsHeld()) return;
    const t = performance.now();
    const f = this.ctx.store.maintenance.checkpoint('PASSIVE');
    const seconds = (performance.now() - t) / 1000;
    runtime.checkpoint('finish', seconds, f);
    runtime.slice('checkpoint', seconds);
  }

  /** The worker died: the hub's connection checkpoints by itself again, as SQLite does by default. */
  private fail(err: Error): void {
    if (this.failed) return;
    this.failed = true;
    this.log.warn({ err }, `WAL checkpoint worker failed (${err.message}); checkpointing inline`);
    this.stopTimer();
    this.worker = null;
    this.inFlight = null;
    this.ctx.store.maintenance.releaseDelegation();
  }

  private stopTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Waits for a pass in flight, closes the worker's connection, gives checkpoints back. */
  async stop(): Promise<void> {
    this.stopTimer();
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    if (this.inFlight) await new Promise<void>((resolve) => (this.inFlight = () => resolve()));
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage('close');
    await exited;
    this.ctx.store.maintenance.releaseDelegation();
  }
}
