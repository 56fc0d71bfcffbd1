import {
  DEFAULT_CHART_DECIMALS,
  MAX_CHART_DECIMALS,
  type ChartSeries,
  type Point,
  type ReadingsResponse,
  type Session,
  type SessionChart,
  type SessionHistory,
} from '@brewpit/protocol';
import type { HubCore } from '../core.js';
import { invalid, notFound } from '../errors.js';

/** A queried range; either end may be missing. */
export interface RangeInput {
  from?: number;
  to?: number;
}

/**
 * What charts and exports read: one series' history, a session's chart. Read-only; the store
 * computes the downsampling.
 */
export class HistoryService {
  constructor(private readonly core: HubCore) {}

  /** Raw or downsampled points of one series; 0 to now by default. */
  seriesReadings(id: number, q: RangeInput, maxPoints: number): ReadingsResponse {
    const { series } = this.core.store;
    if (!series.get(id)) throw notFound(`No series ${id}`);
    const to = q.to ?? Date.now();
    const from = q.from ?? 0;
    checkRange(from, to);
    const h = series.history(id, from, to, maxPoints);
    return { series_id: id, downsampled: h.downsampled, points: h.points };
  }

  /**
   * The chart of {@link sessionHistory} in columns (`SessionChart`): times as differences,
   * values as integers at each channel's declared precision.
   */
  sessionChart(s: Session, q: RangeInput, maxPoints: number): SessionChart {
    const { series, sessions } = this.core.store;
    const { from, to } = sessionRange(s, q);
    const decimals = new Map<string, Map<string, { precision: number | null }>>();
    return {
      session_id: s.id,
      from,
      to,
      series: s.channels.map((c): ChartSeries => {
        const info = series.get(c.series_id)!;
        let known = decimals.get(info.device_id);
        if (!known) decimals.set(info.device_id, (known = series.channels(info.device_id)));
        const d = Math.min(
          MAX_CHART_DECIMALS,
          known.get(info.key)?.precision ?? DEFAULT_CHART_DECIMALS,
        );
        const h = series.history(c.series_id, from, to, maxPoints);
        return {
          series_id: c.series_id,
          role: c.role,
          label: c.label ?? info.name,
          kind: info.kind,
          unit: info.unit,
          target: c.target ?? null,
          downsampled: h.downsampled,
          tier: h.tier,
          decimals: d,
          ...columns(h.points, from, d),
        };
      }),
      annotations: sessions.annotations(s.id, from, to),
    };
  }

  /** Everything a session's chart draws: each channel's points and the notes in range. */
  sessionHistory(s: Session, q: RangeInput, maxPoints: number): SessionHistory {
    const { series, sessions } = this.core.store;
    const { from, to } = sessionRange(s, q);
    return {
      session_id: s.id,
      from,
      to,
      series: s.channels.map((c) => {
        const info = series.get(c.series_id)!;
        const h = series.history(c.series_id, from, to, maxPoints);
        return {
          series_id: c.series_id,
          role: c.role,
          label: c.label ?? info.name,
          kind: info.kind,
          unit: info.unit,
          target: c.target ?? null,
          downsampled: h.downsampled,
          points: h.points,
        };
      }),
      annotations: sessions.annotations(s.id, from, to),
    };
  }
}

/** A session's chart range: the query's, else start → end (or now while it runs). */
export function sessionRange(s: Session, q: RangeInput): { from: number; to: number } {
  const from = q.from ?? s.started_at;
  const to = q.to ?? s.ended_at ?? Math.max(Date.now(), from);
  checkRange(from, to);
  return { from, to };
}

function checkRange(from: number, to: number): void {
  if (from > to)
    throw invalid(
      [{ path: '/query/from', message: "must not be after 'to'" }],
      "'from' must not be after 'to'",
    );
}

/** Points as delta-coded times from `from` and values scaled to integers (see `ChartSeries`). */
export function columns(
  points: readonly Point[],
  from: number,
  decimals: number,
): { t: number[]; v: (number | null)[] } {
  const scale = 10 ** decimals;
  const t = new Array<number>(points.length);
  const v = new Array<number | null>(points.length);
  let prev = from;
  for (let i = 0; i < points.length; i++) {
    // Indexes, not destructuring: raw points are SQLite's row arrays, and iterating those (what
    // `const [ts, value] =` does) cost more than the rest of the chart together.
    const p = points[i]!;
    const ts = p[0];
    const value = p[1];
    t[i] = ts - prev;
    prev = ts;
    v[i] = value === null ? null : Math.round(value * scale);
  }
  return { t, v };
}
