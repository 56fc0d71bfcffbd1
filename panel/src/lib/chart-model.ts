// Everything a chart draws, in display units, independent of uPlot and of the DOM.
import type { Annotation, ChannelRole, Session, SessionHistory } from '@brewpit/protocol';
import { alignSeries, type Value } from './chart-data.js';
import { displayUnit, type TemperatureUnit } from './units.js';

/** One drawn line. */
export interface ChartSeries {
  label: string;
  /** Scale key: the display unit, so °F pit and meat share an axis and SG gets its own. */
  scale: string;
  colorIndex: number;
  values: Value[];
  decimals: number;
  unit: string;
  dash?: number[];
}

/** A dashed horizontal line at a channel's target. */
export interface ChartTarget {
  scale: string;
  value: number;
  colorIndex: number;
  label: string;
}

/** A labelled vertical line: a note, an alert or an event. */
export interface ChartMarker {
  /** Same unit as the x column (seconds). */
  x: number;
  text: string;
  kind: Annotation['kind'];
}

/** One y axis. */
export interface ChartScale {
  key: string;
  unit: string;
  decimals: number;
}

/** A projected heating curve toward a target, with its band (x in seconds, display units). */
export interface ChartProjection {
  scale: string;
  colorIndex: number;
  xs: number[];
  mid: number[];
  lo: number[];
  hi: number[];
}

/** A stall: marked where it began; shaded until it ended (or until now). */
export interface ChartStall {
  x: number;
  endX: number | null;
  colorIndex: number;
  label: string;
}

/** What a target line says besides its value: the ETA, or that it is reached. */
export interface ChartTargetNote {
  text: string;
  state: 'reached' | 'soon' | 'ok' | 'unknown';
}

/**
 * What the chart draws on top of the data and that changes without the data changing
 * (estimates arrive on their own schedule): projections, stalls, notes on targets by colour.
 */
export interface ChartExtras {
  projections: ChartProjection[];
  stalls: ChartStall[];
  targetNotes: Map<number, ChartTargetNote>;
}

/** Nothing extra. */
export const NO_EXTRAS: ChartExtras = { projections: [], stalls: [], targetNotes: new Map() };

/** Everything one chart draws. */
export interface ChartModel {
  /** `time`: x is epoch seconds; `elapsed`: seconds since each session's start. */
  xMode: 'time' | 'elapsed';
  xs: number[];
  series: ChartSeries[];
  scales: ChartScale[];
  targets: ChartTarget[];
  markers: ChartMarker[];
  /** Changes when uPlot must be rebuilt (series, scales, colours), not when data changes. */
  structureKey: string;
}

/** Display order of roles: the pit first, then what is being cooked or fermented. */
export const ROLE_ORDER: readonly ChannelRole[] = [
  'pit',
  'meat',
  'chamber',
  'wort',
  'gravity',
  'ambient',
  'other',
];

function scalesOf(series: readonly ChartSeries[]): ChartScale[] {
  const scales: ChartScale[] = [];
  for (const s of series) {
    if (!scales.some((sc) => sc.key === s.scale)) {
      scales.push({ key: s.scale, unit: s.unit, decimals: s.decimals });
    }
  }
  return scales;
}

function structureKey(mode: string, series: readonly ChartSeries[]): string {
  return [mode, ...series.map((s) => `${s.label}|${s.scale}|${s.colorIndex}|${s.dash ?? ''}`)].join(
    '\n',
  );
}

/** A session's chart: every channel, targets dashed, annotations as markers. */
export function sessionChartModel(history: SessionHistory, temp: TemperatureUnit): ChartModel {
  const units = history.series.map((s) => displayUnit(s.kind, s.unit, temp));
  const aligned = alignSeries(
    history.series.map((s, i) => ({ points: s.points, toDisplay: units[i]!.toDisplay })),
  );
  const series: ChartSeries[] = history.series.map((s, i) => ({
    label: s.label,
    scale: units[i]!.unit,
    colorIndex: i,
    values: aligned.ys[i]!,
    decimals: units[i]!.decimals,
    unit: units[i]!.unit,
  }));
  const targets: ChartTarget[] = [];
  history.series.forEach((s, i) => {
    if (s.target == null) return;
    targets.push({
      scale: units[i]!.unit,
      value: units[i]!.toDisplay(s.target),
      colorIndex: i,
      label: s.label,
    });
  });
  const markers: ChartMarker[] = history.annotations.map((a) => ({
    x: a.ts / 1000,
    text: a.text,
    kind: a.kind,
  }));
  return {
    xMode: 'time',
    xs: aligned.xs,
    series,
    scales: scalesOf(series),
    targets,
    markers,
    structureKey: structureKey('time', series),
  };
}

/** One session with its history, for compare. */
export interface CompareInput {
  session: Session;
  history: SessionHistory;
}

/** Roles present in any of the sessions, in {@link ROLE_ORDER}. */
export function compareRoles(inputs: readonly CompareInput[]): ChannelRole[] {
  const present = new Set(inputs.flatMap((i) => i.history.series.map((s) => s.role)));
  return ROLE_ORDER.filter((r) => present.has(r));
}

/** Dash patterns telling sessions apart in compare: the first solid, then dashed, dotted. */
const SESSION_DASHES: readonly (number[] | undefined)[] = [
  undefined,
  [8, 4],
  [2, 3],
  [12, 3, 2, 3],
];

/**
 * Sessions aligned at their start: x is elapsed seconds, one line per session channel of
 * `role`, each line its own colour (two probes of one session never share one); sessions are
 * told apart by dash pattern and by name in the legend.
 */
export function compareChartModel(
  inputs: readonly CompareInput[],
  role: ChannelRole,
  temp: TemperatureUnit,
): ChartModel {
  const chosen = inputs.flatMap((input, sessionIndex) =>
    input.history.series
      .filter((s) => s.role === role)
      .map((s) => ({ input, sessionIndex, s, unit: displayUnit(s.kind, s.unit, temp) })),
  );
  const aligned = alignSeries(
    chosen.map((c) => ({
      points: c.s.points,
      toDisplay: c.unit.toDisplay,
      offsetMs: c.input.session.started_at,
    })),
  );
  const series: ChartSeries[] = chosen.map((c, i) => ({
    label: `${c.input.session.name} · ${c.s.label}`,
    scale: c.unit.unit,
    colorIndex: i,
    values: aligned.ys[i]!,
    decimals: c.unit.decimals,
    unit: c.unit.unit,
    ...(SESSION_DASHES[c.sessionIndex % SESSION_DASHES.length]
      ? { dash: SESSION_DASHES[c.sessionIndex % SESSION_DASHES.length]! }
      : {}),
  }));
  const targets: ChartTarget[] = [];
  chosen.forEach((c, i) => {
    if (c.s.target == null) return;
    const value = c.unit.toDisplay(c.s.target);
    if (targets.some((t) => t.value === value && t.scale === c.unit.unit)) return;
    targets.push({ scale: c.unit.unit, value, colorIndex: i, label: c.s.label });
  });
  return {
    xMode: 'elapsed',
    xs: aligned.xs,
    series,
    scales: scalesOf(series),
    targets,
    markers: [],
    structureKey: structureKey('elapsed', series),
  };
}

/** Per-channel key figures of a session: latest, lowest, highest (display units). */
export interface ChannelFigures {
  seriesId: number;
  label: string;
  role: ChannelRole;
  unit: string;
  decimals: number;
  colorIndex: number;
  latest: number | null;
  latestTs: number | null;
  min: number | null;
  max: number | null;
  target: number | null;
}

export function channelFigures(history: SessionHistory, temp: TemperatureUnit): ChannelFigures[] {
  return history.series.map((s, i) => {
    const u = displayUnit(s.kind, s.unit, temp);
    let min = Infinity;
    let max = -Infinity;
    let latest: number | null = null;
    let latestTs: number | null = null;
    for (const [ts, v] of s.points) {
      if (v === null) continue;
      if (v < min) min = v;
      if (v > max) max = v;
      latest = v;
      latestTs = ts;
    }
    return {
      seriesId: s.series_id,
      label: s.label,
      role: s.role,
      unit: u.unit,
      decimals: u.decimals,
      colorIndex: i,
      latest: latest === null ? null : u.toDisplay(latest),
      latestTs,
      min: min === Infinity ? null : u.toDisplay(min),
      max: max === -Infinity ? null : u.toDisplay(max),
      target: s.target == null ? null : u.toDisplay(s.target),
    };
  });
}
