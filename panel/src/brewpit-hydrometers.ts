// Hydrometers: gateways (the token an iSpindel, Tilt or GravityMon posts with) with each device
// type's URL ready to paste, the hydrometers that posted with their latest gravity, battery and
// signal, and their calibration. Administrators only: the URLs carry a secret.
import type { GatewayCreated, Gateway, Hydrometer, SeriesInfo } from '@brewpit/protocol';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import './brewpit-calibration.js';
import {
  createGateway,
  deleteGateway,
  hubInfo,
  listGateways,
  listHydrometers,
  reachableHubUrl,
} from './data/admin.js';
import { errorMessage, listSeries } from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { nodeNames } from './data/nodes.js';
import { formatters } from './lib/format.js';
import { hassLanguage, localizer } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { displayUnit, temperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';

const POLL_MS = 10_000;
const FORMATS = ['ispindel', 'tilt', 'brewfather'] as const;
const FORMAT_NAMES: Record<string, string> = {
  ispindel: 'iSpindel',
  tilt: 'Tilt',
  brewfather: 'GravityMon / Brewfather stream',
};

@customElement('brewpit-hydrometers')
export class BrewpitHydrometers extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;

  @state() private gateways?: Gateway[];
  @state() private hydrometers: Hydrometer[] = [];
  @state() private series: SeriesInfo[] = [];
  @state() private created?: GatewayCreated;
  @state() private hubUrl = '';
  @state() private name = '';
  @state() private error = '';
  @state() private confirmDelete = '';
  @state() private calibrating?: Hydrometer;

  private timer?: ReturnType<typeof setTimeout>;
  private fmt = memoizeOne(formatters);
  private names = memoizeOne(nodeNames);

  override connectedCallback(): void {
    super.connectedCallback();
    void hubInfo(this.hass).then(
      (i) => (this.hubUrl = reachableHubUrl(i.url, window.location.hostname)),
      (e) => (this.error = errorMessage(e)),
    );
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
      [this.gateways, this.hydrometers, this.series] = await Promise.all([
        listGateways(this.hass),
        listHydrometers(this.hass),
        listSeries(this.hass),
      ]);
    } catch (e) {
      this.error = errorMessage(e);
    }
    if (this.isConnected) this.timer = setTimeout(() => void this.refresh(), POLL_MS);
  }

  private async create(e: Event): Promise<void> {
    e.preventDefault();
    this.error = '';
    try {
      this.created = await createGateway(this.hass, this.name.trim() || 'Hydrometers');
      this.name = '';
      await this.refresh();
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  private async removeGateway(id: string): Promise<void> {
    try {
      await deleteGateway(this.hass, id);
      if (this.created?.id === id) this.created = undefined;
      this.confirmDelete = '';
      await this.refresh();
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  protected override render() {
    const t = this.t;
    if (!this.hass.user?.is_admin)
      return html`<div class="card"><p>${t('devices.admin_only')}</p></div>`;
    return html`<h2>${t('hydro.title')}</h2>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <section class="card gateways" aria-labelledby="gw-title">
        <h3 id="gw-title">${t('hydro.gateways')}</h3>
        <p class="muted">${t('hydro.gateways_help')}</p>
        <form class="toolbar" @submit=${(e: Event) => void this.create(e)}>
          <input
            name="gateway-name"
            aria-label=${t('hydro.gateway_name')}
            placeholder=${t('hydro.gateway_name')}
            maxlength="64"
            .value=${this.name}
            @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)}
          />
          <button class="primary" type="submit">${t('hydro.create')}</button>
        </form>
        ${this.created ? this.renderUrls(this.created) : nothing}
        ${
          this.gateways?.length === 0
            ? html`<p class="muted">${t('hydro.no_gateways')}</p>`
            : html`<ul class="plain">
                ${(this.gateways ?? []).map((g) => this.renderGateway(g))}
              </ul>`
        }
      </section>
      ${this.renderHydrometers()}
      ${
        this.calibrating
          ? html`<brewpit-calibration
              .hass=${this.hass}
              .hydrometer=${this.calibrating}
              .name=${this.hydrometerName(this.calibrating)}
              @calibration-closed=${() => (this.calibrating = undefined)}
            ></brewpit-calibration>`
          : nothing
      }`;
  }

  private renderUrls(g: GatewayCreated) {
    const t = this.t;
    return html`<div class="urls" role="region" aria-label=${t('hydro.urls', { name: g.name })}>
      <p>${t('hydro.urls', { name: g.name })}</p>
      <table>
        <thead>
          <tr>
            <th>${t('hydro.device_type')}</th>
            <th>${t('hydro.url')}</th>
          </tr>
        </thead>
        <tbody>
          ${FORMATS.filter((f) => g.paths[f]).map(
            (f) =>
              html`<tr data-format=${f}>
                <td>
                  ${FORMAT_NAMES[f]}
                  <div class="muted small">${t(`hydro.where.${f}`)}</div>
                </td>
                <td><code class="url">${this.hubUrl}${g.paths[f]}</code></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderGateway(g: Gateway) {
    const t = this.t;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    return html`<li class="toolbar">
      <span>${g.name}</span>
      <span class="muted">${fmt.dateYear(g.created_at)}</span>
      <span class="spacer"></span>
      ${
        this.confirmDelete === g.id
          ? html`<span class="muted">${t('hydro.delete_gateway_consequence')}</span>
              <button class="danger" @click=${() => void this.removeGateway(g.id)}>
                ${t('devices.confirm_remove')}
              </button>
              <button @click=${() => (this.confirmDelete = '')}>${t('common.cancel')}</button>`
          : html`<button class="danger" @click=${() => (this.confirmDelete = g.id)}>
              ${t('hydro.delete_gateway')}
            </button>`
      }
    </li>`;
  }

  private hydrometerName(h: Hydrometer): string {
    return this.names(this.hass.devices, this.hass.areas)(h.device_id).name || h.key;
  }

  private latest(deviceId: string, kinds: string[]): string {
    const s = this.series.find((x) => x.device_id === deviceId && kinds.includes(x.kind));
    if (!s || s.last_value === null) return '—';
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const u = displayUnit(
      s.kind,
      s.unit,
      temperatureUnit(this.hass.config.unit_system.temperature),
    );
    return `${fmt.number(u.toDisplay(s.last_value), u.decimals)} ${u.unit}`;
  }

  private renderHydrometers() {
    const t = this.t;
    const body = this.hydrometers.length
      ? html`<table>
          <thead>
            <tr>
              <th>${t('hydro.list')}</th>
              <th class="num">${t('hydro.gravity')}</th>
              <th class="num">${t('hydro.battery')}</th>
              <th class="num">${t('hydro.signal')}</th>
              <th></th>
            </tr>
          </thead>
          <tbody>
            ${this.hydrometers.map(
              (h) =>
                html`<tr data-device=${h.device_id}>
                  <td>
                    ${this.hydrometerName(h)} <span class="muted">${FORMAT_NAMES[h.format]}</span>
                  </td>
                  <td class="num gravity">
                    ${this.latest(h.device_id, ['gravity', 'specific_gravity'])}
                  </td>
                  <td class="num">${this.latest(h.device_id, ['battery'])}</td>
                  <td class="num">${this.latest(h.device_id, ['signal_strength'])}</td>
                  <td>
                    <button @click=${() => (this.calibrating = h)}>${t('hydro.calibrate')}</button>
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>`
      : html`<p class="muted">${t('hydro.none')}</p>`;
    return html`<section class="card" aria-labelledby="hy-title">
      <h3 id="hy-title">${t('hydro.list')}</h3>
      ${body}
    </section>`;
  }

  static override styles = [
    sharedStyles,
    css`
      ul.plain {
        list-style: none;
        padding: 0;
        margin: 8px 0 0;
      }
      code.url {
        font-family: var(--code-font-family, monospace);
        overflow-wrap: anywhere;
        user-select: all;
      }
      .small {
        font-size: 0.8rem;
      }
      table {
        inline-size: 100%;
      }
      input {
        font: inherit;
        padding: 6px 8px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-hydrometers': BrewpitHydrometers;
  }
}
