// The hub's compact chart answer (`SessionChart`: delta-coded times, integer values) turned back
// into the `[ts, value]` points the rest of the panel draws from.
import type { Point, SessionChart, SessionHistory } from '@brewpit/protocol';

/** Decodes a `SessionChart` into the `SessionHistory` shape (same points, to the sent precision). */
export function decodeChart(c: SessionChart): SessionHistory {
  return {
    session_id: c.session_id,
    from: c.from,
    to: c.to,
    annotations: c.annotations,
    series: c.series.map(({ t, v, decimals, tier: _tier, ...rest }) => {
      const scale = 10 ** decimals;
      const points = new Array<Point>(t.length);
      let ts = c.from;
      for (let i = 0; i < t.length; i++) {
        ts += t[i]!;
        const x = v[i];
        points[i] = [ts, x === null || x === undefined ? null : x / scale];
      }
      return { ...rest, points };
    }),
  };
}
