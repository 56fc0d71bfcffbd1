// Replays recorded cooks and brews through the hub's own estimate path, minute by minute, and
// scores the answers against the truth of each log and against naive baselines computed in the
// same run. Used by bench/predictions.ts and by the corpus tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Session } from '@brewpit/protocol';
import {
  DEFAULT_ESTIMATOR_OPTIONS,
  Estimator,
  GRAVITY_SPACING_MS,
  KEEP_MS,
  SeriesBuffer,
  type BrewEstimate,
  type ChannelEstimate,
  type EstimatorOptions,
} from '../../src/intel/estimator.js';
import { between, linearFit, median, type Sample } from '../../src/intel/fit.js';
import { ChannelHygiene, HYGIENE_LIMITS } from '../../src/intel/hygiene.js';

const MIN = 60_000;
const HOUR = 3_600_000;

/** Metadata line of a corpus log (see the corpus README). */
export interface LogMeta {
  id: string;
  kind: 'cook' | 'ferment';
  split: 'tune' | 'holdout' | 'synthetic';
  device: string;
  cut: string;
  og?: number | null;
  channels: { channel: string; role: string; target?: number; reached_at?: number | null }[];
  source?: { repo: string; licence: string; attribution: string };
}

/** A log: metadata and readings `[ts, channel, value]` in time order. */
export interface ReplayLog {
  meta: LogMeta;
  readings: [number, string, number | null][];
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Where the corpus of real logs is: `BREWPIT_REAL_LOGS`, else `shared/real-logs` beside the
 * repository (how CI and every session get shared data), else the local staging copy.
 */
export function corpusDir(): string | null {
  const candidates = [
    process.env.BREWPIT_REAL_LOGS,
    path.join(ROOT, '..', 'shared', 'real-logs'),
    path.join(os.homedir(), '.cache', 'brewpit-real-logs'),
  ];
  return (
    candidates.find(
      (d) => d && existsSync(d) && readdirSync(d).some((f) => f.endsWith('.jsonl')),
    ) ?? null
  );
}

/** Reads every `*.jsonl` log of a corpus directory. */
export function loadCorpus(dir: string): ReplayLog[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => {
      const lines = readFileSync(path.join(dir, f), 'utf8').trim().split('\n');
      return {
        meta: JSON.parse(lines[0]!) as LogMeta,
        readings: lines.slice(1).map((l) => JSON.parse(l) as [number, string, number]),
      };
    });
}

/** One evaluation of a meat channel, with the naive straight line's answer at the same instant. */
export interface CookEval {
  ts: number;
  e: ChannelEstimate;
  naive: number | null;
}

/** The replay of one meat channel. */
export interface ChannelReplay {
  log: string;
  split: LogMeta['split'];
  channel: string;
  target: number;
  truth: number;
  evals: CookEval[];
  /** First instant the meat plateaued visibly (under 0.1 °C/min for 15 min after 60 °C). */
  stallVisible: number | null;
  stallFlagged: number | null;
  naiveStallFlagged: number | null;
}

/** Straight line through the last 30 minutes of readings, extended to the target. */
export function naiveEta(meat: readonly Sample[], asOf: number, target: number): number | null {
  const w = between(meat, asOf - 30 * MIN, asOf);
  if (w.length < 5 || asOf - w[0]![0] < 20 * MIN) return null;
  const f = linearFit(
    w.map((s) => (s[0] - asOf) / HOUR),
    w.map((s) => s[1]),
  );
  if (!f || !(f.slope > 0)) return null;
  const hours = (target - f.intercept) / f.slope;
  return hours >= 0 && hours < 12 ? asOf + hours * HOUR : null;
}

/** The visible stall: rate under `rate` °C/h over the 15 min from t, meat 60–85 °C. */
export function visibleStall(meat: readonly Sample[], rate = 6): number | null {
  for (const [ts, v] of meat) {
    if (v < 60 || v > 85) continue;
    const w = between(meat, ts, ts + 15 * MIN);
    if (w.length < 5 || w[w.length - 1]![0] - ts < 14 * MIN) continue;
    const f = linearFit(
      w.map((s) => (s[0] - ts) / HOUR),
      w.map((s) => s[1]),
    );
    if (f && f.slope < rate) return ts;
  }
  return null;
}

interface Harness {
  estimator: Estimator;
  push(ts: number, ch: string, v: number | null): void;
  series: Map<string, { id: number; buffer: SeriesBuffer }>;
}

/** Buffers and hygiene per channel exactly as the alert engine keeps them. */
function harness(meta: LogMeta, opts: EstimatorOptions = DEFAULT_ESTIMATOR_OPTIONS): Harness {
  const series = new Map<
    string,
    { id: number; buffer: SeriesBuffer; hygiene: ChannelHygiene; kind: string }
  >();
  meta.channels.forEach((c, i) => {
    const kind = c.role === 'gravity' ? 'gravity' : 'temperature';
    series.set(c.channel, {
      id: i + 1,
      kind,
      hygiene: new ChannelHygiene(HYGIENE_LIMITS[kind]),
      buffer: new SeriesBuffer(
        kind === 'gravity' ? KEEP_MS.gravity : KEEP_MS.temperature,
        kind === 'gravity' ? GRAVITY_SPACING_MS : 0,
      ),
    });
  });
  const byId = new Map([...series.values()].map((s) => [s.id, s]));
  const estimator = new Estimator(
    (id) => byId.get(id)?.buffer.samples ?? [],
    (id) => {
      const s = byId.get(id);
      return s ? { name: `s${id}`, unit: s.kind === 'gravity' ? 'SG' : '°C', kind: s.kind } : null;
    },
    opts,
  );
  return {
    estimator,
    series,
    push(ts, ch, v) {
      const s = series.get(ch);
      if (!s) return;
      if (s.hygiene.judge(ts, v) === 'ok') s.buffer.push(ts, v!);
    },
  };
}

function session(meta: LogMeta, h: Harness, kind: Session['kind']): Session {
  return {
    id: meta.id,
    kind,
    name: meta.id,
    started_at: 0,
    ended_at: null,
    og: meta.og ?? null,
    channels: meta.channels
      .filter((c) => c.role !== 'temperature' || kind === 'cook')
      .map((c) => ({
        series_id: h.series.get(c.channel)!.id,
        role: c.role as 'pit' | 'meat' | 'gravity',
        target: c.target ?? null,
      })),
  } as unknown as Session;
}

/**
 * Feeds a log in one-minute batches (the engine recomputes a session's estimates once per
 * stored batch) and calls `onBatch` after each, with the batch's newest reading time.
 */
function feed(log: ReplayLog, h: Harness, onBatch: (ts: number) => void): void {
  let batchEnd = -Infinity;
  let pending = false;
  for (const [ts, ch, v] of log.readings) {
    if (ts >= batchEnd && pending) {
      onBatch(batchEnd - 1);
      pending = false;
    }
    if (!pending) batchEnd = Math.floor(ts / MIN) * MIN + MIN;
    h.push(ts, ch, v);
    pending = true;
  }
  if (pending) onBatch(batchEnd - 1);
}

/** Replays a cook: every meat channel with a target and a known arrival. */
export function replayCook(
  log: ReplayLog,
  opts: EstimatorOptions = DEFAULT_ESTIMATOR_OPTIONS,
): ChannelReplay[] {
  const h = harness(log.meta, opts);
  const sess = session(log.meta, h, 'cook');
  const meats = log.meta.channels.filter((c) => c.role === 'meat' && c.target && c.reached_at);
  const out = meats.map<ChannelReplay>((c) => ({
    log: log.meta.id,
    split: log.meta.split,
    channel: c.channel,
    target: c.target!,
    truth: c.reached_at!,
    evals: [],
    stallVisible: null,
    stallFlagged: null,
    naiveStallFlagged: null,
  }));
  feed(log, h, () => {
    const est = h.estimator.estimate(sess);
    for (const r of out) {
      const s = h.series.get(r.channel)!;
      const e = est.channels.find((x) => x.series_id === s.id);
      const samples = s.buffer.samples;
      if (!e || samples.length === 0 || e.as_of === null || e.as_of > r.truth) continue;
      r.evals.push({ ts: e.as_of, e, naive: naiveEta(samples, e.as_of, r.target) });
      if (e.stall && r.stallFlagged === null) r.stallFlagged = e.as_of;
      const w = between(samples, e.as_of - 30 * MIN);
      const rate = w.length >= 5 ? naiveRate(w) : null;
      const now = median(samples.slice(-3).map((x) => x[1]));
      if (r.naiveStallFlagged === null && rate !== null && rate < 6 && now >= 60 && now <= 85)
        r.naiveStallFlagged = e.as_of;
    }
  });
  for (const r of out) {
    const s = h.series.get(r.channel)!;
    r.stallVisible = visibleStall(allOk(log, r.channel).filter((x) => x[0] <= r.truth));
    void s;
  }
  return out;
}

function naiveRate(w: readonly Sample[]): number | null {
  const t0 = w[w.length - 1]![0];
  const f = linearFit(
    w.map((s) => (s[0] - t0) / HOUR),
    w.map((s) => s[1]),
  );
  return f ? f.slope : null;
}

/** A channel's readings that pass the hub's hygiene, in order. */
function allOk(log: ReplayLog, channel: string): Sample[] {
  const c = log.meta.channels.find((x) => x.channel === channel)!;
  const hy = new ChannelHygiene(HYGIENE_LIMITS[c.role === 'gravity' ? 'gravity' : 'temperature']);
  const out: Sample[] = [];
  for (const [ts, ch, v] of log.readings)
    if (ch === channel && hy.judge(ts, v) === 'ok') out.push([ts, v!]);
  return out;
}

/** Scores of a set of meat channels. */
export interface CookScores {
  channels: number;
  /** Shares of evaluations with an estimate (status ok) in the last 2 h and the last hour. */
  okShare2h: number;
  okShare1h: number;
  naiveShare2h: number;
  naiveShare1h: number;
  meanErr2h: number;
  naiveMeanErr2h: number;
  worstErr1h: number;
  naiveWorstErr1h: number;
  /** Share of channels whose worst last-hour error is no larger than the naive line's. */
  beatsNaiveShare: number;
  /** Share of ok evaluations in the last 2 h whose band holds the true arrival. */
  bandCoverage: number;
  /** Median band width (min) of ok evaluations in the last 2 h, and as a share of the time left. */
  bandWidth2h: number;
  bandWidthShare2h: number;
  /**
   * Mean interval score (min) of the band as a 90 % interval, last 2 h (Gneiting & Raftery
   * 2007): width plus 20× any miss. A proper score: it cannot be improved by widening or
   * narrowing the band beyond what the errors justify, so it ranks settings fairly.
   */
  intervalScore2h: number;
  /** Worst stall flag lag (min) over channels with a visible stall, and the naive rule's. */
  worstStallLag: number | null;
  naiveWorstStallLag: number | null;
  stallChannels: number;
  stallsMissed: number;
  /** `ok` answers with a missing or non-finite time: must be 0. */
  okWithoutTimes: number;
  perChannel: {
    id: string;
    ok2h: number;
    worst1h: number;
    naiveWorst1h: number;
    band: number;
    meanErr2h: number;
    intervalScore2h: number;
    stallLag: number | null;
  }[];
}

const isOkWithTimes = (e: ChannelEstimate) =>
  [e.eta, e.low, e.high, e.minutes_remaining].every((v) => v !== null && Number.isFinite(v));

/** Counts of one channel's last two hours. */
interface ChannelCounts {
  n2: number;
  ok2: number;
  nv2: number;
  n1: number;
  ok1: number;
  nv1: number;
  inBand: number;
  okWithout: number;
  errs: number[];
  naiveErrs: number[];
  worst1: number;
  naiveWorst1: number;
  widths: number[];
  shares: number[];
  scores: number[];
}

function countChannel(r: ChannelReplay): ChannelCounts {
  const c: ChannelCounts = {
    ...{ n2: 0, ok2: 0, nv2: 0, n1: 0, ok1: 0, nv1: 0, inBand: 0, okWithout: 0 },
    ...{ errs: [], naiveErrs: [], worst1: 0, naiveWorst1: 0, widths: [], shares: [], scores: [] },
  };
  for (const { ts, e, naive } of r.evals) {
    if (e.status === 'ok' && !isOkWithTimes(e)) c.okWithout++;
    const left = r.truth - ts;
    if (left <= 0 || left > 120 * MIN) continue;
    const ok = e.status === 'ok' && isOkWithTimes(e);
    const err = ok ? Math.abs(e.eta! - r.truth) / MIN : NaN;
    const nErr = naive !== null ? Math.abs(naive - r.truth) / MIN : NaN;
    c.n2++;
    if (ok) {
      c.ok2++;
      c.errs.push(err);
      if (e.low! <= r.truth && r.truth <= e.high!) c.inBand++;
      const width = (e.high! - e.low!) / MIN;
      const miss = Math.max(0, e.low! - r.truth, r.truth - e.high!) / MIN;
      c.widths.push(width);
      c.shares.push(width / (left / MIN));
      c.scores.push(width + (2 / 0.1) * miss);
    }
    if (naive !== null) {
      c.nv2++;
      c.naiveErrs.push(nErr);
    }
    if (left > 60 * MIN) continue;
    c.n1++;
    if (ok) c.ok1++;
    if (ok) c.worst1 = Math.max(c.worst1, err);
    if (naive !== null) c.nv1++;
    if (naive !== null) c.naiveWorst1 = Math.max(c.naiveWorst1, nErr);
  }
  return c;
}

/** Scores replays (see `CookScores`); errors in minutes. */
export function scoreCooks(replays: ChannelReplay[]): CookScores {
  const counts = replays.map(countChannel);
  const sum = (f: (c: ChannelCounts) => number) => counts.reduce((a, c) => a + f(c), 0);
  const mean = (v: number[]) => (v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN);
  const lag = (r: ChannelReplay, at: number | null) =>
    r.stallVisible !== null && at !== null ? (at - r.stallVisible) / MIN : null;
  const withStall = replays.filter((r) => r.stallVisible !== null);
  const lags = withStall.map((r) => lag(r, r.stallFlagged)).filter((l) => l !== null);
  const naiveLags = withStall.map((r) => lag(r, r.naiveStallFlagged)).filter((l) => l !== null);
  const n2 = sum((c) => c.n2);
  const n1 = sum((c) => c.n1);
  const ok2 = sum((c) => c.ok2);
  return {
    channels: replays.length,
    okShare2h: n2 ? ok2 / n2 : 0,
    okShare1h: n1 ? sum((c) => c.ok1) / n1 : 0,
    naiveShare2h: n2 ? sum((c) => c.nv2) / n2 : 0,
    naiveShare1h: n1 ? sum((c) => c.nv1) / n1 : 0,
    meanErr2h: mean(counts.flatMap((c) => c.errs)),
    naiveMeanErr2h: mean(counts.flatMap((c) => c.naiveErrs)),
    worstErr1h: Math.max(0, ...counts.map((c) => c.worst1)),
    naiveWorstErr1h: Math.max(0, ...counts.map((c) => c.naiveWorst1)),
    beatsNaiveShare: replays.length
      ? counts.filter((c) => c.worst1 <= c.naiveWorst1).length / replays.length
      : 0,
    bandCoverage: ok2 ? sum((c) => c.inBand) / ok2 : 0,
    bandWidth2h: median(counts.flatMap((c) => c.widths)),
    bandWidthShare2h: median(counts.flatMap((c) => c.shares)),
    intervalScore2h: mean(counts.flatMap((c) => c.scores)),
    worstStallLag: lags.length ? Math.max(...lags) : null,
    naiveWorstStallLag: naiveLags.length ? Math.max(...naiveLags) : null,
    stallChannels: withStall.length,
    stallsMissed: withStall.filter((r) => r.stallFlagged === null).length,
    okWithoutTimes: sum((c) => c.okWithout),
    perChannel: replays.map((r, i) => ({
      id: `${r.log}/${r.channel}`,
      ok2h: counts[i]!.n2 ? counts[i]!.ok2 / counts[i]!.n2 : 0,
      worst1h: counts[i]!.worst1,
      naiveWorst1h: counts[i]!.naiveWorst1,
      band: counts[i]!.ok2 ? counts[i]!.inBand / counts[i]!.ok2 : 0,
      meanErr2h: mean(counts[i]!.errs),
      intervalScore2h: mean(counts[i]!.scores),
      stallLag: lag(r, r.stallFlagged),
    })),
  };
}

/** The replay of one fermentation. */
export interface BrewReplay {
  log: string;
  split: LogMeta['split'];
  /** The 48-h stable-gravity criterion: first instant gravity changed < 0.001 over the previous 48 h. */
  stable48: number | null;
  /** First instant the gravity was within 0.001 of its final value (it has levelled off). */
  levelled: number | null;
  finished: number | null;
  naiveFinished: number | null;
  final: BrewEstimate | null;
}

/** Hourly medians of a gravity series. */
export function hourly(points: readonly Sample[]): Sample[] {
  const m = new Map<number, number[]>();
  for (const [ts, v] of points) {
    const h = Math.floor(ts / HOUR) * HOUR + HOUR;
    m.set(h, [...(m.get(h) ?? []), v]);
  }
  return [...m.entries()].sort((a, b) => a[0] - b[0]).map(([h, vs]) => [h, median(vs)]);
}

/** Replays a brew's gravity channel through the estimator. */
export function replayBrew(log: ReplayLog): BrewReplay {
  const h = harness(log.meta);
  const sess = session(log.meta, h, 'brew');
  const g = log.meta.channels.find((c) => c.role === 'gravity')!;
  const gs = h.series.get(g.channel)!;
  let finished: number | null = null;
  let naiveFinished: number | null = null;
  let final: BrewEstimate | null = null;
  const start = log.readings.find((r) => r[1] === g.channel)![0];
  feed(log, h, () => {
    const b = h.estimator.estimate(sess).brew.find((x) => x.series_id === gs.id) ?? null;
    if (!b || b.as_of === null) return;
    final = b;
    if (finished === null && b.finished) finished = b.as_of;
    const s = gs.buffer.samples;
    const now = b.as_of;
    if (naiveFinished === null && now - start >= 24 * HOUR) {
      const back = between(s, now - 24 * HOUR - 30 * MIN, now - 24 * HOUR + 30 * MIN);
      const first = s[0]![1];
      if (back.length > 0) {
        const slope = s[s.length - 1]![1] - back[0]![1];
        if (Math.abs(slope) * 2 < 0.001 && first - s[s.length - 1]![1] >= 0.005)
          naiveFinished = now;
      }
    }
  });
  const hr = hourly(allOk(log, g.channel));
  const fg = median(between(hr, hr[hr.length - 1]![0] - 24 * HOUR).map((x) => x[1]));
  const levelled = hr.find((x) => x[1] <= fg + 0.001)?.[0] ?? null;
  const stable48 =
    hr.find((x) => {
      const past = hr.find((p) => p[0] >= x[0] - 48 * HOUR);
      return x[0] - hr[0]![0] >= 48 * HOUR && past && Math.abs(past[1] - x[1]) < 0.001;
    })?.[0] ?? null;
  return {
    log: log.meta.id,
    split: log.meta.split,
    stable48,
    levelled,
    finished,
    naiveFinished,
    final,
  };
}
