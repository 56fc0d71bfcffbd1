import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { Histogram, type Registry } from 'prom-client';

/** A scavenge takes about a millisecond; a full collection of a large heap, hundreds. */
const GC_BUCKETS = [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

/** V8's collection kinds, as `/metrics` labels them. */
const KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb',
};

/**
 * Garbage-collection pauses, as Node's performance timeline reports them. A major collection
 * holds the event loop like any synchronous work, but matches no job or checkpoint: without this
 * a loop hold that no other metric explains stays a guess. `brewpit_gc_pause_seconds{kind}`.
 */
export class GcPauses {
  private observer: PerformanceObserver | null = null;
  private readonly seconds: Histogram<'kind'>;

  constructor(registry: Registry) {
    this.seconds = new Histogram({
      name: 'brewpit_gc_pause_seconds',
      help: 'Garbage-collection pauses of the hub process, by kind (minor, major, incremental, weakcb)',
      labelNames: ['kind'],
      buckets: GC_BUCKETS,
      registers: [registry],
    });
  }

  start(): void {
    if (this.observer) return;
    this.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        this.seconds.observe({ kind: kindOf(e) }, e.duration / 1000);
    });
    this.observer.observe({ entryTypes: ['gc'] });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
  }
}

function kindOf(e: PerformanceEntry): string {
  const detail = (e as PerformanceEntry & { detail?: { kind?: number } }).detail;
  return KINDS[detail?.kind ?? -1] ?? 'other';
}
