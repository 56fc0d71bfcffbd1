// Time to target per meat probe and fermentation per gravity probe, as the hub estimates them:
// the arrival as a clock time and as "in 2 h 10 min" with its band, the reason in words while
// there is no estimate, the stall, and "done soon" / "target reached" highlighted. Shown on a
// session's page and, for every running session, on the live view.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BrewEstimate, ChannelEstimate, SessionEstimates } from './data/estimates.js';
import { formatDuration, formatRemaining, type Formatters } from './lib/format.js';
import { localizer, type Localize } from './lib/localize.js';
import { inStall, predictionState, reasonText } from './lib/predictions.js';
import { displayUnit, type TemperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';

@customElement('brewpit-predictions')
export class BrewpitPredictions extends LitElement {
  @property({ attribute: false }) estimates: SessionEstimates | null = null;
  @property({ attribute: false }) formatters!: Formatters;
  @property({ attribute: false }) t: Localize = localizer('en');
  @property({ attribute: false }) temp: TemperatureUnit = '°C';
  /** Wall-clock time the countdowns are measured from. */
  @property({ type: Number }) now = Date.now();
  /** Probe → "node (area)" shown under the probe's name. */
  @property({ attribute: false }) nodeOf?: (seriesId: number) => string | undefined;

  protected override render() {
    const e = this.estimates;
    if (!e || (e.channels.length === 0 && e.brew.length === 0)) return nothing;
    return html`<ul class="tiles">
      ${e.channels.map((c) => this.renderChannel(c))} ${e.brew.map((b) => this.renderBrew(b))}
    </ul>`;
  }

  private temperature(v: number | null): string {
    const u = displayUnit('temperature', '°C', this.temp);
    return v === null ? '—' : `${this.formatters.number(u.toDisplay(v), u.decimals)} ${u.unit}`;
  }

  private renderChannel(c: ChannelEstimate) {
    const t = this.t;
    const state = predictionState(c, this.now);
    const node = this.nodeOf?.(c.series_id);
    const label = c.label ?? t('predictions.probe', { id: c.series_id });
    return html`<li class="tile ${state}" data-series=${c.series_id}>
      <div class="top">
        <span class="name">${label}</span>
        ${
          state === 'reached'
            ? html`<span class="badge reached">${t('predictions.reached')}</span>`
            : state === 'soon'
              ? html`<span class="badge soon">${t('predictions.soon')}</span>`
              : nothing
        }
      </div>
      ${node ? html`<div class="muted small">${node}</div>` : nothing}
      <div class="now">
        <span class="value">${this.temperature(c.value)}</span>
        ${
          c.target === null
            ? nothing
            : html`<span class="muted">→ ${this.temperature(c.target)}</span>`
        }
      </div>
      ${this.renderEta(c, state)} ${this.renderStall(c)}
    </li>`;
  }

  private renderEta(c: ChannelEstimate, state: string) {
    const t = this.t;
    const fmt = this.formatters;
    if (state === 'reached') {
      return c.eta === null
        ? nothing
        : html`<div class="muted small">
            ${t('predictions.reached_at', { time: fmt.clock(c.eta, this.now) })}
          </div>`;
    }
    if (state === 'unknown' || c.eta === null) {
      return html`<div class="reason">${reasonText(c, t)}</div>`;
    }
    const band =
      c.low !== null && c.high !== null && c.high > c.low
        ? t('predictions.band', {
            low: fmt.clock(c.low, this.now),
            high: fmt.clock(c.high, this.now),
          })
        : '';
    return html`<div class="eta">
        <span class="clock">${fmt.clock(c.eta, this.now)}</span>
        <span class="in">${formatRemaining(c.eta - this.now, t)}</span>
      </div>
      ${band ? html`<div class="muted small band">${band}</div>` : nothing}`;
  }

  private renderStall(c: ChannelEstimate) {
    const s = c.stall;
    if (!s) return nothing;
    const t = this.t;
    const fmt = this.formatters;
    const end = s.ended_at ?? c.as_of ?? this.now;
    const duration = formatDuration(Math.max(0, end - s.since), t);
    return html`<div class="stall ${inStall(c) ? 'on' : ''}">
      ${
        inStall(c)
          ? t('predictions.stall_on', { time: fmt.clock(s.since, this.now), duration })
          : t('predictions.stall_over', { duration, time: fmt.clock(end, this.now) })
      }
    </div>`;
  }

  private renderBrew(b: BrewEstimate) {
    const t = this.t;
    const fmt = this.formatters;
    const parts = [
      b.gravity === null ? null : t('predictions.gravity', { value: fmt.number(b.gravity, 3) }),
      b.attenuation === null
        ? null
        : t('predictions.attenuation', { value: fmt.number(b.attenuation, 0) }),
      b.abv === null ? null : t('predictions.abv', { value: fmt.number(b.abv, 1) }),
    ].filter((p): p is string => p !== null);
    return html`<li class="tile ${b.finished ? 'reached' : ''}" data-series=${b.series_id}>
      <div class="top">
        <span class="name">${b.label ?? t('predictions.probe', { id: b.series_id })}</span>
        ${b.finished ? html`<span class="badge reached">${t('predictions.finished')}</span>` : nothing}
      </div>
      <div>${parts.length ? parts.join(' · ') : t('eta.reason.warming_up')}</div>
    </li>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .tiles {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
        gap: 12px;
      }
      .tile {
        border: 1px solid var(--divider-color);
        border-radius: 8px;
        padding: 10px 12px;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      .tile.soon {
        border-color: var(--warning-color, #ffa600);
        background: color-mix(in srgb, var(--warning-color, #ffa600) 10%, transparent);
      }
      .tile.reached {
        border-color: var(--success-color, #43a047);
        background: color-mix(in srgb, var(--success-color, #43a047) 10%, transparent);
      }
      .top {
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .name {
        font-weight: 500;
        margin-inline-end: auto;
      }
      .badge {
        font-size: 0.75rem;
        border-radius: 10px;
        padding: 2px 8px;
        color: var(--text-primary-color, #fff);
      }
      .badge.soon {
        background: var(--warning-color, #ffa600);
      }
      .badge.reached {
        background: var(--success-color, #43a047);
      }
      .now .value {
        font-size: 1.25rem;
        font-variant-numeric: tabular-nums;
      }
      .eta {
        display: flex;
        align-items: baseline;
        flex-wrap: wrap;
        gap: 8px;
      }
      .clock {
        font-size: 1.25rem;
        font-weight: 500;
      }
      .small {
        font-size: 0.8125rem;
      }
      .reason {
        color: var(--secondary-text-color);
      }
      .stall {
        font-size: 0.8125rem;
        color: var(--secondary-text-color);
      }
      .stall.on {
        color: var(--warning-color, #ffa600);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-predictions': BrewpitPredictions;
  }
}
