/**
 * What the load test reads from the hub's `/metrics` while it runs: the event-loop delay of
 * every closed 10 s window (scraped often enough to see each one), and at the end the whole
 * run's delay quantiles, every job's runs and longest slice, WAL checkpoints and the hub-side
 * ingest time. Prometheus text parsed by hand: a few regular lines.
 */

import { readFileSync } from 'node:fs';

/** One sample line: name, labels, value. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export function parseMetrics(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    out.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return out;
}

/** Event-loop delay of one window (or the run), ms. */
export interface LoopFigures {
  p50: number;
  p999: number;
  max: number;
}

export function loopDelay(samples: Sample[], window: 'run' | '10s'): LoopFigures | null {
  const q = (quantile: string) =>
    samples.find(
      (s) =>
        s.name === 'brewpit_event_loop_delay_quantile_seconds' &&
        s.labels['window'] === window &&
        s.labels['quantile'] === quantile,
    )?.value;
  const [p50, p999, max] = [q('0.5'), q('0.999'), q('1')];
  if (p50 === undefined || p999 === undefined || max === undefined) return null;
  return { p50: p50 * 1000, p999: p999 * 1000, max: max * 1000 };
}

/**
 * Time the machine took from every process, per CPU summed, from `/proc/stat` (Linux; null
 * elsewhere): `steal` is time a virtual machine's host ran something else, `iowait` idle time
 * with disk I/O outstanding. Beside a stalled window they tell the machine's pauses from the hub's.
 */
export interface MachineTimes {
  steal_ms: number;
  iowait_ms: number;
}

export function machineTimes(): MachineTimes | null {
  let line: string | undefined;
  try {
    line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
  } catch {
    return null;
  }
  // cpu  user nice system idle iowait irq softirq steal …, in USER_HZ (1/100 s on Linux).
  const f = line?.split(/\s+/).slice(1).map(Number) ?? [];
  if (f.length < 8 || f.some((v) => !Number.isFinite(v))) return null;
  return { iowait_ms: f[4]! * 10, steal_ms: f[7]! * 10 };
}

export const windowsClosed = (samples: Sample[]): number =>
  samples.find((s) => s.name === 'brewpit_event_loop_delay_windows')?.value ?? 0;

/**
 * A histogram's count, sum and the upper bound of the highest non-empty bucket (∞ past the
 * last), per value of `by`: `{ job: { n, sum_s, max_le_s } }`. A histogram without that label
 * comes out whole under `''`.
 */
export function histogramBy(
  samples: Sample[],
  name: string,
  by: string,
  filter: (labels: Record<string, string>) => boolean = () => true,
): Record<string, { n: number; sum_s: number; max_le_s: number }> {
  const out: Record<string, { n: number; sum_s: number; max_le_s: number }> = {};
  const get = (k: string) => (out[k] ??= { n: 0, sum_s: 0, max_le_s: 0 });
  for (const s of samples) {
    if (!filter(s.labels)) continue;
    const key = s.labels[by] ?? '';
    if (s.name === `${name}_count`) get(key).n += s.value;
    else if (s.name === `${name}_sum`) get(key).sum_s += s.value;
  }
  // Buckets are cumulative: the slowest observation lies in the lowest bucket holding them all.
  for (const key of Object.keys(out)) {
    out[key]!.max_le_s = histogramQuantile(
      samples,
      name,
      1,
      (l) => filter(l) && (l[by] ?? '') === key,
    );
  }
  return out;
}

/** The upper bound of the bucket holding the q-th quantile of a histogram (all labels summed). */
export function histogramQuantile(
  samples: Sample[],
  name: string,
  q: number,
  filter: (labels: Record<string, string>) => boolean,
): number {
  const buckets = new Map<number, number>();
  for (const s of samples) {
    if (s.name !== `${name}_bucket` || !filter(s.labels)) continue;
    const le = s.labels['le'] === '+Inf' ? Infinity : Number(s.labels['le']);
    buckets.set(le, (buckets.get(le) ?? 0) + s.value);
  }
  const sorted = [...buckets].sort((a, b) => a[0] - b[0]);
  const total = sorted.at(-1)?.[1] ?? 0;
  return sorted.find(([, n]) => n >= q * total)?.[0] ?? NaN;
}

/**
 * The q-th quantile of what a histogram gained between two scrapes, interpolated linearly
 * within its bucket as Prometheus' histogram_quantile does; NaN when it gained nothing.
 */
export function quantileBetween(
  before: Sample[],
  after: Sample[],
  name: string,
  q: number,
  filter: (labels: Record<string, string>) => boolean = () => true,
): number {
  const cumulative = (samples: Sample[]) => {
    const m = new Map<number, number>();
    for (const s of samples) {
      if (s.name !== `${name}_bucket` || !filter(s.labels)) continue;
      const le = s.labels['le'] === '+Inf' ? Infinity : Number(s.labels['le']);
      m.set(le, (m.get(le) ?? 0) + s.value);
    }
    return m;
  };
  const b = cumulative(before);
  const buckets = [...cumulative(after)]
    .map(([le, n]): [number, number] => [le, n - (b.get(le) ?? 0)])
    .sort((x, y) => x[0] - y[0]);
  const total = buckets.at(-1)?.[1] ?? 0;
  if (total <= 0) return NaN;
  const rank = q * total;
  let [lo, below] = [0, 0];
  for (const [le, n] of buckets) {
    if (n >= rank) {
      if (le === Infinity) return lo;
      return lo + ((le - lo) * (rank - below)) / Math.max(1, n - below);
    }
    [lo, below] = [le, n];
  }
  return NaN;
}
