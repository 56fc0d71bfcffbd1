// A uPlot time-series chart: every series of a ChartModel, targets as dashed lines, notes and
// alerts as labelled vertical markers; drag to zoom, keys and buttons to pan (the parent
// decides ranges and refetches; this element only draws and reports).
import { css, html, LitElement, unsafeCSS, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import uPlot from 'uplot';
import uplotCss from 'uplot/dist/uPlot.min.css';
import { elapsedTicks, ELAPSED_INCRS, timeTicks } from './lib/axis.js';
import type { ChartModel } from './lib/chart-model.js';
import { formatElapsed, type Formatters } from './lib/format.js';
import { fireEvent } from './lib/navigate.js';
import { resolveTheme, seriesColor, type ChartTheme } from './lib/palette.js';

/** An x range in the chart's x unit (seconds). */
export interface XRange {
  min: number;
  max: number;
}

const MARKER_LABEL_ROWS = 3;

@customElement('brewpit-chart')
export class BrewpitChart extends LitElement {
  @property({ attribute: false }) model?: ChartModel;
  /** Visible x range in seconds; null shows all data. */
  @property({ attribute: false }) xRange: XRange | null = null;
  @property({ attribute: false }) formatters?: Formatters;
  /** IANA zone for tick placement when the user shows server time; undefined = browser's. */
  @property({ attribute: false }) timeZone?: string;
  /** Changing it re-reads the theme's colours (HA swaps CSS variables for dark mode). */
  @property({ type: Boolean }) dark = false;
  @property({ type: Number }) height = 320;
  @property() label = '';

  @query('.plot') private plotEl!: HTMLDivElement;

  private plot?: uPlot;
  private builtFor = '';
  private theme?: ChartTheme;
  private programmatic = false;
  private pendingDrawn = false;
  private resizer?: ResizeObserver;
  private downAt: [number, number] | null = null;
  private font = 'Roboto, Noto, sans-serif';

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
      changed.has('timeZone')
    ) {
      this.rebuild();
      return;
    }
    if (changed.has('model')) this.setData();
    else if (changed.has('xRange')) this.applyRange();
  }

  protected override render() {
    const hint = 'Drag to zoom; arrow keys pan, plus and minus zoom, 0 resets.';
    return html`<div
      class="wrap"
      tabindex="0"
      role="group"
      aria-roledescription="chart"
      aria-label=${`${this.label}. ${hint}`}
      @keydown=${this.onKey}
    >
      <div class="plot" dir="ltr"></div>
    </div>`;
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
    this.programmatic = true;
    try {
      u.setScale('x', { min, max: max > min ? max : min + 1 });
    } finally {
      this.programmatic = false;
    }
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
    const timeMode = m.xMode === 'time';
    const xAxis: uPlot.Axis = timeMode
      ? {
          ...axisBase,
          space: 70,
          size: 48,
          values: (_u, splits, _a, _s, incr) =>
            fmt ? timeTicks(splits, incr, fmt) : splits.map(String),
        }
      : { ...axisBase, space: 60, incrs: [...ELAPSED_INCRS], values: (_u, s) => elapsedTicks(s) };
    const targets = m.targets;
    const scales: uPlot.Scales = { x: { time: timeMode } };
    for (const sc of m.scales) {
      scales[sc.key] = {
        auto: true,
        range: (_u, min, max) => {
          let lo = min;
          let hi = max;
          for (const t of targets) {
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
    const axes: uPlot.Axis[] = [
      xAxis,
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
      {
        label: timeMode ? 'Time' : 'Elapsed',
        value: (_u, v) =>
          v == null ? '—' : timeMode ? (fmt?.dateTime(v * 1000) ?? String(v)) : formatElapsed(v),
      },
      ...m.series.map((s): uPlot.Series => ({
        label: s.label,
        scale: s.scale,
        stroke: seriesColor(theme, s.colorIndex),
        width: 2,
        ...(s.dash ? { dash: s.dash } : {}),
        spanGaps: false,
        points: { show: false },
        value: (_u, v) => (v == null ? '—' : `${num(v, s.decimals)} ${s.unit}`),
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
      legend: { show: true, live: true },
      cursor: {
        drag: { x: true, y: false, setScale: true },
        bind: {
          dblclick: () => () => {
            fireEvent(this, 'reset-zoom');
            return null;
          },
        },
      },
      hooks: {
        setScale: [
          (u, key) => {
            if (key !== 'x' || this.programmatic) return;
            const { min, max } = u.scales.x ?? {};
            if (min != null && max != null) fireEvent<XRange>(this, 'range-changed', { min, max });
          },
        ],
        draw: [(u) => this.drawOverlays(u, theme, num)],
      },
    };
  }

  private drawOverlays(u: uPlot, theme: ChartTheme, num: (v: number, d: number) => string): void {
    const m = this.model;
    if (!m) return;
    const { ctx, bbox } = u;
    const px = uPlot.pxRatio;
    ctx.save();
    ctx.font = `${11 * px}px ${this.font}`;
    ctx.textBaseline = 'bottom';
    ctx.lineWidth = 1.5 * px;
    for (const t of m.targets) {
      const y = u.valToPos(t.value, t.scale, true);
      if (!(y >= bbox.top && y <= bbox.top + bbox.height)) continue;
      const color = seriesColor(theme, t.colorIndex);
      ctx.strokeStyle = color;
      ctx.setLineDash([6 * px, 4 * px]);
      ctx.beginPath();
      ctx.moveTo(bbox.left, y);
      ctx.lineTo(bbox.left + bbox.width, y);
      ctx.stroke();
      const sc = m.scales.find((s) => s.key === t.scale);
      const text = `${t.label} target ${num(t.value, sc?.decimals ?? 1)} ${sc?.unit ?? ''}`;
      ctx.fillStyle = color;
      ctx.textAlign = 'right';
      ctx.fillText(text, bbox.left + bbox.width - 4 * px, y - 2 * px);
    }
    const rowEnds = new Array<number>(MARKER_LABEL_ROWS).fill(-Infinity);
    ctx.textAlign = 'left';
    ctx.textBaseline = 'top';
    for (const mk of m.markers) {
      const x = u.valToPos(mk.x, 'x', true);
      if (!(x >= bbox.left && x <= bbox.left + bbox.width)) continue;
      const color =
        mk.kind === 'alert' ? theme.alert : mk.kind === 'note' ? theme.note : theme.event;
      ctx.strokeStyle = color;
      ctx.setLineDash(
        mk.kind === 'alert' ? [] : mk.kind === 'note' ? [4 * px, 3 * px] : [2 * px, 3 * px],
      );
      ctx.beginPath();
      ctx.moveTo(x, bbox.top);
      ctx.lineTo(x, bbox.top + bbox.height);
      ctx.stroke();
      const text = mk.text.length > 28 ? `${mk.text.slice(0, 27)}…` : mk.text;
      const w = ctx.measureText(text).width + 6 * px;
      let row = rowEnds.findIndex((end) => end < x);
      if (row < 0) row = 0;
      const lx = Math.min(x + 2 * px, bbox.left + bbox.width - w);
      const ly = bbox.top + 2 * px + row * 15 * px;
      rowEnds[row] = lx + w;
      ctx.globalAlpha = 0.85;
      ctx.fillStyle = theme.background;
      ctx.fillRect(lx, ly, w, 14 * px);
      ctx.globalAlpha = 1;
      ctx.fillStyle = color;
      ctx.fillText(text, lx + 3 * px, ly + 1 * px);
    }
    ctx.restore();
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

  static override styles = [
    unsafeCSS(uplotCss),
    css`
      :host {
        display: block;
        color: var(--primary-text-color);
      }
      .wrap {
        border-radius: 4px;
        outline: none;
      }
      .wrap:focus-visible {
        box-shadow: 0 0 0 2px var(--primary-color);
      }
      .plot {
        inline-size: 100%;
        min-block-size: 120px;
      }
      .uplot {
        font-family: inherit;
        inline-size: 100% !important;
      }
      .u-legend {
        font-size: 0.875rem;
        color: var(--primary-text-color);
        text-align: start;
      }
      .u-legend .u-marker {
        border-radius: 2px;
      }
      .u-select {
        background: color-mix(in srgb, var(--primary-color) 18%, transparent);
      }
      .u-cursor-x,
      .u-cursor-y {
        border-color: var(--secondary-text-color) !important;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-chart': BrewpitChart;
  }
}
