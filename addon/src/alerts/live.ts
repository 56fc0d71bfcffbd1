import type { Session } from '@brewpit/protocol';
import {
  Estimator,
  GRAVITY_SPACING_MS,
  KEEP_MS,
  SeriesBuffer,
  type SessionEstimates,
} from '../intel/estimator.js';
import type { Sample } from '../intel/fit.js';
import { ChannelHygiene, HYGIENE_LIMITS } from '../intel/hygiene.js';
import type { Store } from '../store/index.js';

/** What the hub keeps in memory about one series: its recent good readings and their judge. */
export interface SeriesState {
  kind: string;
  unit: string;
  name: string;
  deviceId: string;
  hygiene: ChannelHygiene;
  buffer: SeriesBuffer;
}

/**
 * Live estimates of the running sessions (time to target, stall, fermentation), from recent
 * good readings kept per series. The alert engine feeds it and evaluates the rules on what it
 * computes; the API and the Home Assistant bridge read it. A series' buffer is filled from the
 * store on first use, so estimates survive a hub restart.
 *
 * Only the channels of running sessions keep the whole window their estimates read (hours of
 * temperature, weeks of gravity); every other series keeps what the rules read from it, the
 * longest rate-of-change window (see `watch`). Hours for every series made the hub's memory grow
 * with its node count for three hours: 200 nodes × 16 channels at 1 Hz is 35 million readings.
 */
export class LiveEstimates {
  private readonly series = new Map<number, SeriesState>();
  private readonly latest = new Map<string, SessionEstimates>();
  private readonly estimator: Estimator;
  /** Series of running sessions: their buffers keep the estimators' whole window. */
  private watched = new Set<number>();
  /** How far back every other series keeps its readings. */
  private briefMs = 0;

  constructor(private readonly store: Store) {
    this.estimator = new Estimator(
      (id) => this.state(id)?.buffer.samples ?? [],
      (id) => this.state(id) ?? null,
    );
  }

  /** The state of a series, created (and backfilled) on first use; undefined when unknown. */
  state(seriesId: number): SeriesState | undefined {
    let s = this.series.get(seriesId);
    if (s) return s;
    const info = this.store.series.get(seriesId);
    if (!info) return undefined;
    s = {
      kind: info.kind,
      unit: info.unit,
      name: info.name,
      deviceId: info.device_id,
      hygiene: new ChannelHygiene(HYGIENE_LIMITS[info.kind]),
      buffer: this.filled(seriesId, info.kind, info.last_ts),
    };
    this.series.set(seriesId, s);
    return s;
  }

  /**
   * Says what the buffers must hold: the whole estimator window for the channels of running
   * sessions (`sessionSeries`), `briefMs` for every other series. A buffer that must now reach
   * further back is filled again from the store (a session started on a probe that was only
   * being watched by rules); one that keeps less drops its oldest readings as new ones come.
   */
  watch(sessionSeries: Iterable<number>, briefMs: number): void {
    this.watched = new Set(sessionSeries);
    this.briefMs = briefMs;
    for (const [id, s] of this.series) this.rekeep(id, s);
  }

  private keepOf(seriesId: number, kind: string): number {
    const full =
      kind === 'temperature'
        ? KEEP_MS.temperature
        : kind === 'gravity'
          ? KEEP_MS.gravity
          : KEEP_MS.other;
    return this.watched.has(seriesId) ? full : Math.min(full, this.briefMs);
  }

  private rekeep(seriesId: number, s: SeriesState): void {
    const keep = this.keepOf(seriesId, s.kind);
    if (keep > s.buffer.keepMs)
      s.buffer = this.filled(seriesId, s.kind, this.store.series.get(seriesId)?.last_ts ?? null);
    else s.buffer.keepMs = keep;
  }

  /** A buffer for a series, holding what the store has of its `keepOf` window. */
  private filled(seriesId: number, kind: string, lastTs: number | null): SeriesBuffer {
    const keep = this.keepOf(seriesId, kind);
    const buffer = new SeriesBuffer(keep, kind === 'gravity' ? GRAVITY_SPACING_MS : 0);
    if (lastTs !== null && keep > 0) {
      const h = this.store.series.history(seriesId, lastTs - keep, lastTs, 20_000);
      for (const [ts, v] of h.points) if (v !== null) buffer.push(ts, v);
    }
    return buffer;
  }

  /** Forgets every series (a device was added, renamed or deleted: names and series may differ). */
  clearSeries(): void {
    this.series.clear();
  }

  /** Recomputes a running session's estimates and keeps them as the latest. */
  compute(s: Session): SessionEstimates {
    // Asked before the engine heard of the session (an API call right after its start): its
    // channels get their whole window now rather than an estimate from a few minutes.
    if (s.ended_at === null)
      for (const c of s.channels) {
        if (this.watched.has(c.series_id)) continue;
        this.watched.add(c.series_id);
        const st = this.series.get(c.series_id);
        if (st) this.rekeep(c.series_id, st);
      }
    const est = this.estimator.estimate(s);
    this.latest.set(s.id, est);
    return est;
  }

  /**
   * The estimates of a session: the latest of a running one (computed now if none yet); for an
   * ended one (or one the live state never saw), computed once from the stored readings up to
   * its end. The stall is then the one visible in the last hours.
   */
  estimates(s: Session): SessionEstimates {
    if (s.ended_at === null) return this.latest.get(s.id) ?? this.compute(s);
    return estimateFromStore(this.store, s);
  }

  /** Drops what is kept for a session that ended or was deleted. */
  forget(sessionId: string): void {
    this.estimator.forget(sessionId);
    this.latest.delete(sessionId);
  }
}

function estimateFromStore(store: Store, s: Session): SessionEstimates {
  const end = s.ended_at ?? Date.now();
  const cache = new Map<number, Sample[]>();
  const load = (id: number): Sample[] => {
    let pts = cache.get(id);
    if (pts) return pts;
    const info = store.series.get(id);
    const keep = info?.kind === 'gravity' ? KEEP_MS.gravity : KEEP_MS.temperature;
    const to = Math.min(end, info?.last_ts ?? end);
    pts = store.series
      .history(id, Math.max(s.started_at, to - keep), to, 20_000)
      .points.filter((p): p is [number, number] => p[1] !== null)
      .map(([ts, v]) => [ts, v] as const);
    cache.set(id, pts);
    return pts;
  };
  const meta = (id: number) => {
    const info = store.series.get(id);
    return info ? { name: info.name, unit: info.unit, kind: info.kind } : null;
  };
  return new Estimator(load, meta).estimate(s);
}
