// The legend under a chart: each line's name (and the node of its probe) while the pointer is
// away, the values under the pointer while it hovers; never a row of dashes.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ChartModel } from './lib/chart-model.js';
import { formatElapsed, type Formatters } from './lib/format.js';
import { localizer, type Localize } from './lib/localize.js';
import { seriesColor, type ChartTheme } from './lib/palette.js';

/** How far (in aligned rows) the legend looks for a series' nearest value. */
const HOVER_REACH = 64;

/** The value of column `vals` at row `idx`, or the nearest one around it (null at a gap). */
export function nearestValue(
  vals: readonly (number | null | undefined)[],
  idx: number,
): number | null {
  for (let d = 0; d <= HOVER_REACH; d++) {
    for (const v of [vals[idx - d], vals[idx + d]]) {
      if (v != null) return v;
      if (v === null) return null;
    }
  }
  return null;
}

@customElement('brewpit-chart-legend')
export class BrewpitChartLegend extends LitElement {
  @property({ attribute: false }) model?: ChartModel;
  @property({ attribute: false }) theme?: ChartTheme;
  @property({ attribute: false }) formatters?: Formatters;
  @property({ attribute: false }) t: Localize = localizer('en');
  /** A line's secondary name (the node its probe sits on). */
  @property({ attribute: false }) detail?: (seriesIndex: number) => string | undefined;
  /** The aligned row under the pointer, null while not hovering. */
  @property({ attribute: false }) hover: number | null = null;

  protected override render() {
    const m = this.model;
    const theme = this.theme;
    if (!m || !theme) return nothing;
    const idx = this.hover;
    const fmt = this.formatters;
    const x = idx === null ? null : m.xs[idx];
    const when =
      x == null ? null : m.xMode === 'time' ? (fmt?.dateTime(x * 1000) ?? '') : formatElapsed(x);
    return html`<ul aria-label=${this.t('chart.legend')}>
      ${when ? html`<li class="when">${when}</li>` : nothing}
      ${m.series.map((s, i) => {
        const detail = idx === null ? this.detail?.(i) : undefined;
        const v = idx === null ? null : nearestValue(s.values, idx);
        return html`<li>
          <span
            class="swatch ${s.dash ? 'dashed' : ''}"
            style=${`--c:${seriesColor(theme, s.colorIndex)}`}
          ></span>
          <span class="name">${s.label}</span>
          ${detail ? html`<span class="detail">${detail}</span>` : nothing}
          ${
            idx === null
              ? nothing
              : html`<span class="value">
                  ${v == null ? '—' : `${fmt ? fmt.number(v, s.decimals) : v} ${s.unit}`}
                </span>`
          }
        </li>`;
      })}
    </ul>`;
  }

  static override styles = css`
    ul {
      list-style: none;
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 8px 0 0;
      padding: 0;
      font-size: 0.875rem;
      min-block-size: 1.5em;
    }
    li {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .when,
    .detail {
      color: var(--secondary-text-color);
    }
    .detail {
      font-size: 0.8125rem;
    }
    .value {
      font-variant-numeric: tabular-nums;
      font-weight: 500;
    }
    .swatch {
      inline-size: 14px;
      block-size: 0;
      border-block-start: 3px solid var(--c);
    }
    .swatch.dashed {
      border-block-start-style: dashed;
    }
  `;
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-chart-legend': BrewpitChartLegend;
  }
}
