// Live readings on top of a session's history: buffered as they are pushed, then appended in
// one go, so a page redraws once per flush instead of once per probe reading.
import type { Point, SessionHistory } from '@brewpit/protocol';

/**
 * A live point this long after the series' previous one means readings in between were not
 * pushed (a backlog drained, the page asleep): longer than any sampling interval a probe uses.
 */
export const LIVE_GAP_MS = 60_000;

/** Readings pushed since the last flush, per series. */
export class LiveBuffer {
  private readonly bySeries = new Map<number, Point[]>();

  add(seriesId: number, point: Point): void {
    const list = this.bySeries.get(seriesId) ?? [];
    list.push(point);
    this.bySeries.set(seriesId, list);
  }

  get size(): number {
    return this.bySeries.size;
  }

  clear(): void {
    this.bySeries.clear();
  }

  /**
   * `h` with the buffered readings appended (only those newer than a series' last point, in
   * time order) and the buffer emptied; `added` is the most points any series gained. `skipped`
   * says the live feed jumped over readings the hub has: it carries a probe's latest state at
   * most once a second, so a node catching up on a backlog shows as one point after a long
   * silence, and only the history has what lies between.
   */
  drain(h: SessionHistory): { history: SessionHistory; added: number; skipped: boolean } {
    let added = 0;
    let skipped = false;
    const series = h.series.map((s) => {
      const add = this.bySeries.get(s.series_id);
      if (!add) return s;
      const lastTs = s.points.length ? s.points[s.points.length - 1]![0] : -Infinity;
      const fresh = add.filter((p) => p[0] > lastTs).sort((a, b) => a[0] - b[0]);
      added = Math.max(added, fresh.length);
      if (fresh.length && fresh[0]![0] - lastTs > LIVE_GAP_MS) skipped = true;
      return fresh.length ? { ...s, points: [...s.points, ...fresh] } : s;
    });
    this.bySeries.clear();
    if (!added) return { history: h, added, skipped };
    const latest = Math.max(h.to, ...series.map((s) => s.points[s.points.length - 1]?.[0] ?? 0));
    return { history: { ...h, series, to: latest }, added, skipped };
  }
}

/** The newest reading of any series of `h` (0 when there is none). */
export function newestReading(h: SessionHistory | undefined): number {
  if (!h) return 0;
  let newest = 0;
  for (const s of h.series) newest = Math.max(newest, s.points[s.points.length - 1]?.[0] ?? 0);
  return newest;
}
