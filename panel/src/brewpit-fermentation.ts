// Fermentation: every chamber the edge nodes control, with its setpoint, mode and the running
// profile's step and progress; a profile form (holds and ramps in the user's unit, a hold may
// wait for a gravity) started on a chamber, and stopping one. Administrators only.
import type { ChamberState, DeviceInfo } from '@brewpit/protocol';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { chamberCommand, listNodes } from './data/admin.js';
import { errorMessage } from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { formatDuration, formatters } from './lib/format.js';
import { hassLanguage, localizer } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { buildSteps, profileName, type ProfileStep, type StepDraft } from './lib/profile.js';
import { displayUnit, temperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';

const POLL_MS = 5_000;
const NEW_STEP: StepDraft = { type: 'hold', target: '', hours: '', gravityBelow: '' };

/** A chamber with the node it belongs to. */
interface Chamber {
  deviceId: string;
  node: string;
  state: ChamberState;
}

@customElement('brewpit-fermentation')
export class BrewpitFermentation extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;

  @state() private chambers?: Chamber[];
  @state() private name = '';
  @state() private steps: StepDraft[] = [{ ...NEW_STEP }];
  @state() private chamber = '';
  @state() private error = '';
  @state() private note = '';

  private timer?: ReturnType<typeof setTimeout>;
  private fmt = memoizeOne(formatters);

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

  private get temp() {
    return temperatureUnit(this.hass.config.unit_system.temperature);
  }

  private async refresh(): Promise<void> {
    clearTimeout(this.timer);
    try {
      this.chambers = (await listNodes(this.hass)).flatMap((n: DeviceInfo) =>
        ((n.status.control as ChamberState[] | undefined) ?? []).map((state) => ({
          deviceId: n.id,
          node: n.name,
          state,
        })),
      );
      if (!this.chamber && this.chambers[0]) this.chamber = this.key(this.chambers[0]);
    } catch (e) {
      this.error = errorMessage(e);
    }
    if (this.isConnected) this.timer = setTimeout(() => void this.refresh(), POLL_MS);
  }

  private key(c: Chamber): string {
    return `${c.deviceId}/${c.state.name}`;
  }

  private async start(e: Event): Promise<void> {
    e.preventDefault();
    const t = this.t;
    this.note = '';
    const target = this.chambers?.find((c) => this.key(c) === this.chamber);
    const built = buildSteps(this.steps, this.temp);
    if (!target) {
      this.error = t('ferm.pick_chamber');
      return;
    }
    if ('problem' in built) {
      this.error = t(`ferm.bad_${built.problem}`, { step: built.step });
      return;
    }
    this.error = '';
    try {
      await chamberCommand(this.hass, target.deviceId, 'start_profile', {
        chamber: target.state.name,
        profile: { name: profileName(this.name), steps: this.named(built.steps) },
      });
      this.note = t('ferm.sent', { chamber: target.state.label });
      await this.refresh();
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  /** Names each step as the user typed it ("Hold 64.4 °F"): the node would name it in °C. */
  private named(steps: ProfileStep[]): ProfileStep[] {
    const t = this.t;
    return steps.map((s, i) => {
      const label = s.type === 'hold' ? t('ferm.hold') : t('ferm.ramp');
      return { ...s, name: `${label} ${this.steps[i]!.target.trim()} ${this.temp}`.slice(0, 64) };
    });
  }

  private async stop(c: Chamber): Promise<void> {
    try {
      await chamberCommand(this.hass, c.deviceId, 'stop_profile', { chamber: c.state.name });
      this.note = this.t('ferm.stop_sent', { chamber: c.state.label });
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  private setStep(i: number, patch: Partial<StepDraft>): void {
    this.steps = this.steps.map((s, k) => (k === i ? { ...s, ...patch } : s));
  }

  protected override render() {
    const t = this.t;
    if (!this.hass.user?.is_admin)
      return html`<div class="card"><p>${t('devices.admin_only')}</p></div>`;
    return html`<h2>${t('ferm.title')}</h2>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.note ? html`<p role="status">${this.note}</p>` : nothing}
      ${
        !this.chambers
          ? html`<p class="muted" role="status">${t('devices.loading')}</p>`
          : this.chambers.length === 0
            ? html`<div class="card"><p>${t('ferm.none')}</p></div>`
            : html`${this.chambers.map((c) => this.renderChamber(c))} ${this.renderForm()}`
      }`;
  }

  private renderChamber(c: Chamber) {
    const t = this.t;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const u = displayUnit('temperature', '°C', this.temp);
    const deg = (v: number) => `${fmt.number(u.toDisplay(v), 1)} ${u.unit}`;
    const s = c.state;
    const p = s.profile;
    return html`<section class="card chamber" data-chamber=${s.name}>
      <div class="toolbar">
        <h3>${s.label}</h3>
        <span class="muted">${c.node}</span>
        <span class="chip">${s.mode}</span>
        <span class="chip ${s.action === 'idle' ? '' : 'active'}">${s.action}</span>
        <span class="spacer"></span>
        <span class="setpoint">${t('ferm.setpoint', { value: deg(s.setpoint) })}</span>
      </div>
      ${
        p
          ? html`<div class="profile">
              <p>
                <strong>${p.name}</strong> ·
                <span class="step"
                  >${t('ferm.step', { n: p.step_index + 1, count: p.step_count })}</span
                >
                ${p.step_name ? html`(${p.step_name})` : nothing}
                ${p.finished ? html`· ${t('ferm.finished')}` : nothing}
              </p>
              ${
                p.remaining_s !== null
                  ? html`<progress
                        max=${p.elapsed_s + p.remaining_s}
                        value=${p.elapsed_s}
                        aria-label=${t('ferm.progress')}
                      ></progress>
                      <span class="muted"
                        >${t('ferm.remaining', { d: formatDuration(p.remaining_s * 1000, t) })}</span
                      >`
                  : nothing
              }
              ${p.condition ? html`<p class="muted">${p.condition}</p>` : nothing}
              <button class="danger" @click=${() => void this.stop(c)}>${t('ferm.stop')}</button>
            </div>`
          : html`<p class="muted">${t('ferm.no_profile')}</p>`
      }
    </section>`;
  }

  private renderForm() {
    const t = this.t;
    const unit = this.temp;
    const input = (i: number, k: keyof StepDraft) => (e: Event) =>
      this.setStep(i, { [k]: (e.target as HTMLInputElement).value });
    return html`<form class="card" @submit=${(e: Event) => void this.start(e)}>
      <h3>${t('ferm.new_profile')}</h3>
      <div class="toolbar">
        <label
          >${t('ferm.name')}
          <input
            name="profile-name"
            maxlength="40"
            .value=${this.name}
            @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)}
          />
        </label>
        <label
          >${t('ferm.chamber')}
          <select
            name="chamber"
            @change=${(e: Event) => (this.chamber = (e.target as HTMLSelectElement).value)}
          >
            ${(this.chambers ?? []).map((c) => html`<option value=${this.key(c)} ?selected=${this.key(c) === this.chamber}>${c.state.label} (${c.node})</option>`)}
          </select>
        </label>
      </div>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>${t('ferm.type')}</th>
            <th>${t('ferm.target', { unit })}</th>
            <th>${t('ferm.hours')}</th>
            <th>${t('ferm.until_gravity')}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${this.steps.map(
            (s, i) =>
              html`<tr class="step-row">
                <td>${i + 1}</td>
                <td>
                  <select aria-label=${t('ferm.type_of', { n: i + 1 })} @change=${input(i, 'type')}>
                    <option value="hold" ?selected=${s.type === 'hold'}>${t('ferm.hold')}</option>
                    <option value="ramp" ?selected=${s.type === 'ramp'}>${t('ferm.ramp')}</option>
                  </select>
                </td>
                <td>
                  <input
                    inputmode="decimal"
                    aria-label=${t('ferm.target_of', { n: i + 1, unit })}
                    .value=${s.target}
                    @input=${input(i, 'target')}
                  />
                </td>
                <td>
                  <input
                    inputmode="decimal"
                    aria-label=${t('ferm.hours_of', { n: i + 1 })}
                    .value=${s.hours}
                    @input=${input(i, 'hours')}
                  />
                </td>
                <td>
                  ${
                    s.type === 'hold'
                      ? html`<input
                          inputmode="decimal"
                          placeholder="1.010"
                          aria-label=${t('ferm.gravity_of', { n: i + 1 })}
                          .value=${s.gravityBelow}
                          @input=${input(i, 'gravityBelow')}
                        />`
                      : nothing
                  }
                </td>
                <td>
                  <button
                    type="button"
                    class="icon"
                    aria-label=${t('ferm.remove_step', { n: i + 1 })}
                    ?disabled=${this.steps.length === 1}
                    @click=${() => (this.steps = this.steps.filter((_, k) => k !== i))}
                  >
                    ×
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <div class="toolbar">
        <button type="button" @click=${() => (this.steps = [...this.steps, { ...NEW_STEP }])}>
          ${t('ferm.add_step')}
        </button>
        <span class="spacer"></span>
        <button class="primary" type="submit">${t('ferm.start')}</button>
      </div>
    </form>`;
  }

  static override styles = [
    sharedStyles,
    css`
      input {
        font: inherit;
        inline-size: 6em;
        padding: 4px 6px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
      input[name='profile-name'] {
        inline-size: 14em;
      }
      progress {
        inline-size: min(100%, 24em);
        accent-color: var(--primary-color);
      }
      .setpoint {
        font-size: 1.2rem;
      }
      table {
        inline-size: 100%;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-fermentation': BrewpitFermentation;
  }
}
