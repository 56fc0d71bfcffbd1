// Live readings on top of a session's history: buffered as they are pushed, then appended in
// one go, so a page redraws once per flush instead of once per probe reading.
import type { Point, SessionHistory } from '@brewpit/protocol';

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
   * time order) and the buffer emptied; `added` is the most points any series gained.
   */
  drain(h: SessionHistory): { history: SessionHistory; added: number } {
    let added = 0;
    const series = h.series.map((s) => {
      const add = this.bySeries.get(s.series_id);
      if (!add) return s;
      const lastTs = s.points.length ? s.points[s.points.length - 1]![0] : -Infinity;
      const fresh = add.filter((p) => p[0] > lastTs).sort((a, b) => a[0] - b[0]);
      added = Math.max(added, fresh.length);
      return fresh.length ? { ...s, points: [...s.points, ...fresh] } : s;
    });
    this.bySeries.clear();
    if (!added) return { history: h, added };
    const latest = Math.max(h.to, ...series.map((s) => s.points[s.points.length - 1]?.[0] ?? 0));
    return { history: { ...h, series, to: latest }, added };
  }
}

/** The newest reading of any series of `h` (0 when there is none). */
export function newestReading(h: SessionHistory | undefined): number {
  if (!h) return 0;
  let newest = 0;
  for (const s of h.series) newest = Math.max(newest, s.points[s.points.length - 1]?.[0] ?? 0);
  return newest;
}
