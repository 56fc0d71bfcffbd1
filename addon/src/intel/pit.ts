import { between, type Sample } from './fit.js';

/** Tuning of the pit level the meat is projected against. */
export interface PitOptions {
  /** Longest stretch the level averages over (lid openings count at their real weight). */
  windowMs: number;
  /** Blocks the change detector compares (median per block: a lid dip does not move it). */
  blockMs: number;
  /** A block median this far (°C, or this share of the level) from the recent level is a different regime. */
  changeC: number;
  changeShare: number;
  /** No pit reading for this long: the probe was pulled or the link dropped. */
  silentMs: number;
}

export const DEFAULT_PIT_OPTIONS: PitOptions = {
  windowMs: 120 * 60_000,
  blockMs: 15 * 60_000,
  changeC: 8,
  changeShare: 0.06,
  silentMs: 10 * 60_000,
};

/** The pit level a projection assumes, and how it was found. */
export interface PitLevel {
  /** °C the meat is assumed to heat toward from now on. */
  level: number;
  /** Spread of 10-minute means around the level since the regime began (°C). */
  blockSd: number;
  /** measured: the pit probe's recent average; setpoint: the session's pit target; last_known: a silent probe's last average. */
  source: 'measured' | 'setpoint' | 'last_known';
  /** Start of the stretch averaged: after the last deliberate change, or the window start. */
  since: number;
  /** When a deliberate change (raised or lowered pit) was last seen, null if none in the window. */
  changedAt: number | null;
  /** Newest pit reading (null without any). */
  lastTs: number | null;
}

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Time-weighted mean and 10-minute block spread of the pit readings given (gaps over 5 min not bridged). */
export function average(pts: readonly Sample[]): { mean: number; blockSd: number } | null {
  if (pts.length === 0) return null;
  if (pts.length === 1) return { mean: pts[0]![1], blockSd: 0 };
  const from = pts[0]![0];
  const block = 10 * 60_000;
  const sums = new Map<number, { area: number; dt: number }>();
  let area = 0;
  let total = 0;
  for (let i = 1; i < pts.length; i++) {
    const [t0, v0] = pts[i - 1]!;
    const [t1, v1] = pts[i]!;
    // A gap (link dropped) is not averaged across: its length would weigh a guess.
    const dt = Math.min(t1 - t0, 5 * 60_000);
    const a = ((v0 + v1) / 2) * dt;
    area += a;
    total += dt;
    const b = Math.floor((t0 - from) / block);
    const cur = sums.get(b) ?? { area: 0, dt: 0 };
    cur.area += a;
    cur.dt += dt;
    sums.set(b, cur);
  }
  if (total <= 0) return { mean: median(pts.map((p) => p[1])), blockSd: 0 };
  const mean = area / total;
  const blocks = [...sums.values()].filter((b) => b.dt > block / 2).map((b) => b.area / b.dt);
  const sd =
    blocks.length > 1
      ? Math.sqrt(blocks.reduce((acc, m) => acc + (m - mean) ** 2, 0) / (blocks.length - 1))
      : 0;
  return { mean, blockSd: sd };
}

/**
 * Start of the current pit regime: walking back in blocks from the newest reading, the first
 * three consecutive blocks whose medians sit on the same side of the newest three blocks'
 * median, each by more than the change threshold, mark a deliberate change (a raised pit after
 * the wrap, a new fuel load, a lowered setpoint). A lid opening or a flare moves one or two
 * blocks at most, and a median of three is not moved by one.
 */
function regimeStart(
  pts: readonly Sample[],
  lastTs: number,
  o: PitOptions,
): { since: number; changedAt: number | null } {
  const first = pts[0]![0];
  const blocks: { end: number; med: number }[] = [];
  for (let end = lastTs; end - o.blockMs >= first - o.blockMs / 2; end -= o.blockMs) {
    const vals = between(pts, end - o.blockMs, end).map((p) => p[1]);
    if (vals.length > 0) blocks.push({ end, med: median(vals) });
  }
  if (blocks.length < 6) return { since: first, changedAt: null };
  const ref = median(blocks.slice(0, 3).map((b) => b.med));
  const limit = Math.max(o.changeC, o.changeShare * Math.abs(ref));
  const side = (b: { med: number }) => (b.med - ref > limit ? 1 : ref - b.med > limit ? -1 : 0);
  for (let i = 3; i + 2 < blocks.length; i++) {
    const s = side(blocks[i]!);
    if (s !== 0 && side(blocks[i + 1]!) === s && side(blocks[i + 2]!) === s) {
      const since = blocks[i]!.end;
      return { since, changedAt: since };
    }
  }
  return { since: first, changedAt: null };
}

/**
 * The pit level the meat will see from now on. Measured: the time-average since the last
 * deliberate change (at most `windowMs`), so a raised pit is followed within half an hour
 * rather than diluted by two hours of the old level, while lid openings inside the regime
 * still count at their real weight (the meat integrates them). A silent probe (pulled at the
 * wrap, a dropped link) hands over to the session's setpoint when there is one, else to its
 * last regime's average. No pit data and no setpoint: null.
 */
export function pitLevel(
  pit: readonly Sample[],
  asOf: number,
  setpoint: number | null = null,
  opts: PitOptions = DEFAULT_PIT_OPTIONS,
): PitLevel | null {
  const last = pit[pit.length - 1];
  if (!last) {
    if (setpoint === null) return null;
    return {
      level: setpoint,
      blockSd: 0,
      source: 'setpoint',
      since: asOf,
      changedAt: null,
      lastTs: null,
    };
  }
  const lastTs = Math.min(last[0], asOf);
  const pts = between(pit, lastTs - opts.windowMs, lastTs);
  if (pts.length === 0) {
    if (setpoint === null) return null;
    return {
      level: setpoint,
      blockSd: 0,
      source: 'setpoint',
      since: asOf,
      changedAt: null,
      lastTs,
    };
  }
  const { since, changedAt } = regimeStart(pts, lastTs, opts);
  // A regime younger than 20 min is still settling: its newest 10 minutes say most.
  const from = lastTs - since < 20 * 60_000 ? lastTs - 10 * 60_000 : since;
  const avg = average(between(pts, from, lastTs))!;
  const silent = asOf - lastTs > opts.silentMs;
  if (silent && setpoint !== null)
    return { level: setpoint, blockSd: avg.blockSd, source: 'setpoint', since, changedAt, lastTs };
  return {
    level: avg.mean,
    blockSd: avg.blockSd,
    source: silent ? 'last_known' : 'measured',
    since,
    changedAt,
    lastTs,
  };
}

/**
 * The pit readings that describe the meat's surroundings. A pit probe reading below the meat for
 * `minMs` or longer is not in the cooker — pulled out at the wrap and left on the counter, or
 * the cook is over — since nothing heats a cut from colder air; a lid opening dips the pit below
 * the meat for a minute or two, never ten. Such stretches are left out, so the level hands over
 * to the setpoint or the last level as for a silent probe. The same array when nothing is cut.
 */
export function pitInCooker(
  pit: readonly Sample[],
  meat: readonly Sample[],
  minMs = 10 * 60_000,
): readonly Sample[] {
  if (pit.length === 0 || meat.length === 0) return pit;
  const drop: [number, number][] = [];
  let j = 0;
  let runStart = -1;
  for (let i = 0; i <= pit.length; i++) {
    let below = false;
    if (i < pit.length) {
      const [ts, v] = pit[i]!;
      while (j + 1 < meat.length && meat[j + 1]![0] <= ts) j++;
      below = v < meat[j]![1];
    }
    if (below && runStart < 0) runStart = i;
    if (!below && runStart >= 0) {
      if (pit[i - 1]![0] - pit[runStart]![0] >= minMs) drop.push([runStart, i - 1]);
      runStart = -1;
    }
  }
  if (drop.length === 0) return pit;
  const out: Sample[] = [];
  let d = 0;
  for (let i = 0; i < pit.length; i++) {
    while (d < drop.length && drop[d]![1] < i) d++;
    if (d < drop.length && i >= drop[d]![0] && i <= drop[d]![1]) continue;
    out.push(pit[i]!);
  }
  return out;
}
