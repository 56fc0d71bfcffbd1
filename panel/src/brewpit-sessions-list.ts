// Every cook and brew: filters by kind and status, search, duration and key figures; pick two
// or more to compare; start a new one.
import type { Session, SessionKind } from '@brewpit/protocol';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import './brewpit-session-form.js';
import { errorMessage, listSessions, type SessionFilter } from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { formatDuration, formatters, type Formatters } from './lib/format.js';
import { hassLanguage, localizer, type Localize } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { fireEvent } from './lib/navigate.js';
import { displayUnit, temperatureUnit } from './lib/units.js';
import { ICON_FIRE, ICON_MUG, icon } from './icons.js';
import { sharedStyles } from './styles.js';

const SEARCH_DEBOUNCE_MS = 300;

/**
 * Short key figures of a session: the hub's summary when it sends one (peak meat and pit
 * temperatures, current gravity), otherwise the targets; then OG and recipe.
 */
export function keyFigures(
  s: Session,
  fmt: Formatters,
  temp: '°C' | '°F',
  t: Localize = localizer('en'),
): string[] {
  const out = [t('list.channels', { count: s.channels.length })];
  const u = displayUnit('temperature', '°C', temp);
  const summary = s.summary?.channels ?? [];
  if (summary.length) {
    for (const c of summary.filter((c) => c.role !== 'ambient').slice(0, 3)) {
      if (c.role === 'gravity') out.push(`${c.label} ${fmt.number(c.last_value, 3)}`);
      else if (c.max != null)
        out.push(
          t('list.max', {
            label: c.label,
            value: `${fmt.number(u.toDisplay(c.max), 1)} ${u.unit}`,
          }),
        );
    }
  } else {
    const targets = s.channels.filter((c) => c.target != null && c.role !== 'gravity');
    for (const c of targets.slice(0, 2)) {
      out.push(`${c.label ?? c.role} → ${fmt.number(u.toDisplay(c.target!), 0)} ${u.unit}`);
    }
  }
  if (s.og != null) out.push(t('detail.og', { value: fmt.number(s.og, 3) }));
  if (s.recipe) out.push(s.recipe);
  return out;
}

@customElement('brewpit-sessions-list')
export class BrewpitSessionsList extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;

  @state() private sessions: Session[] = [];
  @state() private loaded = false;
  @state() private error = '';
  @state() private kind: SessionKind | '' = '';
  @state() private status: Session['status'] | '' = '';
  @state() private q = '';
  @state() private selected = new Set<string>();
  @state() private creating = false;

  private seq = 0;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private fmt = memoizeOne(formatters);

  override connectedCallback(): void {
    super.connectedCallback();
    // `/sessions?new` (the Devices page's empty Home Assistant sensors) opens the form.
    if (new URLSearchParams(location.search).has('new')) this.creating = true;
    if (this.hass) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('hass') && !changed.get('hass') && this.hass && !this.loaded) void this.load();
  }

  private async load(): Promise<void> {
    const seq = ++this.seq;
    const filter: SessionFilter = {
      ...(this.kind ? { kind: this.kind } : {}),
      ...(this.status ? { status: this.status } : {}),
      ...(this.q.trim() ? { q: this.q.trim() } : {}),
    };
    try {
      const sessions = await listSessions(this.hass, filter);
      if (seq !== this.seq) return;
      this.sessions = [...sessions].sort((a, b) => b.started_at - a.started_at);
      this.error = '';
    } catch (e) {
      if (seq === this.seq) this.error = errorMessage(e);
    } finally {
      if (seq === this.seq) this.loaded = true;
    }
  }

  private setFilter(patch: { kind?: SessionKind | ''; status?: Session['status'] | '' }): void {
    if (patch.kind !== undefined) this.kind = patch.kind;
    if (patch.status !== undefined) this.status = patch.status;
    void this.load();
  }

  private onSearch(e: Event): void {
    this.q = (e.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.load(), SEARCH_DEBOUNCE_MS);
  }

  private open(id: string): void {
    fireEvent(this, 'brewpit-navigate', { path: `/session/${encodeURIComponent(id)}` });
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.selected);
    if (on) next.add(id);
    else next.delete(id);
    this.selected = next;
  }

  private compare(): void {
    const ids = this.sessions.filter((s) => this.selected.has(s.id)).map((s) => s.id);
    fireEvent(this, 'brewpit-navigate', {
      path: `/compare?ids=${ids.map(encodeURIComponent).join(',')}`,
    });
  }

  private onRowKey(e: KeyboardEvent, id: string): void {
    if (e.target !== e.currentTarget) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.open(id);
    }
  }

  private get t(): Localize {
    return localizer(hassLanguage(this.hass));
  }

  protected override render() {
    const t = this.t;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const temp = temperatureUnit(this.hass.config.unit_system.temperature);
    const now = Date.now();
    return html`
      ${this.renderFilters(t)}
      ${
        this.creating
          ? html`<brewpit-session-form
              .hass=${this.hass}
              @session-created=${(e: CustomEvent<Session>) => this.open(e.detail.id)}
            ></brewpit-session-form>`
          : nothing
      }
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <section class="card list" aria-label=${t('list.sessions')}>
        ${
          !this.loaded
            ? html`<p class="muted" role="status">${t('list.loading')}</p>`
            : this.sessions.length === 0
              ? html`<p class="muted">${t('list.none')}</p>`
              : html`<div role="list">
                  ${this.sessions.map((s) => this.renderRow(s, fmt, temp, now, t))}
                </div>`
        }
      </section>
    `;
  }

  private renderFilters(t: Localize) {
    return html`<section class="card" aria-label=${t('list.filters')}>
      <div class="toolbar filters">
        <label>
          <span class="visually-hidden">${t('list.search_label')}</span>
          <input
            type="search"
            placeholder=${t('list.search')}
            .value=${this.q}
            @input=${this.onSearch}
          />
        </label>
        <label>
          ${t('form.kind')}
          <select
            aria-label=${t('form.kind')}
            @change=${(e: Event) =>
              this.setFilter({ kind: (e.target as HTMLSelectElement).value as SessionKind })}
          >
            <option value="">${t('list.all')}</option>
            <option value="cook" ?selected=${this.kind === 'cook'}>${t('list.cooks')}</option>
            <option value="brew" ?selected=${this.kind === 'brew'}>${t('list.brews')}</option>
          </select>
        </label>
        <label>
          ${t('list.status')}
          <select
            aria-label=${t('list.status')}
            @change=${(e: Event) =>
              this.setFilter({
                status: (e.target as HTMLSelectElement).value as Session['status'],
              })}
          >
            <option value="">${t('list.all')}</option>
            <option value="active" ?selected=${this.status === 'active'}>
              ${t('status.running')}
            </option>
            <option value="ended" ?selected=${this.status === 'ended'}>${t('status.ended')}</option>
          </select>
        </label>
        <span class="spacer"></span>
        <button
          ?disabled=${this.selected.size < 2}
          @click=${this.compare}
          aria-label=${t('list.compare_label', { count: this.selected.size })}
        >
          ${t('list.compare', { count: this.selected.size })}
        </button>
        ${
          this.hass.user?.is_admin
            ? html`<button class="primary" @click=${() => (this.creating = !this.creating)}>
                ${this.creating ? t('common.close') : t('list.new')}
              </button>`
            : nothing
        }
      </div>
    </section>`;
  }

  private renderRow(s: Session, fmt: Formatters, temp: '°C' | '°F', now: number, t: Localize) {
    const duration = formatDuration((s.ended_at ?? now) - s.started_at, t);
    const status = s.status === 'active' ? t('status.running') : t('status.ended');
    const kind = s.kind === 'cook' ? t('kind.cook') : t('kind.brew');
    return html`<div
      class="row"
      role="listitem"
      tabindex="0"
      aria-label=${`${s.name}, ${kind}, ${status}, ${duration}`}
      @click=${(e: Event) => {
        if (!(e.target as Element).closest('.select')) this.open(s.id);
      }}
      @keydown=${(e: KeyboardEvent) => this.onRowKey(e, s.id)}
    >
      <label class="select" @click=${(e: Event) => e.stopPropagation()}>
        <input
          type="checkbox"
          aria-label=${t('list.select', { name: s.name })}
          .checked=${this.selected.has(s.id)}
          @change=${(e: Event) => this.toggle(s.id, (e.target as HTMLInputElement).checked)}
        />
      </label>
      <span class="kind" aria-hidden="true">${icon(s.kind === 'cook' ? ICON_FIRE : ICON_MUG)}</span>
      <span class="name">
        <strong>${s.name}</strong>
        <span class="muted figures">${keyFigures(s, fmt, temp, t).join(' · ')}</span>
      </span>
      <span class="chip ${s.status === 'active' ? 'active' : ''} status"> ${status} </span>
      <span class="muted started">${fmt.dateTime(s.started_at)}</span>
      <span class="duration">${duration}</span>
    </div>`;
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .filters label {
        display: inline-flex;
        align-items: center;
        gap: 6px;
      }
      .list {
        padding: 0;
        overflow: hidden;
      }
      .list > p {
        padding: 16px;
        margin: 0;
      }
      .row {
        display: grid;
        grid-template-columns: auto auto minmax(0, 1fr) auto 12em 8em;
        align-items: center;
        gap: 12px;
        padding-block: 10px;
        padding-inline: 16px;
        border-block-end: 1px solid var(--divider-color);
        cursor: pointer;
      }
      .row:last-child {
        border-block-end: none;
      }
      .row:hover {
        background: color-mix(in srgb, var(--primary-color) 6%, transparent);
      }
      .row:focus-visible {
        outline: 2px solid var(--primary-color);
        outline-offset: -2px;
      }
      .name {
        display: flex;
        flex-direction: column;
        min-inline-size: 0;
      }
      .name strong {
        font-weight: 500;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .figures {
        font-size: 0.8125rem;
      }
      .kind svg {
        inline-size: 24px;
        block-size: 24px;
        fill: var(--secondary-text-color);
        display: block;
      }
      .duration {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .select input {
        inline-size: 20px;
        block-size: 20px;
        min-block-size: 0;
      }
      :host([narrow]) .row {
        grid-template-columns: auto auto minmax(0, 1fr) auto;
        grid-template-areas: 'select kind name status' 'select kind started duration';
      }
      :host([narrow]) .select {
        grid-area: select;
      }
      :host([narrow]) .kind {
        grid-area: kind;
      }
      :host([narrow]) .name {
        grid-area: name;
      }
      :host([narrow]) .status {
        grid-area: status;
      }
      :host([narrow]) .started {
        grid-area: started;
        font-size: 0.8125rem;
      }
      :host([narrow]) .duration {
        grid-area: duration;
        font-size: 0.8125rem;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-sessions-list': BrewpitSessionsList;
  }
}
