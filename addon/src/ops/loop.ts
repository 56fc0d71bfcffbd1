import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

/** How often the event loop is sampled, ms (Node's default; an idle loop reads about this much). */
export const LOOP_RESOLUTION_MS = 10;
/** Length of the window whose delay `/metrics` reports beside the whole run's, ms. */
export const LOOP_WINDOW_MS = 10_000;
/** The quantiles `/metrics` reports; 1 is the maximum. */
export const LOOP_QUANTILES = [0.5, 0.9, 0.99, 0.999, 1] as const;

/** Delay quantiles in seconds, keyed by quantile. */
export type LoopQuantiles = Map<number, number>;

/**
 * The hub's event-loop delay (`perf_hooks.monitorEventLoopDelay`): a timer due every
 * LOOP_RESOLUTION_MS records the time between its runs, so an idle loop reads ~10 ms and a
 * slice of synchronous work that holds the loop for 300 ms shows up as a ~310 ms sample. Kept twice: since the hub started, and for
 * the last closed LOOP_WINDOW_MS window, so a stall is seen when it happens rather than diluted
 * by hours of idle samples. Two monitors, since Node cannot merge its loop histograms.
 */
export class LoopDelay {
  private monitor: IntervalHistogram | null = null;
  private total: IntervalHistogram | null = null;
  private timer: NodeJS.Timeout | null = null;
  private last: LoopQuantiles = new Map();
  /** Windows closed so far: a scraper compares it to see whether it missed one. */
  windows = 0;

  /** `onWindow` gets each closed window's samples, as (delay in seconds, how many) pairs. */
  constructor(
    private readonly onWindow: (samples: [number, number][]) => void = () => {},
    private readonly windowMs = LOOP_WINDOW_MS,
  ) {}

  start(): void {
    if (this.monitor) return;
    this.monitor = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    this.total = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
    this.monitor.enable();
    this.total.enable();
    this.timer = setInterval(() => this.rotate(), this.windowMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.monitor?.disable();
    this.total?.disable();
    this.monitor = null;
  }

  /** Quantiles since the start (the closed windows and the open one). */
  sinceStart(): LoopQuantiles {
    return this.total ? quantiles(this.total) : new Map();
  }

  /** Quantiles of the last closed window (empty before the first closes). */
  lastWindow(): LoopQuantiles {
    return this.last;
  }

  private rotate(): void {
    if (!this.monitor) return;
    this.last = quantiles(this.monitor);
    this.onWindow(samples(this.monitor));
    this.monitor.reset();
    this.windows++;
  }
}

function quantiles(h: {
  count: number;
  percentile(p: number): number;
  max: number;
}): LoopQuantiles {
  const out: LoopQuantiles = new Map();
  if (h.count === 0) return out;
  for (const q of LOOP_QUANTILES) out.set(q, (q === 1 ? h.max : h.percentile(q * 100)) / 1e9);
  return out;
}

/**
 * A window's samples rebuilt from its percentile distribution (Node keeps an HDR histogram and
 * hands out only percentiles): each percentile step's share of the count at that step's delay.
 * Exact to the HDR histogram's precision, which is what feeds a Prometheus histogram.
 */
function samples(h: IntervalHistogram): [number, number][] {
  const out: [number, number][] = [];
  let assigned = 0;
  for (const [p, v] of [...h.percentiles].sort((a, b) => a[0] - b[0])) {
    const upTo = Math.round((h.count * p) / 100);
    if (upTo > assigned) out.push([v / 1e9, upTo - assigned]);
    assigned = Math.max(assigned, upTo);
  }
  return out;
}
