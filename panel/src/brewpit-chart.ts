// A uPlot time-series chart: every series of a ChartModel, targets as dashed lines, notes,
// alerts and stalls as labelled vertical markers, projections with their band; drag to zoom,
// keys and buttons to pan. The parent owns the visible range: this element draws what it is
// given and reports only what the user did (a drag, a key, a click), never its own rescaling,
// so a parent that clamps the range cannot start a feedback loop with it.
import { html, LitElement, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import uPlot from 'uplot';
import './brewpit-chart-legend.js';
import { chartStyles } from './brewpit-chart.styles.js';
import { elapsedTicks, ELAPSED_INCRS, timeTicks } from './lib/axis.js';
import { drawOverlays, type DrawnLabel } from './lib/chart-overlays.js';
import { NO_EXTRAS, type ChartExtras, type ChartModel } from './lib/chart-model.js';
import type { Formatters } from './lib/format.js';
import type { Box } from './lib/label-layout.js';
import { localizer, type Localize } from './lib/localize.js';
import { fireEvent } from './lib/navigate.js';
import { resolveTheme, seriesColor, type ChartTheme } from './lib/palette.js';
import { yScales } from './lib/chart-scales.js';

/** An x range in the chart's x unit (seconds). */
export interface XRange {
  min: number;
  max: number;
}

/** A legend entry beyond the series' own label (the node a probe sits on). */
export type SeriesDetail = (seriesIndex: number) => string | undefined;

@customElement('brewpit-chart')
export class BrewpitChart extends LitElement {
  @property({ attribute: false }) model?: ChartModel;
  @property({ attribute: false }) extras: ChartExtras = NO_EXTRAS;
  /** Visible x range in seconds; null shows all data. */
  @property({ attribute: false }) xRange: XRange | null = null;
  @property({ attribute: false }) formatters?: Formatters;
  @property({ attribute: false }) t: Localize = localizer('en');
  @property({ attribute: false }) detail?: SeriesDetail;
  /** IANA zone for tick placement when the user shows server time; undefined = browser's. */
  @property({ attribute: false }) timeZone?: string;
  /** Changing it re-reads the theme's colours (HA swaps CSS variables for dark mode). */
  @property({ type: Boolean }) dark = false;
  @property({ type: Number }) height = 320;
  @property() label = '';

  @state() private hoverIdx: number | null = null;

  @query('.plot') private plotEl!: HTMLDivElement;

  private plot?: uPlot;
  private builtFor = '';
  private theme?: ChartTheme;
  private pendingDrawn = false;
  private resizer?: ResizeObserver;
  private downAt: [number, number] | null = null;
  private font = 'Roboto, Noto, sans-serif';
  private labels: DrawnLabel[] = [];
  private ticks: { splits: number[]; labels: string[] } = { splits: [], labels: [] };
  /** Redraws so far (tests and the bench watch it: a healthy page draws on data, not in a loop). */
  drawCount = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizer = new ResizeObserver(() => this.resize());
    if (this.hasUpdated) {
      this.resizer.observe(this.plotEl);
      this.rebuild();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizer?.disconnect();
    this.resizer = undefined;
    this.plot?.destroy();
    this.plot = undefined;
    this.builtFor = '';
  }

  /** The plotting area's width in CSS pixels (for max_points). */
  get plotWidth(): number {
    return this.plot ? this.plot.bbox.width / uPlot.pxRatio : this.clientWidth;
  }

  /** The x range drawn now (seconds), or null before the first draw. */
  get shownRange(): XRange | null {
    const x = this.plot?.scales.x;
    return x && x.min != null && x.max != null ? { min: x.min, max: x.max } : null;
  }

  /** The labels drawn on the plot, in CSS pixels relative to the canvas. */
  get labelBoxes(): (Box & { id: string; text: string })[] {
    const r = uPlot.pxRatio;
    return this.labels.map((l) => ({ ...l, x: l.x / r, y: l.y / r, w: l.w / r, h: l.h / r }));
  }

  /** The time axis' tick labels as last drawn (empty labels are unlabelled ticks). */
  get tickLabels(): string[] {
    return [...this.ticks.labels];
  }

  /** Boxes of the labelled time ticks, CSS pixels relative to the canvas. */
  tickBoxes(): (Box & { text: string })[] {
    const u = this.plot;
    if (!u) return [];
    const ctx = u.ctx;
    ctx.save();
    ctx.font = `${12 * uPlot.pxRatio}px ${this.font}`;
    const r = uPlot.pxRatio;
    const out = this.ticks.splits.flatMap((s, i) => {
      const text = this.ticks.labels[i] ?? '';
      if (!text) return [];
      const w = Math.max(...text.split('\n').map((l) => ctx.measureText(l).width)) / r;
      const x = u.valToPos(s, 'x');
      const lines = text.split('\n').length;
      return [{ text, x: x - w / 2 + u.bbox.left / r, y: u.bbox.height / r, w, h: 14 * lines }];
    });
    ctx.restore();
    return out;
  }

  protected override firstUpdated(): void {
    this.resizer?.observe(this.plotEl);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!this.model) return;
    const key = `${this.model.structureKey}|${this.dark}|${this.height}`;
    if (
      !this.plot ||
      key !== this.builtFor ||
      changed.has('formatters') ||
      changed.has('timeZone') ||
      changed.has('t')
    ) {
      this.rebuild();
      return;
    }
    if (changed.has('model')) this.setData();
    else if (changed.has('xRange')) this.applyRange();
    else if (changed.has('extras')) this.plot.redraw(false, false);
  }

  protected override render() {
    const hint = this.t('chart.hint');
    return html`<div
        class="wrap"
        tabindex="0"
        role="group"
        aria-roledescription=${this.t('chart.role')}
        aria-label=${`${this.label}. ${hint}`}
        @keydown=${this.onKey}
      >
        <div class="plot" dir="ltr"></div>
      </div>
      <brewpit-chart-legend
        .model=${this.model}
        .theme=${this.theme}
        .formatters=${this.formatters}
        .t=${this.t}
        .detail=${this.detail}
        .hover=${this.hoverIdx}
      ></brewpit-chart-legend>`;
  }

  private data(): uPlot.AlignedData {
    const m = this.model!;
    return [m.xs, ...m.series.map((s) => s.values)] as unknown as uPlot.AlignedData;
  }

  private setData(): void {
    if (!this.plot) return;
    this.pendingDrawn = true;
    if (this.xRange) {
      this.plot.setData(this.data(), false);
      this.applyRange(true);
    } else {
      this.plot.setData(this.data(), true);
    }
  }

  private applyRange(force = false): void {
    const u = this.plot;
    if (!u) return;
    const r = this.xRange;
    const xs = this.model?.xs ?? [];
    const min = r ? r.min : (xs[0] ?? 0);
    const max = r ? r.max : (xs[xs.length - 1] ?? 1);
    if (!force && u.scales.x?.min === min && u.scales.x?.max === max) return;
    u.setScale('x', { min, max: max > min ? max : min + 1 });
  }

  private resize(): void {
    if (!this.plot || !this.plotEl) return;
    const width = Math.floor(this.plotEl.clientWidth);
    if (width > 0 && width !== this.plot.width) this.plot.setSize({ width, height: this.height });
  }

  private rebuild(): void {
    if (!this.model || !this.plotEl) return;
    this.plot?.destroy();
    const style = getComputedStyle(this);
    this.theme = resolveTheme((n) => style.getPropertyValue(n));
    this.font =
      style.getPropertyValue('--ha-font-family-body').trim() || 'Roboto, Noto, sans-serif';
    this.builtFor = `${this.model.structureKey}|${this.dark}|${this.height}`;
    this.pendingDrawn = true;
    this.plot = new uPlot(this.options(this.model, this.theme), this.data(), this.plotEl);
    if (this.xRange) this.applyRange(true);
    this.plot.over.addEventListener('pointerdown', (e) => (this.downAt = [e.clientX, e.clientY]));
    this.plot.over.addEventListener('click', (e) => this.onClick(e));
    this.requestUpdate();
  }

  private xAxis(m: ChartModel, base: uPlot.Axis): uPlot.Axis {
    const fmt = this.formatters;
    if (m.xMode === 'time') {
      return {
        ...base,
        space: 72,
        size: 48,
        values: (_u, splits, _a, _s, incr) => {
          const labels = fmt ? timeTicks(splits, incr, fmt) : splits.map(String);
          this.ticks = { splits: [...splits], labels };
          return labels;
        },
      };
    }
    return {
      ...base,
      space: 60,
      incrs: [...ELAPSED_INCRS],
      label: this.t('chart.elapsed_axis'),
      labelSize: 20,
      labelFont: base.font as string,
      values: (_u, splits) => {
        const labels = elapsedTicks(splits);
        this.ticks = { splits: [...splits], labels };
        return labels;
      },
    };
  }

  private options(m: ChartModel, theme: ChartTheme): uPlot.Options {
    const fmt = this.formatters;
    const num = (v: number | null | undefined, d: number) =>
      fmt ? fmt.number(v, d) : v == null ? '—' : v.toFixed(d);
    const width = Math.max(200, Math.floor(this.plotEl.clientWidth || 600));
    const font = `12px ${this.font}`;
    const axisBase = {
      stroke: theme.axis,
      font,
      grid: { stroke: theme.grid, width: 1 },
      ticks: { stroke: theme.grid, width: 1 },
    };
    const scales = yScales(m);
    const axes: uPlot.Axis[] = [
      this.xAxis(m, axisBase),
      ...m.scales.map((sc, i): uPlot.Axis => ({
        ...axisBase,
        scale: sc.key,
        side: i % 2 === 0 ? 3 : 1,
        grid: { ...axisBase.grid, show: i === 0 },
        size: sc.decimals >= 3 ? 64 : 54,
        label: sc.unit,
        labelSize: 18,
        labelFont: font,
        values: (_u, splits) => splits.map((v) => num(v, Math.min(sc.decimals, 3))),
      })),
    ];
    const series: uPlot.Series[] = [
      {},
      ...m.series.map((s): uPlot.Series => ({
        label: s.label,
        scale: s.scale,
        stroke: seriesColor(theme, s.colorIndex),
        width: 2,
        ...(s.dash ? { dash: s.dash } : {}),
        spanGaps: false,
        points: { show: false },
      })),
    ];
    const tz = this.timeZone;
    return {
      width,
      height: this.height,
      ...(tz ? { tzDate: (ts: number) => uPlot.tzDate(new Date(ts * 1e3), tz) } : {}),
      scales,
      axes,
      series,
      legend: { show: false },
      cursor: {
        drag: { x: true, y: false, setScale: false },
        bind: {
          dblclick: () => () => {
            fireEvent(this, 'reset-zoom');
            return null;
          },
        },
      },
      hooks: {
        setSelect: [(u) => this.onSelect(u)],
        setCursor: [
          (u) => {
            const idx = u.cursor.idx ?? null;
            if (idx !== this.hoverIdx) this.hoverIdx = idx;
          },
        ],
        draw: [(u) => this.onDraw(u, theme, num)],
      },
    };
  }

  /** A finished drag selection: the user's zoom, reported to the parent, which decides. */
  private onSelect(u: uPlot): void {
    const { left, width } = u.select;
    if (width < 4) return;
    const min = u.posToVal(left, 'x');
    const max = u.posToVal(left + width, 'x');
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    fireEvent<XRange>(this, 'range-changed', { min, max });
  }

  private onDraw(u: uPlot, theme: ChartTheme, num: (v: number, d: number) => string): void {
    const m = this.model;
    if (!m) return;
    this.drawCount++;
    this.labels = drawOverlays(u, {
      model: m,
      extras: this.extras,
      theme,
      font: this.font,
      num,
      t: this.t,
    });
    if (this.pendingDrawn) {
      this.pendingDrawn = false;
      fireEvent(this, 'chart-drawn', { points: m.xs.length, series: m.series.length });
    }
  }

  private onClick(e: MouseEvent): void {
    const d = this.downAt;
    this.downAt = null;
    if (!this.plot || (d && Math.hypot(e.clientX - d[0], e.clientY - d[1]) > 4)) return;
    const left = this.plot.cursor.left;
    if (left == null || left < 0) return;
    fireEvent(this, 'chart-click', { x: this.plot.posToVal(left, 'x') });
  }

  private onKey(e: KeyboardEvent): void {
    const actions: Record<string, () => void> = {
      ArrowLeft: () => fireEvent(this, 'chart-pan', { fraction: -0.25 }),
      ArrowRight: () => fireEvent(this, 'chart-pan', { fraction: 0.25 }),
      '+': () => fireEvent(this, 'chart-zoom', { factor: 0.5 }),
      '=': () => fireEvent(this, 'chart-zoom', { factor: 0.5 }),
      '-': () => fireEvent(this, 'chart-zoom', { factor: 2 }),
      '0': () => fireEvent(this, 'reset-zoom'),
      Home: () => fireEvent(this, 'reset-zoom'),
    };
    const act = actions[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  }

  static override styles = chartStyles;
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-chart': BrewpitChart;
  }
}
