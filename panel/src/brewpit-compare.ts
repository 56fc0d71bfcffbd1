// Two or more sessions laid over each other, aligned at their start: one chart per role
// (pit, meat, wort…), elapsed time on the x axis, one colour per session.
import type { ChannelRole } from '@brewpit/protocol';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import './brewpit-chart.js';
import type { XRange } from './brewpit-chart.js';
import { errorMessage, getSession, sessionHistory } from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { compareChartModel, compareRoles, type CompareInput } from './lib/chart-model.js';
import { formatDuration, formatters } from './lib/format.js';
import { memoizeOne } from './lib/memo.js';
import { fireEvent } from './lib/navigate.js';
import { resolveTheme, seriesColor } from './lib/palette.js';
import { maxPointsFor } from './lib/range.js';
import { temperatureUnit, type TemperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';

const ROLE_NAMES: Record<ChannelRole, string> = {
  pit: 'Pit',
  meat: 'Meat',
  chamber: 'Chamber',
  wort: 'Wort',
  gravity: 'Gravity',
  ambient: 'Ambient',
  other: 'Other',
};

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
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    if (this.ids.length < 2) {
      return html`<div class="card">
        <p>Pick two or more sessions in the list to compare them.</p>
        <button @click=${() => fireEvent(this, 'brewpit-navigate', { path: '/sessions' })}>
          Go to sessions
        </button>
      </div>`;
    }
    if (this.error) return html`<div class="card error" role="alert">${this.error}</div>`;
    if (this.loading || this.inputs.length === 0) {
      return html`<div class="card" role="status">Loading sessions…</div>`;
    }
    const theme = resolveTheme((n) => getComputedStyle(this).getPropertyValue(n));
    const dark = this.hass.themes?.darkMode ?? false;
    const now = Date.now();
    return html`
      <section class="card" aria-labelledby="cmp-title">
        <div class="toolbar">
          <h2 id="cmp-title">Compare ${this.inputs.length} sessions</h2>
          <span class="spacer"></span>
          <button class="icon" aria-label="Zoom in" @click=${() => this.zoomBy(0.5)}>+</button>
          <button class="icon" aria-label="Zoom out" @click=${() => this.zoomBy(2)}>−</button>
          <button ?disabled=${!this.xRange} @click=${() => (this.xRange = null)}>Reset zoom</button>
        </div>
        <ul class="legend">
          ${this.inputs.map(
            ({ session: s }, i) =>
              html`<li>
                <span class="swatch" style=${`background:${seriesColor(theme, i)}`}></span>
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
                  ${formatDuration((s.ended_at ?? now) - s.started_at)}
                </span>
              </li>`,
          )}
        </ul>
      </section>
      ${this.models(this.inputs, this.temp).map(
        ({ role, model }) =>
          html`<section class="card" aria-label=${`${ROLE_NAMES[role]} compared`}>
            <h3>${ROLE_NAMES[role]}</h3>
            <brewpit-chart
              .model=${model}
              .xRange=${this.xRange}
              .formatters=${fmt}
              ?dark=${dark}
              .height=${this.narrow ? 220 : 300}
              label=${`${ROLE_NAMES[role]} of ${this.inputs.length} sessions by elapsed time`}
              @range-changed=${(e: CustomEvent<XRange>) => (this.xRange = e.detail)}
              @reset-zoom=${() => (this.xRange = null)}
              @chart-zoom=${(e: CustomEvent<{ factor: number }>) => this.zoomBy(e.detail.factor)}
            ></brewpit-chart>
          </section>`,
      )}
      ${
        this.roles(this.inputs).length === 0
          ? html`<div class="card muted">These sessions have no channels to compare.</div>`
          : nothing
      }
    `;
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
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-compare': BrewpitCompare;
  }
}
