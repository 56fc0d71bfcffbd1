// The Devices page's "Home Assistant sensors": the allow-list of Home Assistant entities the
// hub follows as probes. Each shows its latest stored value in the user's units, whether the
// user keeps it ("always follow") or only a running session does, and which sessions record
// it; an administrator follows more from a searchable list of Home Assistant's numeric
// sensors, keeps one a session brought in, or stops following one (its history stays).
import type { SeriesInfo, Session } from '@brewpit/protocol';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { errorMessage, listSessions } from './data/api.js';
import {
  followedRows,
  followSensor,
  haSensors,
  keepFollowing,
  listSources,
  matches,
  unfollowSensor,
  type FollowedRow,
  type FollowedSource,
  type HaSensor,
} from './data/ha-sensors.js';
import type { HomeAssistant } from './data/hass.js';
import { nodeLabel } from './data/nodes.js';
import { formatters } from './lib/format.js';
import { hassLanguage, localizer } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { fireEvent } from './lib/navigate.js';
import { displayUnit, temperatureUnit } from './lib/units.js';
import { formStyles } from './brewpit-session-form.styles.js';
import { sharedStyles } from './styles.js';

/** The picker lists at most this many matches; a search narrows it. */
const PICKER_MAX = 50;
const NONE: ReadonlySet<string> = new Set();

@customElement('brewpit-ha-sources')
export class BrewpitHaSources extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  /**
   * The hub's series, refreshed by the Devices page; each refresh reloads the list too. A change
   * made here fires `sources-changed` for the page to refresh at once.
   */
  @property({ attribute: false }) series: SeriesInfo[] = [];

  @state() private sources?: FollowedSource[];
  @state() private running: Session[] = [];
  /** A change the hub refused, and why; kept until the next change. */
  @state() private error = '';
  /** Why the list could not be loaded. */
  @state() private failed = '';
  @state() private notice = '';
  @state() private picking = false;
  @state() private query = '';
  @state() private stopping?: string;
  @state() private busy = false;

  private seq = 0;
  private fmt = memoizeOne(formatters);
  private sensors = memoizeOne(
    (states: HomeAssistant['states'], _e: unknown, _d: unknown, _a: unknown) =>
      haSensors({ ...this.hass, states }, NONE),
  );
  private rows = memoizeOne(followedRows);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('series') && this.hass) void this.load();
  }

  private get t() {
    return localizer(hassLanguage(this.hass));
  }

  private async load(): Promise<void> {
    const seq = ++this.seq;
    try {
      const [sources, running] = await Promise.all([
        listSources(this.hass),
        listSessions(this.hass, { status: 'active' }),
      ]);
      if (seq !== this.seq) return; // a newer load is under way
      this.sources = sources;
      this.running = running;
      this.failed = '';
    } catch (e) {
      this.failed = errorMessage(e);
    }
  }

  /** Runs a change on the hub, then reloads; a refusal is shown as the hub words it. */
  private async change(work: () => Promise<unknown>, notice = ''): Promise<void> {
    this.busy = true;
    try {
      await work();
      this.error = '';
      this.notice = notice;
    } catch (e) {
      this.error = errorMessage(e);
      this.notice = '';
    } finally {
      this.busy = false;
      this.stopping = undefined;
      // The Devices page reloads the series (a new one has no value yet), then this list, which
      // after a refusal shows what the hub has (another tab may have changed it).
      this.dispatchEvent(new CustomEvent('sources-changed'));
    }
  }

  private follow(s: HaSensor): void {
    this.picking = false;
    this.query = '';
    void this.change(
      () => followSensor(this.hass, s, true),
      this.t('sources.now_following', { name: s.name }),
    );
  }

  private allSensors(): HaSensor[] {
    const h = this.hass;
    return this.sensors(h.states, h.entities, h.devices, h.areas);
  }

  protected override render() {
    const t = this.t;
    const rows = this.sources
      ? this.rows(this.sources, this.allSensors(), this.series, this.running)
      : undefined;
    return html`<section class="card" aria-labelledby="ha-sources-title">
      <div class="toolbar">
        <h3 id="ha-sources-title">${t('sources.title')}</h3>
        <span class="spacer"></span>
        <button
          class="follow"
          aria-expanded=${this.picking ? 'true' : 'false'}
          @click=${() => (this.picking = !this.picking)}
        >
          ${this.picking ? t('common.close') : t('sources.follow')}
        </button>
      </div>
      <p class="muted">${t('sources.help')}</p>
      ${this.error || this.failed ? html`<p class="error" role="alert">${this.error || this.failed}</p>` : nothing}
      ${this.notice ? html`<p class="notice" role="status">${this.notice}</p>` : nothing}
      ${this.picking ? this.renderPicker() : nothing}
      ${
        !rows
          ? nothing
          : rows.length
            ? html`<ul class="sources">
                ${rows.map((r) => this.renderRow(r))}
              </ul>`
            : this.renderEmpty()
      }
    </section>`;
  }

  private renderEmpty() {
    const t = this.t;
    return html`<div class="none">
      <p>${t('sources.empty')}</p>
      <button
        class="primary"
        @click=${() => fireEvent(this, 'brewpit-navigate', { path: '/sessions?new' })}
      >
        ${t('sources.new_session')}
      </button>
    </div>`;
  }

  private renderPicker() {
    const t = this.t;
    const followed = new Set(this.sources?.filter((f) => f.followed).map((f) => f.entity_id));
    const left = this.allSensors().filter((s) => !followed.has(s.entity_id));
    const shown = left.filter((s) => matches(s, this.query)).slice(0, PICKER_MAX);
    return html`<div class="picker" role="group" aria-label=${t('sources.follow')}>
      <input
        type="search"
        class="search"
        aria-label=${t('sources.search')}
        placeholder=${t('sources.search')}
        .value=${this.query}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
      />
      ${shown.length ? nothing : html`<p class="muted">${t('sources.none_left')}</p>`}
      <ul class="sources">
        ${shown.map(
          (s) =>
            html`<li data-entity=${s.entity_id}>
              ${this.renderWho(s.name, s)}
              <span class="reading">
                ${Number.isFinite(Number(s.state)) ? `${s.state} ${s.unit ?? ''}` : '—'}
              </span>
              <button ?disabled=${this.busy} @click=${() => this.follow(s)}>
                ${t('sources.follow_one')}
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  /** Name, then entity id, device and area in small print. */
  private renderWho(name: string, s: HaSensor | null, entityId = s?.entity_id ?? '') {
    const where = s?.device ? nodeLabel({ name: s.device, area: s.area }) : s?.area;
    return html`<span class="who">
      <span class="name">${name}</span>
      <span class="muted node">${where ? `${where} · ` : ''}<code>${entityId}</code></span>
    </span>`;
  }

  private renderRow(r: FollowedRow) {
    const t = this.t;
    const f = r.source;
    const name = r.sensor?.name ?? f.name;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const s = r.series;
    const u = displayUnit(
      f.kind,
      f.unit,
      temperatureUnit(this.hass.config.unit_system.temperature),
    );
    const value =
      s?.last_value == null
        ? '—'
        : `${fmt.number(u.toDisplay(s.last_value), u.decimals)} ${u.unit}`;
    const status = s?.last_status;
    return html`<li data-entity=${f.entity_id} data-explicit=${f.explicit ? 'true' : 'false'}>
      ${this.renderWho(name, r.sensor, f.entity_id)}
      <span class="reading" title=${s?.last_ts ? fmt.dateTime(s.last_ts) : ''}>${value}</span>
      <div class="toolbar facts">
        <span class="chip ${f.explicit ? 'active' : ''}">
          ${f.explicit ? t('sources.kept') : t('sources.session_only')}
        </span>
        ${status && status !== 'ok' ? html`<span class="chip alert">${status}</span>` : nothing}
        ${r.sensor ? nothing : html`<span class="chip alert">${t('sources.gone')}</span>`}
        ${
          r.sessions.length
            ? html`<span class="muted"
                >${t('sources.used_by', { names: r.sessions.join(', ') })}</span
              >`
            : nothing
        }
        ${
          f.covered_from
            ? html`<span class="muted">
                ${t('sources.covered', { time: fmt.dateTime(f.covered_from) })}
              </span>`
            : nothing
        }
      </div>
      ${this.stopping === f.entity_id ? this.renderStop(r, name) : this.renderActions(f)}
    </li>`;
  }

  private renderActions(f: FollowedSource) {
    const t = this.t;
    return html`<div class="toolbar actions">
      ${
        f.explicit
          ? nothing
          : html`<button
              ?disabled=${this.busy}
              @click=${() => void this.change(() => keepFollowing(this.hass, f))}
            >
              ${t('sources.keep')}
            </button>`
      }
      <button class="danger" @click=${() => (this.stopping = f.entity_id)}>
        ${t('sources.stop')}
      </button>
    </div>`;
  }

  private renderStop(r: FollowedRow, name: string) {
    const t = this.t;
    const id = r.source.entity_id;
    return html`<div class="actions" role="group" aria-label=${t('sources.stop')}>
      <p class="error">
        ${t('sources.stop_consequence', { name })}
        ${r.sessions.length ? t('sources.stop_in_use', { names: r.sessions.join(', ') }) : ''}
      </p>
      <div class="toolbar">
        <button
          class="danger confirm"
          ?disabled=${this.busy}
          @click=${() => void this.change(() => unfollowSensor(this.hass, id))}
        >
          ${t('sources.stop')}
        </button>
        <button @click=${() => (this.stopping = undefined)}>${t('common.cancel')}</button>
      </div>
    </div>`;
  }

  static override styles = [
    sharedStyles,
    formStyles,
    css`
      .sources {
        list-style: none;
        padding: 0;
        margin: 8px 0 0;
      }
      .sources li {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto auto;
        gap: 4px 12px;
        align-items: center;
        padding-block: 8px;
        border-block-end: 1px solid var(--divider-color);
      }
      .sources li:last-child {
        border-block-end: none;
      }
      .facts,
      .actions {
        grid-column: 1 / -1;
        font-size: 0.8125rem;
      }
      .notice {
        color: var(--success-color, var(--primary-color));
      }
      .picker {
        border: 1px solid var(--divider-color);
        border-radius: 8px;
        padding: 8px 12px;
        margin-block: 8px;
      }
      code {
        font-family: var(--code-font-family, monospace);
        overflow-wrap: anywhere;
      }
      :host([narrow]) .sources li {
        grid-template-columns: minmax(0, 1fr) auto;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-ha-sources': BrewpitHaSources;
  }
}
