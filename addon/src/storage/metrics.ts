import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { ColdStep, Store } from '../store/index.js';

/**
 * Cold-storage metrics: what is compressed and what it saved (read from the store at scrape
 * time), and the job's progress and step times (set by `ColdStorageModule`). A step's duration is
 * how long it held the event loop and the write lock: the figure to hold against an ingest batch.
 */
export class ColdMetrics {
  readonly backlog: Gauge;
  readonly running: Gauge;
  private readonly steps: Counter;
  private readonly moved: Counter;
  private readonly failures: Counter;
  private readonly stepSeconds: Histogram;

  constructor(registry: Registry, store: Store) {
    const registers = [registry];
    const total = (name: string, help: string, pick: (s: ColdStats) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(
            sum(store)
              .map(pick)
              .reduce((a, b) => a + b, 0),
          );
        },
      });
    total('brewpit_cold_readings', 'Readings held in compressed blocks', (s) => s.readings);
    total('brewpit_cold_blocks', 'Compressed blocks', (s) => s.blocks);
    total('brewpit_cold_bytes', 'Bytes of compressed block data', (s) => s.bytes);
    total(
      'brewpit_cold_saved_bytes',
      'Store pages freed by compression, net of the blocks written (measured per step)',
      (s) => s.saved_bytes,
    );
    this.backlog = new Gauge({
      name: 'brewpit_cold_backlog_hours',
      help: 'Series-hours of readings past the cold age not yet compressed (0 when caught up)',
      registers,
    });
    this.running = new Gauge({
      name: 'brewpit_cold_pass_running',
      help: '1 while a compression pass runs',
      registers,
    });
    this.steps = new Counter({
      name: 'brewpit_cold_steps_total',
      help: 'Compression steps (transactions) done',
      registers,
    });
    this.moved = new Counter({
      name: 'brewpit_cold_compressed_readings_total',
      help: 'Hot readings moved into compressed blocks',
      registers,
    });
    this.failures = new Counter({
      name: 'brewpit_cold_failures_total',
      help: 'Compression steps that failed (the series is retried next pass)',
      registers,
    });
    this.stepSeconds = new Histogram({
      name: 'brewpit_cold_step_duration_seconds',
      help: 'Time one compression step held the event loop and the store',
      buckets: [0.001, 0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1, 0.25],
      registers,
    });
  }

  /** Counts a finished step. */
  step(s: ColdStep, seconds: number): void {
    this.steps.inc();
    this.moved.inc(s.moved);
    this.stepSeconds.observe(seconds);
  }

  failed(): void {
    this.failures.inc();
  }
}

type ColdStats = ReturnType<Store['cold']['stats']>[number];
const sum = (store: Store): ColdStats[] => store.cold.stats();
