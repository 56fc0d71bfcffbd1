// What the chart draws over its data: projected curves with their band, stalls, target lines,
// note and alert markers, and their labels, placed so that no two labels overlap and, where
// there is room, no label covers a data line.
import type uPlot from 'uplot';
import type { ChartExtras, ChartModel, ChartTargetNote } from './chart-model.js';
import { placeLabels, type Box, type LabelRequest, type PlacedLabel } from './label-layout.js';
import type { Localize } from './localize.js';
import { seriesColor, type ChartTheme } from './palette.js';

/** A label as drawn, in canvas pixels. */
export interface DrawnLabel extends PlacedLabel {
  text: string;
}

/** What drawing needs besides the plot. */
export interface OverlayContext {
  model: ChartModel;
  extras: ChartExtras;
  theme: ChartTheme;
  font: string;
  num: (v: number, decimals: number) => string;
  t: Localize;
}

const MAX_LABEL_CHARS = 28;

const shorten = (s: string) =>
  s.length > MAX_LABEL_CHARS ? `${s.slice(0, MAX_LABEL_CHARS - 1)}…` : s;

/**
 * Per pixel column of the plot, the vertical extent the data lines cover there (canvas px), so
 * a label can tell whether it would hide a line. Segments between points fill the columns they
 * cross with both ends' extent (conservative).
 */
function lineCover(u: uPlot): { lo: Float32Array; hi: Float32Array; left: number } {
  const { left, width } = u.bbox;
  const n = Math.max(1, Math.ceil(width));
  const lo = new Float32Array(n).fill(Infinity);
  const hi = new Float32Array(n).fill(-Infinity);
  const xs = u.data[0] as number[];
  const xpx = xs.map((x) => u.valToPos(x, 'x', true) - left);
  for (let s = 1; s < u.series.length; s++) {
    const ser = u.series[s]!;
    if (!ser.show || !ser.scale) continue;
    const ys = u.data[s] as (number | null | undefined)[];
    let px = NaN;
    let py = NaN;
    for (let i = 0; i < xs.length; i++) {
      const v = ys[i];
      if (v === null) {
        px = NaN;
        continue;
      }
      if (v === undefined) continue;
      const x = xpx[i]!;
      const y = u.valToPos(v, ser.scale, true);
      const c0 = Math.max(0, Math.floor(Number.isNaN(px) ? x : Math.min(px, x)));
      const c1 = Math.min(n - 1, Math.ceil(Number.isNaN(px) ? x : Math.max(px, x)));
      const y0 = Number.isNaN(py) ? y : Math.min(py, y);
      const y1 = Number.isNaN(py) ? y : Math.max(py, y);
      for (let c = c0; c <= c1; c++) {
        if (y0 < lo[c]!) lo[c] = y0;
        if (y1 > hi[c]!) hi[c] = y1;
      }
      px = x;
      py = y;
    }
  }
  return { lo, hi, left };
}

function coversLine(cover: ReturnType<typeof lineCover>, b: Box): boolean {
  const c0 = Math.max(0, Math.floor(b.x - cover.left));
  const c1 = Math.min(cover.lo.length - 1, Math.ceil(b.x + b.w - cover.left));
  for (let c = c0; c <= c1; c++) if (cover.lo[c]! <= b.y + b.h && cover.hi[c]! >= b.y) return true;
  return false;
}

function drawProjections(u: uPlot, o: OverlayContext): void {
  const { ctx } = u;
  const px = canvasRatio(u);
  for (const p of o.extras.projections) {
    const color = seriesColor(o.theme, p.colorIndex);
    const x = (v: number) => u.valToPos(v, 'x', true);
    const y = (v: number) => u.valToPos(v, p.scale, true);
    ctx.fillStyle = color;
    ctx.globalAlpha = 0.16;
    ctx.beginPath();
    p.xs.forEach((xv, i) =>
      i === 0 ? ctx.moveTo(x(xv), y(p.hi[i]!)) : ctx.lineTo(x(xv), y(p.hi[i]!)),
    );
    for (let i = p.xs.length - 1; i >= 0; i--) ctx.lineTo(x(p.xs[i]!), y(p.lo[i]!));
    ctx.closePath();
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.strokeStyle = color;
    ctx.lineWidth = 2 * px;
    ctx.setLineDash([3 * px, 3 * px]);
    ctx.beginPath();
    let started = false;
    p.xs.forEach((xv, i) => {
      const v = p.mid[i]!;
      if (!Number.isFinite(v)) return;
      if (started) ctx.lineTo(x(xv), y(v));
      else ctx.moveTo(x(xv), y(v));
      started = true;
    });
    ctx.stroke();
  }
}

/** uPlot's device pixel ratio as this plot uses it (the canvas is scaled by it). */
function canvasRatio(u: uPlot): number {
  return u.ctx.canvas.width / Math.max(1, u.width);
}

function targetText(o: OverlayContext, label: string, value: string, note?: ChartTargetNote) {
  if (!note) return o.t('chart.target', { label, value });
  return o.t('chart.target_note', { label, value, note: note.text });
}

type Request = LabelRequest & { text: string; color: string };

/** Stalls, shaded from their start to their end (or the latest reading), under everything. */
function shadeStalls(u: uPlot, o: OverlayContext): void {
  const { ctx, bbox } = u;
  for (const s of o.extras.stalls) {
    const x0 = u.valToPos(s.x, 'x', true);
    const x1 = s.endX === null ? bbox.left + bbox.width : u.valToPos(s.endX, 'x', true);
    ctx.fillStyle = o.theme.stall;
    ctx.globalAlpha = 0.1;
    ctx.fillRect(x0, bbox.top, Math.max(0, x1 - x0), bbox.height);
    ctx.globalAlpha = 1;
  }
}

function line(ctx: CanvasRenderingContext2D, x0: number, y0: number, x1: number, y1: number) {
  ctx.beginPath();
  ctx.moveTo(x0, y0);
  ctx.lineTo(x1, y1);
  ctx.stroke();
}

/** Target lines (thicker when reached or done soon) and their labels' candidate places. */
function targets(u: uPlot, o: OverlayContext, px: number, h: number): Request[] {
  const { ctx, bbox } = u;
  const right = bbox.left + bbox.width;
  const out: Request[] = [];
  for (const t of o.model.targets) {
    const y = u.valToPos(t.value, t.scale, true);
    if (!(y >= bbox.top && y <= bbox.top + bbox.height)) continue;
    const color = seriesColor(o.theme, t.colorIndex);
    const note = o.extras.targetNotes.get(t.colorIndex);
    const strong = note?.state === 'reached' || note?.state === 'soon';
    ctx.strokeStyle = color;
    ctx.lineWidth = (strong ? 2.5 : 1.5) * px;
    ctx.setLineDash([6 * px, 4 * px]);
    line(ctx, bbox.left, y, right, y);
    const sc = o.model.scales.find((s) => s.key === t.scale);
    const value = `${o.num(t.value, sc?.decimals ?? 1)} ${sc?.unit ?? ''}`.trim();
    const text = targetText(o, shorten(t.label), value, note);
    const w = ctx.measureText(text).width + 8 * px;
    // Above or below the line, from the right end leftwards.
    const candidates: { x: number; y: number }[] = [];
    for (let x = right - w - 4 * px; x >= bbox.left; x -= w / 2 + 4 * px) {
      candidates.push({ x, y: y - h - 2 * px }, { x, y: y + 2 * px });
    }
    out.push({ id: `target:${t.colorIndex}:${t.value}`, w, h, candidates, text, color });
  }
  return out;
}

/** Stall, note, alert and event lines, and their labels' candidate places. */
function markers(u: uPlot, o: OverlayContext, px: number, h: number): Request[] {
  const { ctx, bbox } = u;
  const marks = [
    ...o.extras.stalls.map((s) => ({
      x: s.x,
      text: s.label,
      color: o.theme.stall,
      dash: [] as number[],
      id: `stall:${s.colorIndex}`,
    })),
    ...o.model.markers.map((m, i) => ({
      x: m.x,
      text: shorten(m.text),
      color: m.kind === 'alert' ? o.theme.alert : m.kind === 'note' ? o.theme.note : o.theme.event,
      dash: m.kind === 'alert' ? [] : m.kind === 'note' ? [4 * px, 3 * px] : [2 * px, 3 * px],
      id: `${m.kind}:${i}`,
    })),
  ];
  // Rows of labels from the top down, then from the bottom up, right or left of the line.
  const rows = Math.max(1, Math.floor(bbox.height / (h + 3 * px) / 2));
  const tops = [
    ...Array.from({ length: rows }, (_, r) => bbox.top + 2 * px + r * (h + 3 * px)),
    ...Array.from(
      { length: rows },
      (_, r) => bbox.top + bbox.height - h - 2 * px - r * (h + 3 * px),
    ),
  ];
  const out: Request[] = [];
  for (const m of marks) {
    const x = u.valToPos(m.x, 'x', true);
    if (!(x >= bbox.left && x <= bbox.left + bbox.width)) continue;
    ctx.strokeStyle = m.color;
    ctx.lineWidth = 1.5 * px;
    ctx.setLineDash(m.dash);
    line(ctx, x, bbox.top, x, bbox.top + bbox.height);
    const w = ctx.measureText(m.text).width + 8 * px;
    const candidates = tops.flatMap((y) => [
      { x: x + 3 * px, y },
      { x: x - 3 * px - w, y },
    ]);
    out.push({ id: m.id, w, h, candidates, text: m.text, color: m.color });
  }
  return out;
}

/** Draws everything and returns the labels as placed (canvas pixels). */
export function drawOverlays(u: uPlot, o: OverlayContext): DrawnLabel[] {
  const { ctx, bbox } = u;
  const px = canvasRatio(u);
  ctx.save();
  ctx.beginPath();
  ctx.rect(bbox.left, bbox.top, bbox.width, bbox.height);
  ctx.clip();
  shadeStalls(u, o);
  drawProjections(u, o);
  ctx.font = `${11 * px}px ${o.font}`;
  const h = 14 * px;
  // Targets first: they get the best places; then stalls, notes and alerts.
  const requests = [...targets(u, o, px, h), ...markers(u, o, px, h)];
  const cover = lineCover(u);
  const area = { x: bbox.left, y: bbox.top, w: bbox.width, h: bbox.height };
  const placed = placeLabels(requests, area, { soft: (b) => coversLine(cover, b), gap: 2 * px });
  ctx.setLineDash([]);
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  const out: DrawnLabel[] = [];
  for (const p of placed) {
    const r = requests.find((q) => q.id === p.id)!;
    ctx.globalAlpha = 0.88;
    ctx.fillStyle = o.theme.background;
    ctx.fillRect(p.x, p.y, p.w, p.h);
    ctx.globalAlpha = 1;
    ctx.fillStyle = r.color;
    ctx.fillText(r.text, p.x + 4 * px, p.y + p.h / 2);
    out.push({ ...p, text: r.text });
  }
  ctx.restore();
  return out;
}
