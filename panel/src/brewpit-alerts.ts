// Alert rules: above, below and rate of change for a role (pit, meat, wort ...), for every
// session or one running session, with the threshold, hysteresis and rate typed in the user's
// unit and a minimum duration. Fired alerts land in each session's notes and as HA events.
import type { AlertRule, AlertRuleCreate, ChannelRole, Session } from '@brewpit/protocol';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createAlertRule, deleteAlertRule, listAlertRules } from './data/admin.js';
import { errorMessage, listSessions } from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { alertUnit, parseTyped } from './lib/alert-units.js';
import { formatters } from './lib/format.js';
import { hassLanguage, localizer } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { roleName } from './lib/roles.js';
import { temperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';

type Kind = 'above' | 'below' | 'rate_of_change';
const KINDS: Kind[] = ['above', 'below', 'rate_of_change'];
const ROLES: ChannelRole[] = ['pit', 'meat', 'wort', 'chamber', 'gravity', 'ambient', 'other'];

interface Draft {
  kind: Kind;
  role: ChannelRole;
  session: string;
  value: string;
  hysteresis: string;
  minutes: string;
}

const EMPTY: Draft = {
  kind: 'above',
  role: 'pit',
  session: '',
  value: '',
  hysteresis: '',
  minutes: '',
};

@customElement('brewpit-alerts')
export class BrewpitAlerts extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;

  @state() private rules?: AlertRule[];
  @state() private sessions: Session[] = [];
  @state() private draft: Draft = { ...EMPTY };
  @state() private error = '';
  @state() private busy = false;

  private fmt = memoizeOne(formatters);

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  private get t() {
    return localizer(hassLanguage(this.hass));
  }

  private get temp() {
    return temperatureUnit(this.hass.config.unit_system.temperature);
  }

  private async refresh(): Promise<void> {
    try {
      [this.rules, this.sessions] = await Promise.all([
        listAlertRules(this.hass),
        listSessions(this.hass, { status: 'active' }),
      ]);
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  /** The rule the draft describes, in SI; a message naming the field when it cannot be one. */
  private build(): AlertRuleCreate | string {
    const t = this.t;
    const d = this.draft;
    const u = alertUnit(d.role, this.temp);
    const value = parseTyped(d.value);
    if (!Number.isFinite(value) || (d.kind === 'rate_of_change' && value <= 0))
      return t('alerts.bad_value');
    const hyst = d.hysteresis.trim() ? parseTyped(d.hysteresis) : 0;
    const minutes = d.minutes.trim() ? parseTyped(d.minutes) : 0;
    if (!Number.isFinite(hyst) || hyst < 0) return t('alerts.bad_hysteresis');
    if (!Number.isFinite(minutes) || minutes < 0 || minutes > 1440) return t('alerts.bad_minutes');
    const round = (v: number) => Math.round(v * 10_000) / 10_000;
    const params: AlertRuleCreate['params'] =
      d.kind === 'rate_of_change'
        ? { rate_per_min: round(u.deltaIn(value)), direction: 'any' }
        : {
            threshold: round(u.levelIn(value)),
            ...(hyst ? { hysteresis: round(u.deltaIn(hyst)) } : {}),
            ...(minutes ? { min_duration_s: Math.round(minutes * 60) } : {}),
          };
    return { kind: d.kind, role: d.role, ...(d.session ? { session_id: d.session } : {}), params };
  }

  private async add(e: Event): Promise<void> {
    e.preventDefault();
    const rule = this.build();
    if (typeof rule === 'string') {
      this.error = rule;
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      await createAlertRule(this.hass, rule);
      this.draft = { ...EMPTY, role: this.draft.role, session: this.draft.session };
      await this.refresh();
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  private async removeRule(id: string): Promise<void> {
    try {
      await deleteAlertRule(this.hass, id);
      await this.refresh();
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  protected override render() {
    const t = this.t;
    if (!this.hass.user?.is_admin)
      return html`<div class="card"><p>${t('devices.admin_only')}</p></div>`;
    return html`<h2>${t('alerts.title')}</h2>
      ${this.renderForm()}
      <section class="card" aria-labelledby="rules-title">
        <h3 id="rules-title">${t('alerts.rules')}</h3>
        ${
          !this.rules
            ? html`<p class="muted" role="status">${t('devices.loading')}</p>`
            : this.rules.length === 0
              ? html`<p class="muted">${t('alerts.none')}</p>`
              : html`<ul class="rules">
                  ${this.rules.map((r) => this.renderRule(r))}
                </ul>`
        }
      </section>`;
  }

  private renderForm() {
    const t = this.t;
    const d = this.draft;
    const u = alertUnit(d.role, this.temp);
    const set = (k: keyof Draft) => (e: Event) =>
      (this.draft = { ...this.draft, [k]: (e.target as HTMLInputElement).value });
    const rate = d.kind === 'rate_of_change';
    return html`<form class="card" @submit=${(e: Event) => void this.add(e)}>
      <h3>${t('alerts.new')}</h3>
      <div class="grid">
        <label
          >${t('alerts.kind')}
          <select name="kind" @change=${set('kind')}>
            ${KINDS.map((k) => html`<option value=${k} ?selected=${k === d.kind}>${t(`alerts.kind.${k}`)}</option>`)}
          </select>
        </label>
        <label
          >${t('alerts.role')}
          <select name="role" @change=${set('role')}>
            ${ROLES.map((r) => html`<option value=${r} ?selected=${r === d.role}>${roleName(r, t)}</option>`)}
          </select>
        </label>
        <label
          >${t('alerts.scope')}
          <select name="session" @change=${set('session')}>
            <option value="" ?selected=${!d.session}>${t('alerts.every_session')}</option>
            ${this.sessions.map((s) => html`<option value=${s.id} ?selected=${s.id === d.session}>${s.name}</option>`)}
          </select>
        </label>
        <label
          >${rate ? t('alerts.rate', { unit: u.unit }) : t('alerts.threshold', { unit: u.unit })}
          <input
            name="value"
            inputmode="decimal"
            required
            .value=${d.value}
            @input=${set('value')}
          />
        </label>
        ${
          rate
            ? nothing
            : html`<label
                  >${t('alerts.hysteresis', { unit: u.unit })}
                  <input
                    name="hysteresis"
                    inputmode="decimal"
                    .value=${d.hysteresis}
                    @input=${set('hysteresis')}
                  />
                </label>
                <label
                  >${t('alerts.min_duration')}
                  <input
                    name="minutes"
                    inputmode="decimal"
                    .value=${d.minutes}
                    @input=${set('minutes')}
                  />
                </label>`
        }
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="toolbar">
        <span class="spacer"></span>
        <button class="primary" type="submit" ?disabled=${this.busy}>${t('alerts.add')}</button>
      </div>
    </form>`;
  }

  /** What a rule watches, in words and the user's unit (defaults keep their own name). */
  private describe(r: AlertRule): string {
    const t = this.t;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const u = alertUnit(r.role, this.temp);
    const p = r.params;
    const num = (v: number) => `${fmt.number(v, u.decimals)} ${u.unit}`;
    if ((r.kind === 'above' || r.kind === 'below') && p.threshold !== undefined)
      return num(u.level(p.threshold));
    if (r.kind === 'rate_of_change' && p.rate_per_min !== undefined)
      return t('alerts.per_min', { value: num(u.delta(p.rate_per_min)) });
    if (r.kind === 'low_battery' && p.threshold !== undefined) return `${p.threshold} %`;
    if (p.minutes !== undefined) return `${fmt.number(p.minutes, 0)} min`;
    return '';
  }

  private renderRule(r: AlertRule) {
    const t = this.t;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const u = alertUnit(r.role, this.temp);
    const p = r.params;
    const session = r.session_id
      ? (this.sessions.find((s) => s.id === r.session_id)?.name ?? r.session_id)
      : t('alerts.every_session');
    const kind = KINDS.includes(r.kind as Kind) ? t(`alerts.kind.${r.kind as Kind}`) : r.name;
    return html`<li class="toolbar" data-rule=${r.id} data-kind=${r.kind}>
      ${kind ? html`<span class="chip">${kind}</span>` : nothing}
      <span>${r.role ? roleName(r.role, t) : ''} ${this.describe(r)}</span>
      ${
        p.hysteresis && r.kind !== 'low_battery'
          ? html`<span class="muted"
              >± ${fmt.number(u.delta(p.hysteresis), u.decimals)} ${u.unit}</span
            >`
          : nothing
      }
      ${
        p.min_duration_s
          ? html`<span class="muted"
              >${t('alerts.for_min', { m: Math.round(p.min_duration_s / 60) })}</span
            >`
          : nothing
      }
      <span class="muted">${session}</span>
      <span class="spacer"></span>
      <button class="danger" @click=${() => void this.removeRule(r.id)}>
        ${t('devices.remove')}
      </button>
    </li>`;
  }

  static override styles = [
    sharedStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(12em, 1fr));
        gap: 12px;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      input {
        font: inherit;
        padding: 6px 8px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
      ul.rules {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 8px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-alerts': BrewpitAlerts;
  }
}
