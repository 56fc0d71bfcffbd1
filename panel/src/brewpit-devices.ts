// Devices: every edge node and hydrometer the hub knows, with its health (last seen, outbox,
// dropped readings, version, each sensor's latest reading), pairing a new node, and renaming,
// a new token or removal for administrators. The list refreshes itself, so a node paired from
// the command shown here appears without a reload.
import type { DeviceInfo, SeriesInfo } from '@brewpit/protocol';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import './brewpit-ha-sources.js';
import './brewpit-pair.js';
import type { BrewpitPair } from './brewpit-pair.js';
import { listNodes, removeNode, renameNode, rotateToken } from './data/admin.js';
import { errorMessage, listSeries } from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { nodeNames } from './data/nodes.js';
import { formatters } from './lib/format.js';
import { hassLanguage, localizer } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { displayUnit, temperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';

/** A node that has not posted for this long is shown as silent. */
const SILENT_AFTER_MS = 2 * 60_000;
const POLL_MS = 10_000;
/** While a pairing code is on screen the list is asked more often. */
const POLL_PAIRING_MS = 2_000;

/** Device kinds the hub gives third-party hydrometers (one per format). */
const HYDROMETER_KINDS = new Set(['hydrometer', 'ispindel', 'tilt', 'brewfather']);
/** The hub's device for followed Home Assistant entities: listed by <brewpit-ha-sources>. */
const HA_SOURCE_KIND = 'homeassistant';

type Pending = { id: string; action: 'rename' | 'remove' | 'token'; value?: string };

@customElement('brewpit-devices')
export class BrewpitDevices extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;

  @state() private nodes?: DeviceInfo[];
  @state() private series: SeriesInfo[] = [];
  @state() private error = '';
  @state() private pending?: Pending;
  @state() private newToken?: { id: string; token: string };
  @state() private fresh = new Set<string>();

  @query('brewpit-pair') private pair?: BrewpitPair;

  private timer?: ReturnType<typeof setTimeout>;
  private fmt = memoizeOne(formatters);
  private names = memoizeOne(nodeNames);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private get t() {
    return localizer(hassLanguage(this.hass));
  }

  private async refresh(): Promise<void> {
    clearTimeout(this.timer);
    try {
      const [all, series] = await Promise.all([listNodes(this.hass), listSeries(this.hass)]);
      const nodes = all.filter((n) => n.kind !== HA_SOURCE_KIND);
      const known = new Set(this.nodes?.map((n) => n.id));
      const added = this.nodes ? nodes.filter((n) => !known.has(n.id)).map((n) => n.id) : [];
      if (added.length) {
        this.fresh = new Set([...this.fresh, ...added]);
        this.pair?.close();
      }
      this.nodes = nodes;
      this.series = series;
      this.error = '';
    } catch (e) {
      this.error = errorMessage(e);
    }
    if (this.isConnected)
      this.timer = setTimeout(
        () => void this.refresh(),
        this.pair?.open ? POLL_PAIRING_MS : POLL_MS,
      );
  }

  private async act(p: Pending): Promise<void> {
    try {
      if (p.action === 'rename') await renameNode(this.hass, p.id, (p.value ?? '').trim());
      if (p.action === 'remove') await removeNode(this.hass, p.id);
      if (p.action === 'token')
        this.newToken = await rotateToken(this.hass, p.id).then((r) => ({
          id: p.id,
          token: r.token,
        }));
      this.pending = undefined;
      await this.refresh();
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  protected override render() {
    const t = this.t;
    const admin = !!this.hass.user?.is_admin;
    if (!admin) return html`<div class="card"><p>${t('devices.admin_only')}</p></div>`;
    return html`<div class="head">
        <h2>${t('devices.title')}</h2>
        <span class="spacer"></span>
        <brewpit-pair
          .hass=${this.hass}
          @click=${() => setTimeout(() => void this.refresh(), 500)}
        ></brewpit-pair>
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        !this.nodes
          ? html`<p class="muted" role="status">${t('devices.loading')}</p>`
          : this.nodes.length === 0
            ? html`<div class="card empty"><p>${t('devices.none')}</p></div>`
            : this.nodes.map((n) => this.renderNode(n))
      }
      <brewpit-ha-sources
        .hass=${this.hass}
        .series=${this.series}
        ?narrow=${this.narrow}
        @sources-changed=${() => void this.refresh()}
      ></brewpit-ha-sources>`;
  }

  private renderNode(n: DeviceInfo) {
    const t = this.t;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const ha = this.names(this.hass.devices, this.hass.areas)(n.id, n.name);
    const st = n.status as {
      outbox_depth?: number;
      oldest_unsent_ts?: number | null;
      version?: string;
    };
    const now = Date.now();
    const online = n.last_seen !== null && now - n.last_seen < SILENT_AFTER_MS;
    const kind =
      n.kind === 'edge'
        ? t('devices.kind_edge')
        : HYDROMETER_KINDS.has(n.kind)
          ? t('devices.kind_hydrometer')
          : n.kind;
    return html`<section
      class="card node ${this.fresh.has(n.id) ? 'fresh' : ''}"
      data-device=${n.id}
    >
      <div class="toolbar">
        <h3>${ha.name}</h3>
        ${ha.area ? html`<span class="chip">${ha.area}</span>` : nothing}
        <span class="chip">${kind}</span>
        <span class="chip ${online ? 'active' : 'alert'}">
          ${n.last_seen === null ? t('devices.never') : online ? t('devices.online') : t('devices.silent')}
        </span>
        ${this.fresh.has(n.id) ? html`<span class="chip active">${t('devices.just_paired')}</span>` : nothing}
      </div>
      <dl class="facts">
        <dt>${t('devices.last_seen')}</dt>
        <dd>${n.last_seen === null ? t('devices.never') : fmt.relative(n.last_seen - now)}</dd>
        <dt>${t('devices.outbox')}</dt>
        <dd>
          ${st.outbox_depth ?? '—'}
          ${st.oldest_unsent_ts ? html`<span class="muted">(${t('devices.oldest', { time: fmt.relative(st.oldest_unsent_ts - now) })})</span>` : nothing}
        </dd>
        <dt>${t('devices.dropped')}</dt>
        <dd>${n.dropped_total}</dd>
        <dt>${t('devices.version')}</dt>
        <dd>${st.version ?? '—'}</dd>
      </dl>
      ${this.renderSensors(n.id)} ${this.renderActions(n)}
    </section>`;
  }

  private renderSensors(deviceId: string) {
    const t = this.t;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const temp = temperatureUnit(this.hass.config.unit_system.temperature);
    const mine = this.series.filter((s) => s.device_id === deviceId);
    if (!mine.length) return html`<p class="muted">${t('devices.no_sensors')}</p>`;
    return html`<ul class="sensors">
      ${mine.map((s) => {
        const u = displayUnit(s.kind, s.unit, temp);
        const status = s.last_status ?? null;
        const value =
          s.last_value === null
            ? '—'
            : `${fmt.number(u.toDisplay(s.last_value), u.decimals)} ${u.unit}`;
        return html`<li>
          <span>${s.name || s.key}</span>
          <span class="value">${value}</span>
          ${status && status !== 'ok' ? html`<span class="chip alert">${status}</span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderActions(n: DeviceInfo) {
    const t = this.t;
    const p = this.pending?.id === n.id ? this.pending : undefined;
    const token = this.newToken?.id === n.id ? this.newToken.token : undefined;
    const set = (action: Pending['action'], value?: string) => () =>
      (this.pending = { id: n.id, action, value });
    const cancel = html`<button @click=${() => (this.pending = undefined)}>
      ${t('common.cancel')}
    </button>`;
    let body;
    if (p?.action === 'rename') {
      body = html`<form
        class="toolbar"
        @submit=${(e: Event) => (e.preventDefault(), void this.act(p))}
      >
        <input
          name="device-name"
          aria-label=${t('devices.new_name')}
          maxlength="64"
          required
          .value=${p.value ?? ''}
          @input=${(e: Event) => (this.pending = { ...p, value: (e.target as HTMLInputElement).value })}
        />
        <button class="primary" type="submit">${t('devices.save')}</button> ${cancel}
      </form>`;
    } else if (p?.action === 'remove') {
      body = html`<div role="group" aria-label=${t('devices.remove')}>
        <p class="error">${t('devices.remove_consequence')}</p>
        <div class="toolbar">
          <button class="danger" @click=${() => void this.act(p)}>
            ${t('devices.confirm_remove')}
          </button>
          ${cancel}
        </div>
      </div>`;
    } else if (p?.action === 'token') {
      body = html`<div role="group" aria-label=${t('devices.rotate')}>
        <p>${t('devices.rotate_consequence')}</p>
        <div class="toolbar">
          <button class="danger" @click=${() => void this.act(p)}>
            ${t('devices.confirm_rotate')}
          </button>
          ${cancel}
        </div>
      </div>`;
    } else {
      body = html`<div class="toolbar">
        <button @click=${set('rename', n.name)}>${t('devices.rename')}</button>
        ${n.kind === 'edge' ? html`<button @click=${set('token')}>${t('devices.rotate')}</button>` : nothing}
        <button class="danger" @click=${set('remove')}>${t('devices.remove')}</button>
      </div>`;
    }
    return html`${body}
    ${token ? html`<p class="new-token">${t('devices.token_shown_once')} <code>${token}</code></p>` : nothing}`;
  }

  static override styles = [
    sharedStyles,
    css`
      .head {
        display: flex;
        align-items: center;
        flex-wrap: wrap;
        gap: 8px;
        margin-block-end: 12px;
      }
      .head h2 {
        margin: 0;
      }
      .node.fresh {
        border-color: var(--primary-color);
      }
      .facts {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9em, max-content) minmax(6em, 1fr));
        gap: 4px 12px;
        margin: 8px 0;
      }
      dt {
        color: var(--secondary-text-color);
      }
      dd {
        margin: 0;
      }
      .sensors {
        list-style: none;
        padding: 0;
        margin: 0 0 8px;
        display: grid;
        gap: 4px;
      }
      .sensors li {
        display: flex;
        gap: 8px;
        align-items: center;
      }
      .sensors .value {
        margin-inline-start: auto;
        font-variant-numeric: tabular-nums;
      }
      code {
        font-family: var(--code-font-family, monospace);
        overflow-wrap: anywhere;
        user-select: all;
      }
      :host([narrow]) .facts {
        grid-template-columns: max-content 1fr;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-devices': BrewpitDevices;
  }
}
