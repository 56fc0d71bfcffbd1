// Starting a cook or a brew, or changing one mid-session (`session` set): name, kind, and which probes take part with their role and target
// (entered in the user's unit, sent in SI). Each probe shows its node (and area) and its
// current reading; roles are guessed from the probe's name and kind; probes that fit the
// session kind come first; a probe already in a running session is marked, and using it in
// a second one takes an explicit confirmation. Home Assistant's own sensors (a MEATER, an
// Inkbird, a Tilt over MQTT) are offered too, searchable and grouped by area and device; the
// hub follows the chosen ones.
import type {
  ChannelRole,
  SeriesInfo,
  Session,
  SessionChannel,
  SessionKind,
} from '@brewpit/protocol';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import {
  createSession,
  errorMessage,
  listSeries,
  listSessions,
  updateSession,
} from './data/api.js';
import { followSensor, haSensors, matches, type HaSensor } from './data/ha-sensors.js';
import type { HomeAssistant } from './data/hass.js';
import { LiveSubscription, liveValue } from './data/live.js';
import { nodeLabel, nodeNames } from './data/nodes.js';
import { formatters } from './lib/format.js';
import { hassLanguage, localizer } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { fireEvent } from './lib/navigate.js';
import { DIAGNOSTIC_KINDS, fits, guessRole, roleName, rolesFor } from './lib/roles.js';
import { displayUnit, temperatureUnit } from './lib/units.js';
import { formStyles } from './brewpit-session-form.styles.js';
import { sharedStyles } from './styles.js';

interface Row {
  series: SeriesInfo;
  on: boolean;
  role: ChannelRole;
  target: string;
  /** Names of the running sessions this probe is part of. */
  inUse: string[];
  /** The user confirmed sharing an in-use probe. */
  share: boolean;
  /** A Home Assistant sensor not followed yet (its `series` is a stand-in with a negative id). */
  sensor?: HaSensor;
}

/** The kind and SI unit of a Home Assistant sensor's future series, for role and target. */
function sensorSeries(s: HaSensor, i: number): SeriesInfo {
  const temp = s.device_class === 'temperature' || ['°C', '°F', 'K'].includes(s.unit ?? '');
  const gravity = s.device_class === 'specific_gravity' || ['SG', '°P'].includes(s.unit ?? '');
  return {
    id: -(i + 1),
    device_id: '',
    key: s.entity_id,
    kind: temp ? 'temperature' : gravity ? 'gravity' : (s.device_class ?? ''),
    unit: temp ? '°C' : gravity ? 'SG' : (s.unit ?? ''),
    name: s.name,
    last_ts: null,
    last_value: null,
  };
}

@customElement('brewpit-session-form')
export class BrewpitSessionForm extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  /** The session to change; absent: the form starts a new one. */
  @property({ attribute: false }) session?: Session;

  @state() private rows: Row[] = [];
  @state() private kind: SessionKind = 'cook';
  @state() private name = '';
  @state() private recipe = '';
  @state() private og = '';
  @state() private notes = '';
  @state() private error = '';
  @state() private busy = false;
  @state() private loaded = false;
  @state() private query = '';

  private live = new LiveSubscription();
  private fmt = memoizeOne(formatters);
  private nodes = memoizeOne(nodeNames);

  override connectedCallback(): void {
    super.connectedCallback();
    const s = this.session;
    if (s) {
      this.kind = s.kind;
      this.name = s.name;
      this.recipe = s.recipe ?? '';
      this.og = s.og == null ? '' : String(s.og);
      this.notes = s.notes;
    }
    void this.loadSeries();
    this.live.open(this.hass, (msg) => {
      const byId = new Map(msg.states.map((s) => [s.series_id, s]));
      if (!this.rows.some((r) => byId.has(r.series.id))) return;
      this.rows = this.rows.map((r) => {
        const s = byId.get(r.series.id);
        return s && typeof s.ts === 'number'
          ? { ...r, series: { ...r.series, last_value: liveValue(s), last_ts: s.ts } }
          : r;
      });
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.live.close();
  }

  private get t() {
    return localizer(hassLanguage(this.hass));
  }

  private async loadSeries(): Promise<void> {
    try {
      const [series, running] = await Promise.all([
        listSeries(this.hass),
        listSessions(this.hass, { status: 'active' }).catch(() => [] as Session[]),
      ]);
      const temp = temperatureUnit(this.hass.config.unit_system.temperature);
      const mine = new Map(this.session?.channels.map((c) => [c.series_id, c]));
      this.rows = series.map((s) => {
        const c = mine.get(s.id);
        const u = displayUnit(s.kind, s.unit, temp);
        return {
          series: s,
          on: !!c,
          role: c?.role ?? guessRole(s.name, s.key, s.kind),
          target: c?.target == null ? '' : String(Math.round(u.toDisplay(c.target) * 10) / 10),
          inUse: running
            .filter((x) => x.id !== this.session?.id)
            .filter((x) => x.channels.some((ch) => ch.series_id === s.id))
            .map((x) => x.name),
          share: !!c,
        };
      });
      // Series keys of followed Home Assistant entities are their entity ids.
      const sensors = haSensors(this.hass, new Set(series.map((s) => s.key)));
      this.rows = [
        ...this.rows,
        ...sensors.map((sensor, i) => {
          const s = sensorSeries(sensor, i);
          return {
            series: s,
            on: false,
            role: guessRole(s.name, s.key, s.kind),
            target: '',
            inUse: [],
            share: false,
            sensor,
          };
        }),
      ];
    } catch (e) {
      this.error = errorMessage(e);
    } finally {
      this.loaded = true;
    }
  }

  private rowsOn(): Row[] {
    return this.rows.filter((r) => r.on);
  }

  private patch(id: number, patch: Partial<Row>): void {
    this.rows = this.rows.map((r) => (r.series.id === id ? { ...r, ...patch } : r));
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const t = this.t;
    const unconfirmed = this.rows.find((r) => r.on && r.inUse.length && !r.share);
    if (unconfirmed) {
      this.error = t('form.confirm_share_first', {
        probe: unconfirmed.series.name || unconfirmed.series.key,
      });
      return;
    }
    const temp = temperatureUnit(this.hass.config.unit_system.temperature);
    const chosen = this.rowsOn();
    const channels = (seriesIds: number[]): SessionChannel[] =>
      chosen.map((r, i) => {
        const u = displayUnit(r.series.kind, r.series.unit, temp);
        const v = Number.parseFloat(r.target.replace(',', '.'));
        return {
          series_id: seriesIds[i]!,
          role: r.role,
          label: (r.series.name || r.series.key).slice(0, 64),
          ...(Number.isFinite(v) ? { target: Math.round(u.fromDisplay(v) * 1000) / 1000 } : {}),
        };
      });
    const og = Number.parseFloat(this.og.replace(',', '.'));
    this.busy = true;
    this.error = '';
    // Checked on the form's own rows before anything is followed or written.
    const bad = channels(chosen.map((r) => r.series.id)).find(
      (c, i) => c.target === undefined && chosen[i]!.target.trim(),
    );
    if (bad) {
      this.busy = false;
      this.error = t('form.bad_target', { probe: bad.label ?? '' });
      return;
    }
    const draft = {
      name: this.name.trim(),
      ...(this.recipe.trim() ? { recipe: this.recipe.trim() } : {}),
      ...(this.kind === 'brew' && Number.isFinite(og) ? { og } : {}),
    };
    try {
      // Home Assistant sensors are followed first; the hub lets them go when the session ends.
      const ids: number[] = [];
      for (const r of chosen)
        ids.push(r.sensor ? await followSensor(this.hass, r.sensor) : r.series.id);
      const fields = { ...draft, channels: channels(ids) };
      if (this.session) {
        // One write path: the hub's session update moves targets, alerts and estimates at once.
        const s = await updateSession(this.hass, this.session.id, { ...fields, notes: this.notes });
        fireEvent(this, 'session-saved', s);
      } else {
        fireEvent(
          this,
          'session-created',
          await createSession(this.hass, { kind: this.kind, ...fields }),
        );
      }
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const t = this.t;
    const input = (set: (v: string) => void) => (e: Event) =>
      set((e.target as HTMLInputElement).value);
    return html`<form class="card" @submit=${(e: Event) => void this.submit(e)}>
      <h2>${this.session ? t('form.edit_title') : t('form.title')}</h2>
      <div class="grid">
        <label>
          ${t('form.name')}
          <input
            required
            maxlength="120"
            name="name"
            .value=${this.name}
            @input=${input((v) => (this.name = v))}
          />
        </label>
        <label>
          ${t('form.kind')}
          <select
            name="kind"
            ?disabled=${!!this.session}
            @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as SessionKind)}
          >
            <option value="cook" ?selected=${this.kind === 'cook'}>${t('kind.cook')}</option>
            <option value="brew" ?selected=${this.kind === 'brew'}>${t('kind.brew')}</option>
          </select>
        </label>
        <label>
          ${t('form.recipe')}
          <input maxlength="200" .value=${this.recipe} @input=${input((v) => (this.recipe = v))} />
        </label>
        ${
          this.kind === 'brew'
            ? html`<label>
                ${t('form.og')}
                <input
                  inputmode="decimal"
                  placeholder="1.050"
                  .value=${this.og}
                  @input=${input((v) => (this.og = v))}
                />
              </label>`
            : nothing
        }
        ${
          this.session
            ? html`<label class="wide">
                ${t('form.notes')}
                <textarea
                  name="notes"
                  rows="3"
                  .value=${this.notes}
                  @input=${input((v) => (this.notes = v))}
                ></textarea>
              </label>`
            : nothing
        }
      </div>
      ${this.renderProbes()}
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="toolbar">
        <span class="spacer"></span>
        ${
          this.session
            ? html`<button type="button" @click=${() => fireEvent(this, 'form-closed')}>
                ${t('common.cancel')}
              </button>`
            : nothing
        }
        <button class="primary" type="submit" ?disabled=${this.busy || !this.name.trim()}>
          ${this.session ? t('form.save') : t('form.start')}
        </button>
      </div>
    </form>`;
  }

  /** Probes fitting the session kind (or already chosen) first; the rest folded away. */
  private renderProbes() {
    const t = this.t;
    // Battery, signal and disk describe the device, not the cook: folded away unless chosen.
    const own = this.rows.filter((r) => !r.sensor);
    const fitting = own.filter(
      (r) => (fits(r.role, this.kind) && !DIAGNOSTIC_KINDS.has(r.series.kind)) || r.on,
    );
    const others = own.filter((r) => !fitting.includes(r));
    const kind = this.kind === 'cook' ? t('kind.cook') : t('kind.brew');
    const body = !this.loaded
      ? html`<p class="muted" role="status">${t('form.loading_probes')}</p>`
      : this.rows.length === 0
        ? html`<p class="muted">
            ${t('form.no_probes')}
            <button
              type="button"
              @click=${() => fireEvent(this, 'brewpit-navigate', { path: '/devices' })}
            >
              ${t('empty.open_devices')}
            </button>
          </p>`
        : own.length === 0
          ? this.renderSensors()
          : html`${fitting.map((r) => this.renderRow(r))}
            ${
              others.length
                ? html`<details class="others">
                    <summary>${t('form.other_probes', { count: others.length, kind })}</summary>
                    ${others.map((r) => this.renderRow(r))}
                  </details>`
                : nothing
            }
            ${this.renderSensors()}`;
    return html`<fieldset>
      <legend>${t('form.probes')}</legend>
      ${body}
    </fieldset>`;
  }

  /** Home Assistant's sensors: chosen ones always shown, the rest by search, by area and device. */
  private renderSensors() {
    const t = this.t;
    const sensors = this.rows.filter((r) => r.sensor);
    if (!sensors.length) return nothing;
    const shown = sensors.filter((r) => r.on || matches(r.sensor!, this.query));
    return html`<details class="ha-sensors" ?open=${sensors.some((r) => r.on)}>
      <summary>${t('form.ha_sensors', { count: sensors.length })}</summary>
      <input
        type="search"
        class="search"
        aria-label=${t('form.search_sensors')}
        placeholder=${t('form.search_sensors')}
        .value=${this.query}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
      />
      ${shown.map((r) => this.renderRow(r))}
    </details>`;
  }

  private renderRow(r: Row) {
    const t = this.t;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const temp = temperatureUnit(this.hass.config.unit_system.temperature);
    const u = displayUnit(r.series.kind, r.series.unit, temp);
    const name = r.series.name || r.series.key;
    const sensor = r.sensor;
    const node = sensor
      ? nodeLabel({ name: sensor.device ?? sensor.entity_id, area: sensor.area })
      : nodeLabel(this.nodes(this.hass.devices, this.hass.areas)(r.series.device_id));
    const value = sensor
      ? Number.isFinite(Number(sensor.state))
        ? `${sensor.state} ${sensor.unit ?? ''}`.trim()
        : t('form.no_reading')
      : r.series.last_value === null
        ? t('form.no_reading')
        : `${fmt.number(u.toDisplay(r.series.last_value), u.decimals)} ${u.unit}`;
    const id = r.series.id;
    return html`<div
      class="probe ${r.on ? 'on' : ''}"
      data-series=${id}
      data-entity=${sensor ? sensor.entity_id : nothing}
    >
      <label class="check">
        <input
          type="checkbox"
          .checked=${r.on}
          @change=${(e: Event) => this.patch(id, { on: (e.target as HTMLInputElement).checked })}
        />
        <span class="who">
          <span class="name">${name}</span>
          <span class="muted node">${node}</span>
        </span>
        <span class="reading" title=${r.series.last_ts ? fmt.dateTime(r.series.last_ts) : ''}
          >${value}</span
        >
      </label>
      ${this.renderRole(r, name)}
      <input
        class="target"
        inputmode="decimal"
        aria-label=${t('form.target_of', { probe: name, unit: u.unit })}
        placeholder=${t('form.target_placeholder', { unit: u.unit })}
        ?disabled=${!r.on}
        .value=${r.target}
        @input=${(e: Event) => this.patch(id, { target: (e.target as HTMLInputElement).value })}
      />
      ${
        r.inUse.length
          ? html`<div class="in-use" role="note">
              ${t('form.in_use', { sessions: r.inUse.join(', ') })}
              ${
                r.on
                  ? html`<label class="share">
                      <input
                        type="checkbox"
                        .checked=${r.share}
                        @change=${(e: Event) => this.patch(id, { share: (e.target as HTMLInputElement).checked })}
                      />
                      ${t('form.share', { sessions: r.inUse.join(', ') })}
                    </label>`
                  : nothing
              }
            </div>`
          : nothing
      }
    </div>`;
  }

  private renderRole(r: Row, name: string) {
    const t = this.t;
    const roles = rolesFor(this.kind);
    const id = r.series.id;
    return html`<select
      aria-label=${t('form.role_of', { probe: name })}
      ?disabled=${!r.on}
      @change=${(e: Event) => this.patch(id, { role: (e.target as HTMLSelectElement).value as ChannelRole })}
    >
      ${roles.fitting.map((role) => html`<option value=${role} ?selected=${role === r.role}>${roleName(role, t)}</option>`)}
      <optgroup label=${t('form.other_roles')}>
        ${roles.others.map((role) => html`<option value=${role} ?selected=${role === r.role}>${roleName(role, t)}</option>`)}
      </optgroup>
    </select>`;
  }

  static override styles = [sharedStyles, formStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-session-form': BrewpitSessionForm;
  }
}
