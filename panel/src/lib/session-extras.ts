// A session's estimates as chart extras: projected curves with their band, stalls, and what
// each meat probe's target line says (its ETA, or that it is reached).
import type { SessionSeriesHistory } from '@brewpit/protocol';
import type { SessionEstimates } from '../data/estimates.js';
import type { ChartExtras, ChartProjection, ChartStall, ChartTargetNote } from './chart-model.js';
import { NO_EXTRAS } from './chart-model.js';
import type { Formatters } from './format.js';
import type { Localize } from './localize.js';
import { predictionState, projection } from './predictions.js';
import { displayUnit, type TemperatureUnit } from './units.js';

/**
 * Builds the extras of a session chart whose series are `series` (colour = index). `minute` is
 * the wall-clock minute: "done soon" depends on it, so memoising on it refreshes once a minute.
 */
export function estimateExtras(
  estimates: SessionEstimates | null,
  series: readonly SessionSeriesHistory[],
  temp: TemperatureUnit,
  fmt: Formatters,
  t: Localize,
  minute: number,
): ChartExtras {
  if (!estimates) return NO_EXTRAS;
  const now = minute * 60_000;
  const projections: ChartProjection[] = [];
  const stalls: ChartStall[] = [];
  const targetNotes = new Map<number, ChartTargetNote>();
  const meats = estimates.channels.length;
  for (const e of estimates.channels) {
    const i = series.findIndex((s) => s.series_id === e.series_id);
    if (i < 0) continue;
    const s = series[i]!;
    const u = displayUnit(s.kind, e.unit ?? s.unit, temp);
    const state = predictionState(e, now);
    if (state === 'reached') targetNotes.set(i, { text: t('chart.reached'), state });
    else if (e.eta !== null && state !== 'unknown')
      targetNotes.set(i, { text: t('chart.eta', { time: fmt.clock(e.eta, now) }), state });
    const p = projection(e);
    if (p) {
      projections.push({
        scale: u.unit,
        colorIndex: i,
        xs: p.ts.map((ts) => ts / 1000),
        mid: p.mid.map((v) => (Number.isFinite(v) ? u.toDisplay(v) : Number.NaN)),
        lo: p.lo.map(u.toDisplay),
        hi: p.hi.map(u.toDisplay),
      });
    }
    if (e.stall) {
      // Shaded to its end, or to the latest reading while it goes on (not into the future).
      const end = e.stall.ended_at ?? e.as_of;
      stalls.push({
        x: e.stall.since / 1000,
        endX: end === null ? null : end / 1000,
        colorIndex: i,
        label: meats > 1 ? t('chart.stall_of', { label: s.label }) : t('chart.stall'),
      });
    }
  }
  return { projections, stalls, targetNotes };
}
