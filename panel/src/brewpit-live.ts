// Every probe right now, grouped by node: value in the user's unit, last seen, and
// "Unavailable" when a probe is unplugged or its node is offline (never a stale number); above
// them, the time to target of every running session's meat probes.
import type { SeriesInfo, Session } from '@brewpit/protocol';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import './brewpit-predictions.js';
import { errorMessage, listSeries, listSessions } from './data/api.js';
import { sessionEstimates, type SessionEstimates } from './data/estimates.js';
import type { HomeAssistant } from './data/hass.js';
import { LiveSubscription, liveValue, type LiveMessage } from './data/live.js';
import { nodeLabel, nodeNames, type NodeNames } from './data/nodes.js';
import { formatters, type Formatters } from './lib/format.js';
import { hassLanguage, localizer } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { fireEvent } from './lib/navigate.js';
import { displayUnit, temperatureUnit, type TemperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';

/** Relative "last seen" times refresh this often. */
const TICK_MS = 5000;
/** Estimates of running sessions refresh this often (and when their entities change). */
const ESTIMATES_MS = 30_000;

/** The latest known state of one series. */
export interface ProbeState {
  value: number | null;
  ts: number | null;
  unavailable: boolean;
}

/** Series grouped by node (titled by name and area), nodes and probes in a readable order. */
export function groupByDevice(
  series: readonly SeriesInfo[],
  names: NodeNames,
): [string, SeriesInfo[]][] {
  const groups = new Map<string, SeriesInfo[]>();
  for (const s of series) {
    const list = groups.get(s.device_id) ?? [];
    list.push(s);
    groups.set(s.device_id, list);
  }
  return [...groups.entries()]
    .map(([id, list]): [string, SeriesInfo[]] => [
      nodeLabel(names(id)),
      list.sort((a, b) => a.key.localeCompare(b.key)),
    ])
    .sort(([a], [b]) => a.localeCompare(b));
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
  @state() private running: { session: Session; estimates: SessionEstimates | null }[] = [];

  private live = new LiveSubscription();
  private ticker?: ReturnType<typeof setInterval>;
  private estimatesTimer?: ReturnType<typeof setTimeout>;
  private estimatesDue = false;
  private fmt = memoizeOne(formatters);
  private nodes = memoizeOne(nodeNames);
  private groups = memoizeOne(groupByDevice);

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => (this.now = Date.now()), TICK_MS);
    if (this.hass) this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    clearTimeout(this.estimatesTimer);
    this.live.close();
  }

  private get t() {
    return localizer(hassLanguage(this.hass));
  }

  /** Running sessions and their estimates; again every half minute while shown. */
  private async loadEstimates(): Promise<void> {
    clearTimeout(this.estimatesTimer);
    this.estimatesDue = false;
    try {
      const sessions = await listSessions(this.hass, { status: 'active' });
      this.running = await Promise.all(
        sessions.map(async (session) => ({
          session,
          estimates: await sessionEstimates(this.hass, session.id).catch(() => null),
        })),
      );
    } catch {
      // The probes below still show; the estimates come back with the next try.
    }
    if (this.isConnected)
      this.estimatesTimer = setTimeout(() => void this.loadEstimates(), ESTIMATES_MS);
  }

  protected override willUpdate(): void {
    if (this.hass && !this.live.active && this.isConnected) this.start();
  }

  private start(): void {
    this.live.open(
      this.hass,
      (m) => this.onLive(m),
      (e) => (this.error = this.t('detail.live_unavailable', { error: errorMessage(e) })),
    );
    void this.load();
    void this.loadEstimates();
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
    this.now = Date.now();
    const states = new Map(this.states);
    for (const s of msg.states) {
      // A session entity changed: its estimates are new (fetched within a few seconds).
      if (s.unique_id?.startsWith('brewpit_session_') && !this.estimatesDue) {
        this.estimatesDue = true;
        clearTimeout(this.estimatesTimer);
        this.estimatesTimer = setTimeout(() => void this.loadEstimates(), 5000);
      }
      if (typeof s.series_id !== 'number') continue;
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
    const t = this.t;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const temp = temperatureUnit(this.hass.config.unit_system.temperature);
    if (!this.loaded) return html`<div class="card" role="status">${t('live.loading')}</div>`;
    const names = this.nodes(this.hass.devices, this.hass.areas);
    return html`
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.renderRunning(fmt, temp)}
      ${
        this.series.length === 0
          ? html`<div class="card muted">
              ${t('live.no_probes')}
              ${
                this.hass.user?.is_admin
                  ? html`<button
                      @click=${() => fireEvent(this, 'brewpit-navigate', { path: '/devices' })}
                    >
                      ${t('empty.open_devices')}
                    </button>`
                  : nothing
              }
            </div>`
          : nothing
      }
      <div class="devices">
        ${this.groups(this.series, names).map(
          ([device, list]) =>
            html`<section class="card" aria-label=${t('live.node', { name: device })}>
              <h3>${device}</h3>
              <ul>
                ${list.map((s) => {
                  const st = this.states.get(s.id);
                  const u = displayUnit(s.kind, s.unit, temp);
                  const value =
                    st && !st.unavailable && st.value !== null
                      ? `${fmt.number(u.toDisplay(st.value), u.decimals)} ${u.unit}`
                      : null;
                  const seen =
                    st?.ts != null
                      ? t('live.last_seen', { when: fmt.relative(this.now - st.ts) })
                      : t('live.never_seen');
                  return html`<li class=${value ? '' : 'unavailable'}>
                    <span class="probe">${s.name || s.key}</span>
                    <span class="value" aria-live="off">${value ?? t('live.unavailable')}</span>
                    <span class="seen muted" title=${st?.ts ? fmt.dateTime(st.ts) : ''}
                      >${seen}</span
                    >
                  </li>`;
                })}
              </ul>
            </section>`,
        )}
      </div>
    `;
  }

  /** The predictions of every running session, each titled with a link to its page. */
  private renderRunning(fmt: Formatters, temp: TemperatureUnit) {
    const t = this.t;
    const names = this.nodes(this.hass.devices, this.hass.areas);
    const nodeOf = (id: number) => {
      const s = this.series.find((x) => x.id === id);
      return s ? nodeLabel(names(s.device_id)) : undefined;
    };
    return this.running
      .filter((r) => r.estimates && (r.estimates.channels.length || r.estimates.brew.length))
      .map(
        (r) =>
          html`<section class="card running" aria-label=${r.session.name}>
            <h3>
              <a
                href=${`#`}
                @click=${(e: Event) => {
                  e.preventDefault();
                  fireEvent(this, 'brewpit-navigate', {
                    path: `/session/${encodeURIComponent(r.session.id)}`,
                  });
                }}
                >${r.session.name}</a
              >
            </h3>
            <brewpit-predictions
              .estimates=${r.estimates}
              .formatters=${fmt}
              .t=${t}
              .temp=${temp}
              .now=${this.now}
              .nodeOf=${nodeOf}
            ></brewpit-predictions>
          </section>`,
      );
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
      .running h3 a {
        color: var(--primary-color);
        text-decoration: none;
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
