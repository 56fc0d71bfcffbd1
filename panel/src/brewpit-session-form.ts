// Starting a cook or a brew: name, kind, and which probes take part with their role and target
// (entered in the user's unit, sent in SI).
import type { ChannelRole, SeriesInfo, SessionChannel, SessionKind } from '@brewpit/protocol';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createSession, errorMessage, listSeries } from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { ROLE_ORDER } from './lib/chart-model.js';
import { fireEvent } from './lib/navigate.js';
import { displayUnit, temperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';

/** A first guess at a probe's role from its channel key ("meat1" → meat). */
export function guessRole(key: string, kind: string): ChannelRole {
  const k = key.toLowerCase();
  for (const r of ROLE_ORDER) if (k.startsWith(r)) return r;
  if (k.includes('probe') || k.includes('food')) return 'meat';
  if (k.includes('ferment') || k.includes('beer')) return 'wort';
  if (kind === 'gravity') return 'gravity';
  return 'other';
}

interface Row {
  series: SeriesInfo;
  on: boolean;
  role: ChannelRole;
  target: string;
}

@customElement('brewpit-session-form')
export class BrewpitSessionForm extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;

  @state() private rows: Row[] = [];
  @state() private kind: SessionKind = 'cook';
  @state() private name = '';
  @state() private recipe = '';
  @state() private og = '';
  @state() private error = '';
  @state() private busy = false;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadSeries();
  }

  private async loadSeries(): Promise<void> {
    try {
      const series = await listSeries(this.hass);
      this.rows = series.map((s) => ({
        series: s,
        on: false,
        role: guessRole(s.key, s.kind),
        target: '',
      }));
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  private patchRow(i: number, patch: Partial<Row>): void {
    this.rows = this.rows.map((r, j) => (j === i ? { ...r, ...patch } : r));
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const temp = temperatureUnit(this.hass.config.unit_system.temperature);
    const channels: SessionChannel[] = this.rows
      .filter((r) => r.on)
      .map((r) => {
        const u = displayUnit(r.series.kind, r.series.unit, temp);
        const t = Number.parseFloat(r.target.replace(',', '.'));
        return {
          series_id: r.series.id,
          role: r.role,
          label: r.series.name || r.series.key,
          ...(Number.isFinite(t) ? { target: Math.round(u.fromDisplay(t) * 1000) / 1000 } : {}),
        };
      });
    const og = Number.parseFloat(this.og.replace(',', '.'));
    this.busy = true;
    this.error = '';
    try {
      const session = await createSession(this.hass, {
        kind: this.kind,
        name: this.name.trim(),
        channels,
        ...(this.recipe.trim() ? { recipe: this.recipe.trim() } : {}),
        ...(this.kind === 'brew' && Number.isFinite(og) ? { og } : {}),
      });
      fireEvent(this, 'session-created', session);
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const temp = temperatureUnit(this.hass.config.unit_system.temperature);
    return html`<form class="card" @submit=${(e: Event) => void this.submit(e)}>
      <h2>New session</h2>
      <div class="grid">
        <label>
          Name
          <input
            required
            maxlength="120"
            .value=${this.name}
            @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          Kind
          <select
            @change=${(e: Event) =>
              (this.kind = (e.target as HTMLSelectElement).value as SessionKind)}
          >
            <option value="cook" ?selected=${this.kind === 'cook'}>Cook</option>
            <option value="brew" ?selected=${this.kind === 'brew'}>Brew</option>
          </select>
        </label>
        <label>
          Recipe
          <input
            maxlength="200"
            .value=${this.recipe}
            @input=${(e: Event) => (this.recipe = (e.target as HTMLInputElement).value)}
          />
        </label>
        ${
          this.kind === 'brew'
            ? html`<label>
                Original gravity
                <input
                  inputmode="decimal"
                  placeholder="1.050"
                  .value=${this.og}
                  @input=${(e: Event) => (this.og = (e.target as HTMLInputElement).value)}
                />
              </label>`
            : nothing
        }
      </div>
      <fieldset>
        <legend>Probes</legend>
        ${
          this.rows.length === 0
            ? html`<p class="muted">No probes known yet; pair an edge node first.</p>`
            : this.rows.map((r, i) => {
                const u = displayUnit(r.series.kind, r.series.unit, temp);
                const name = r.series.name || r.series.key;
                return html`<div class="probe">
                  <label class="check">
                    <input
                      type="checkbox"
                      .checked=${r.on}
                      @change=${(e: Event) =>
                        this.patchRow(i, { on: (e.target as HTMLInputElement).checked })}
                    />
                    ${name}
                  </label>
                  <select
                    aria-label=${`Role of ${name}`}
                    ?disabled=${!r.on}
                    @change=${(e: Event) =>
                      this.patchRow(i, {
                        role: (e.target as HTMLSelectElement).value as ChannelRole,
                      })}
                  >
                    ${ROLE_ORDER.map(
                      (role) =>
                        html`<option value=${role} ?selected=${role === r.role}>${role}</option>`,
                    )}
                  </select>
                  <input
                    class="target"
                    inputmode="decimal"
                    aria-label=${`Target of ${name} in ${u.unit}`}
                    placeholder=${`target ${u.unit}`}
                    ?disabled=${!r.on}
                    .value=${r.target}
                    @input=${(e: Event) =>
                      this.patchRow(i, { target: (e.target as HTMLInputElement).value })}
                  />
                </div>`;
              })
        }
      </fieldset>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="toolbar">
        <span class="spacer"></span>
        <button class="primary" type="submit" ?disabled=${this.busy || !this.name.trim()}>
          Start session
        </button>
      </div>
    </form>`;
  }

  static override styles = [
    sharedStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
        gap: 12px;
      }
      .grid label {
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      fieldset {
        border: 1px solid var(--divider-color);
        border-radius: 8px;
        margin-block: 12px;
        padding: 8px 12px;
      }
      legend {
        color: var(--secondary-text-color);
        padding-inline: 4px;
      }
      .probe {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 8em 8em;
        gap: 8px;
        align-items: center;
        padding-block: 4px;
      }
      .check {
        color: var(--primary-text-color);
        display: flex;
        align-items: center;
        gap: 8px;
      }
      .target {
        inline-size: 100%;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-session-form': BrewpitSessionForm;
  }
}
