// Every probe right now, grouped by device: value in the user's unit, last seen, and
// "Unavailable" when a probe is unplugged or its node is offline (never a stale number).
import type { SeriesInfo } from '@brewpit/protocol';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { errorMessage, listSeries } from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { LiveSubscription, liveValue, type LiveMessage } from './data/live.js';
import { formatters } from './lib/format.js';
import { memoizeOne } from './lib/memo.js';
import { displayUnit, temperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';

/** Relative "last seen" times refresh this often. */
const TICK_MS = 5000;

/** The latest known state of one series. */
export interface ProbeState {
  value: number | null;
  ts: number | null;
  unavailable: boolean;
}

/** Series grouped by device, devices and probes in a stable, readable order. */
export function groupByDevice(series: readonly SeriesInfo[]): [string, SeriesInfo[]][] {
  const groups = new Map<string, SeriesInfo[]>();
  for (const s of series) {
    const name = (s as SeriesInfo & { device_name?: string }).device_name || s.device_id;
    const list = groups.get(name) ?? [];
    list.push(s);
    groups.set(name, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, list]) => [name, list.sort((a, b) => a.key.localeCompare(b.key))]);
}

@customElement('brewpit-live')
export class BrewpitLive extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;

  @state() private series: SeriesInfo[] = [];
  @state() private states = new Map<number, ProbeState>();
  @state() private error = '';
  @state() private loaded = false;
  @state() private now = Date.now();

  private live = new LiveSubscription();
  private ticker?: ReturnType<typeof setInterval>;
  private fmt = memoizeOne(formatters);
  private groups = memoizeOne(groupByDevice);

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => (this.now = Date.now()), TICK_MS);
    if (this.hass) this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    this.live.close();
  }

  protected override willUpdate(): void {
    if (this.hass && !this.live.active && this.isConnected) this.start();
  }

  private start(): void {
    this.live.open(
      this.hass,
      (m) => this.onLive(m),
      (e) => (this.error = `Live updates unavailable: ${errorMessage(e)}`),
    );
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const series = await listSeries(this.hass);
      const states = new Map(this.states);
      for (const s of series) {
        if (states.has(s.id)) continue;
        states.set(s.id, { value: s.last_value, ts: s.last_ts, unavailable: s.last_ts == null });
      }
      this.series = series;
      this.states = states;
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      this.loaded = true;
    }
  }

  private onLive(msg: LiveMessage): void {
    const states = new Map(this.states);
    for (const s of msg.states) {
      const value = liveValue(s);
      const prev = states.get(s.series_id);
      states.set(s.series_id, {
        value: value ?? null,
        // An unavailable state keeps the time the probe was last really seen.
        ts: value === null ? (prev?.ts ?? null) : s.ts,
        unavailable: value === null,
      });
    }
    this.states = states;
  }

  protected override render() {
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const temp = temperatureUnit(this.hass.config.unit_system.temperature);
    if (!this.loaded) return html`<div class="card" role="status">Loading probes…</div>`;
    return html`
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        this.series.length === 0
          ? html`<div class="card muted">No probes yet. Pair an edge node to see it here.</div>`
          : nothing
      }
      <div class="devices">
        ${this.groups(this.series).map(
          ([device, list]) =>
            html`<section class="card" aria-label=${`Device ${device}`}>
              <h3>${device}</h3>
              <ul>
                ${list.map((s) => {
                  const st = this.states.get(s.id);
                  const u = displayUnit(s.kind, s.unit, temp);
                  const value =
                    st && !st.unavailable && st.value !== null
                      ? `${fmt.number(u.toDisplay(st.value), u.decimals)} ${u.unit}`
                      : null;
                  const seen = st?.ts != null ? fmt.relative(this.now - st.ts) : 'never';
                  return html`<li class=${value ? '' : 'unavailable'}>
                    <span class="probe">${s.name || s.key}</span>
                    <span class="value" aria-live="off">${value ?? 'Unavailable'}</span>
                    <span class="seen muted" title=${st?.ts ? fmt.dateTime(st.ts) : ''}>
                      last seen ${seen}
                    </span>
                  </li>`;
                })}
              </ul>
            </section>`,
        )}
      </div>
    `;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .devices {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
        gap: 16px;
      }
      .devices .card {
        margin: 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        grid-template-areas: 'probe value' 'seen seen';
        padding-block: 8px;
        border-block-end: 1px solid var(--divider-color);
      }
      li:last-child {
        border-block-end: none;
      }
      .probe {
        grid-area: probe;
      }
      .value {
        grid-area: value;
        font-size: 1.25rem;
        font-variant-numeric: tabular-nums;
      }
      .seen {
        grid-area: seen;
        font-size: 0.75rem;
      }
      .unavailable .value {
        color: var(--error-color);
        font-size: 1rem;
      }
      :host([narrow]) .devices {
        grid-template-columns: 1fr;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-live': BrewpitLive;
  }
}
