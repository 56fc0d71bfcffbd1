import type { ReadingsResponse, Session, SessionHistory } from '@brewpit/protocol';
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
