// Two or more sessions laid over each other, aligned at their start: one chart per role
// (pit, meat, wort…), elapsed time (h:mm) on the x axis, a colour per probe and a line style
// per session.
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import './brewpit-chart.js';
import type { XRange } from './brewpit-chart.js';
import { errorMessage, getSession, sessionHistory } from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { compareChartModel, compareRoles, type CompareInput } from './lib/chart-model.js';
import { formatDuration, formatters, type Formatters } from './lib/format.js';
import { hassLanguage, localizer, type Localize } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { fireEvent } from './lib/navigate.js';
import { maxPointsFor } from './lib/range.js';
import { roleName } from './lib/roles.js';
import { temperatureUnit, type TemperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';

/** Line styles telling sessions apart, as compareChartModel draws them. */
const SESSION_STYLES = ['solid', 'dashed', 'dotted', 'dashed'];

@customElement('brewpit-compare')
export class BrewpitCompare extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property({ attribute: false }) ids: string[] = [];

  @state() private inputs: CompareInput[] = [];
  @state() private error = '';
  @state() private loading = false;
  /** Shared elapsed-time zoom of all charts (seconds), null = everything. */
  @state() private xRange: XRange | null = null;

  private seq = 0;
  private fmt = memoizeOne(formatters);
  private roles = memoizeOne(compareRoles);
  private models = memoizeOne((inputs: CompareInput[], temp: TemperatureUnit) =>
    this.roles(inputs).map((role) => ({ role, model: compareChartModel(inputs, role, temp) })),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('ids')) void this.load();
  }

  private async load(): Promise<void> {
    const seq = ++this.seq;
    this.xRange = null;
    if (this.ids.length === 0) {
      this.inputs = [];
      return;
    }
    this.loading = true;
    this.error = '';
    const maxPoints = maxPointsFor((this.clientWidth || window.innerWidth) - 120);
    try {
      const inputs = await Promise.all(
        this.ids.map(async (id) => {
          const [session, history] = await Promise.all([
            getSession(this.hass, id),
            sessionHistory(this.hass, id, { max_points: maxPoints }),
          ]);
          return { session, history };
        }),
      );
      if (seq === this.seq) this.inputs = inputs;
    } catch (e) {
      if (seq === this.seq) this.error = errorMessage(e);
    } finally {
      if (seq === this.seq) this.loading = false;
    }
  }

  private zoomBy(factor: number): void {
    const models = this.models(this.inputs, this.temp).map((m) => m.model.xs);
    const lo = Math.min(0, ...models.map((xs) => xs[0] ?? 0));
    const hi = Math.max(1, ...models.map((xs) => xs[xs.length - 1] ?? 0));
    const r = this.xRange ?? { min: lo, max: hi };
    const c = (r.min + r.max) / 2;
    const half = Math.max(300, ((r.max - r.min) * factor) / 2);
    const next = { min: Math.max(lo, c - half), max: Math.min(hi, c + half) };
    this.xRange = next.min <= lo && next.max >= hi ? null : next;
  }

  private get temp(): TemperatureUnit {
    return temperatureUnit(this.hass.config.unit_system.temperature);
  }

  protected override render() {
    const t = localizer(hassLanguage(this.hass));
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    if (this.ids.length < 2) {
      return html`<div class="card">
        <p>${t('compare.pick')}</p>
        <button @click=${() => fireEvent(this, 'brewpit-navigate', { path: '/sessions' })}>
          ${t('compare.go_to_sessions')}
        </button>
      </div>`;
    }
    if (this.error) return html`<div class="card error" role="alert">${this.error}</div>`;
    if (this.loading || this.inputs.length === 0) {
      return html`<div class="card" role="status">${t('list.loading')}</div>`;
    }
    const dark = this.hass.themes?.darkMode ?? false;
    return html`
      <section class="card" aria-labelledby="cmp-title">
        <div class="toolbar">
          <h2 id="cmp-title">${t('compare.title', { count: this.inputs.length })}</h2>
          <span class="spacer"></span>
          <button class="icon" aria-label=${t('detail.zoom_in')} @click=${() => this.zoomBy(0.5)}>
            +
          </button>
          <button class="icon" aria-label=${t('detail.zoom_out')} @click=${() => this.zoomBy(2)}>
            −
          </button>
          <button ?disabled=${!this.xRange} @click=${() => (this.xRange = null)}>
            ${t('detail.reset_zoom')}
          </button>
        </div>
        ${this.renderLegend(t, fmt)}
      </section>
      ${this.models(this.inputs, this.temp).map(
        ({ role, model }) =>
          html`<section
            class="card"
            aria-label=${t('compare.role_compared', { role: roleName(role, t) })}
          >
            <h3>${roleName(role, t)}</h3>
            <brewpit-chart
              .model=${model}
              .xRange=${this.xRange}
              .formatters=${fmt}
              .t=${t}
              ?dark=${dark}
              .height=${this.narrow ? 220 : 300}
              label=${t('compare.chart_label', { role: roleName(role, t), count: this.inputs.length })}
              @range-changed=${(e: CustomEvent<XRange>) => (this.xRange = e.detail)}
              @reset-zoom=${() => (this.xRange = null)}
              @chart-zoom=${(e: CustomEvent<{ factor: number }>) => this.zoomBy(e.detail.factor)}
            ></brewpit-chart>
          </section>`,
      )}
      ${
        this.roles(this.inputs).length === 0
          ? html`<div class="card muted">${t('compare.nothing')}</div>`
          : nothing
      }
    `;
  }

  private renderLegend(t: Localize, fmt: Formatters) {
    const now = Date.now();
    return html`<ul class="legend">
      ${this.inputs.map(
        ({ session: s }, i) =>
          html`<li>
            <span
              class="line"
              style=${`border-block-start-style:${SESSION_STYLES[i % SESSION_STYLES.length]}`}
            ></span>
            <a
              href=${`#`}
              @click=${(e: Event) => {
                e.preventDefault();
                fireEvent(this, 'brewpit-navigate', {
                  path: `/session/${encodeURIComponent(s.id)}`,
                });
              }}
              >${s.name}</a
            >
            <span class="muted">
              ${fmt.dateTime(s.started_at)} ·
              ${formatDuration((s.ended_at ?? now) - s.started_at, t)}
            </span>
          </li>`,
      )}
    </ul>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0;
      }
      .legend {
        list-style: none;
        padding: 0;
        margin-block: 12px 0;
        display: flex;
        flex-wrap: wrap;
        gap: 8px 24px;
      }
      .legend li {
        display: flex;
        align-items: center;
        gap: 6px;
        flex-wrap: wrap;
      }
      a {
        color: var(--primary-color);
      }
      .line {
        display: inline-block;
        inline-size: 24px;
        border-block-start: 3px solid var(--secondary-text-color);
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-compare': BrewpitCompare;
  }
}
