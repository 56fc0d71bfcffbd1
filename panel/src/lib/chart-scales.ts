// uPlot scales of a chart: x in time or elapsed seconds, one y scale per display unit whose
// range always takes in that unit's target lines (a target above the data stays visible).
import type uPlot from 'uplot';
import type { ChartModel } from './chart-model.js';

export function yScales(m: ChartModel): uPlot.Scales {
  const scales: uPlot.Scales = { x: { time: m.xMode === 'time' } };
  for (const sc of m.scales) {
    scales[sc.key] = {
      auto: true,
      range: (_u, min, max) => {
        let lo = min;
        let hi = max;
        for (const t of m.targets) {
          if (t.scale !== sc.key) continue;
          lo = lo == null ? t.value : Math.min(lo, t.value);
          hi = hi == null ? t.value : Math.max(hi, t.value);
        }
        if (lo == null || hi == null) return [0, 1];
        const pad = Math.max((hi - lo) * 0.08, sc.decimals >= 3 ? 0.002 : 1);
        return [lo - pad, hi + pad];
      },
    };
  }
  return scales;
}
