// One cook or brew: chart of every channel, zoom and pan with downsampled refetch, live
// updates while it runs, notes, ending, CSV export and key figures per channel.
import type { Point } from '@brewpit/protocol';
import type { Session, SessionHistory } from '@brewpit/protocol';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import './brewpit-chart.js';
import type { BrewpitChart, XRange } from './brewpit-chart.js';
import {
  annotateSession,
  csvFileName,
  downloadSessionCsv,
  endSession,
  errorMessage,
  getSession,
  sessionHistory,
} from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { LiveSubscription, liveValue, type LiveMessage } from './data/live.js';
import { channelFigures, sessionChartModel } from './lib/chart-model.js';
import { formatDuration, formatters } from './lib/format.js';
import { memoizeOne } from './lib/memo.js';
import { resolveTheme, seriesColor } from './lib/palette.js';
import {
  clampRange,
  coversBounds,
  maxPointsFor,
  panRange,
  sessionBounds,
  zoomRange,
  type Range,
} from './lib/range.js';
import { temperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';
import { detailStyles } from './brewpit-session-detail.styles.js';

/** Zoom and pan settle for this long before the hub is asked (a drag fires many events). */
export const REFETCH_DEBOUNCE_MS = 250;
/** Live points are applied at most this often, so a 1 Hz probe does not redraw 8 times a second. */
const LIVE_FLUSH_MS = 1000;

@customElement('brewpit-session-detail')
export class BrewpitSessionDetail extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property() sessionId = '';

  @state() private session?: Session;
  @state() private history?: SessionHistory;
  @state() private range: Range | null = null;
  @state() private error = '';
  @state() private loading = false;
  @state() private noteText = '';
  @state() private noteAt: number | null = null;
  @state() private confirmEnd = false;
  @state() private busy = false;

  @query('brewpit-chart') private chart?: BrewpitChart;

  private requestSeq = 0;
  private refetchTimer?: ReturnType<typeof setTimeout>;
  private live = new LiveSubscription();
  private liveBuffer = new Map<number, Point[]>();
  private liveTimer?: ReturnType<typeof setTimeout>;

  private model = memoizeOne(sessionChartModel);
  private figures = memoizeOne(channelFigures);
  private fmt = memoizeOne(formatters);
  /** Swatch colours; HA swaps theme variables for dark mode, so they follow `dark`. */
  private theme = memoizeOne((_dark: boolean) =>
    resolveTheme((n) => getComputedStyle(this).getPropertyValue(n)),
  );
  private xRange = memoizeOne(
    (r: Range | null): XRange | null => r && { min: r.from / 1000, max: r.to / 1000 },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.syncLive();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.live.close();
    clearTimeout(this.refetchTimer);
    clearTimeout(this.liveTimer);
    this.liveBuffer.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sessionId') && this.sessionId) void this.load();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('session')) this.syncLive();
  }

  private get temp() {
    return temperatureUnit(this.hass.config.unit_system.temperature);
  }

  private maxPoints(): number {
    const w = this.chart?.plotWidth || this.clientWidth - 120 || window.innerWidth - 120;
    return maxPointsFor(w);
  }

  private async load(): Promise<void> {
    const seq = ++this.requestSeq;
    this.loading = true;
    this.error = '';
    this.range = null;
    this.noteAt = null;
    this.confirmEnd = false;
    this.live.close();
    try {
      const [session, history] = await Promise.all([
        getSession(this.hass, this.sessionId),
        sessionHistory(this.hass, this.sessionId, { max_points: this.maxPoints() }),
      ]);
      if (seq !== this.requestSeq) return;
      this.session = session;
      this.history = history;
    } catch (e) {
      if (seq === this.requestSeq) this.error = errorMessage(e);
    } finally {
      if (seq === this.requestSeq) this.loading = false;
    }
  }

  private bounds(): Range {
    return sessionBounds(this.session!, Date.now());
  }

  /** Shows `r` now (the chart rescales at once) and refetches it after the debounce. */
  private setRange(r: Range | null): void {
    if (!this.session) return;
    const bounds = this.bounds();
    this.range = r && !coversBounds(r, bounds, 0.001) ? clampRange(r, bounds) : null;
    clearTimeout(this.refetchTimer);
    this.refetchTimer = setTimeout(() => void this.refetch(), REFETCH_DEBOUNCE_MS);
  }

  private async refetch(): Promise<void> {
    const seq = ++this.requestSeq;
    const r = this.range;
    try {
      const history = await sessionHistory(this.hass, this.sessionId, {
        ...(r ? { from: r.from, to: r.to } : {}),
        max_points: this.maxPoints(),
      });
      if (seq === this.requestSeq) this.history = history;
    } catch (e) {
      if (seq === this.requestSeq) this.error = errorMessage(e);
    }
  }

  private syncLive(): void {
    if (this.isConnected && this.session?.status === 'active' && this.hass) {
      this.live.open(
        this.hass,
        (msg) => this.onLive(msg),
        (e) => (this.error = `Live updates unavailable: ${errorMessage(e)}`),
      );
    } else {
      this.live.close();
    }
  }

  private onLive(msg: LiveMessage): void {
    const ids = new Set(this.session?.channels.map((c) => c.series_id));
    for (const s of msg.states) {
      if (!ids.has(s.series_id)) continue;
      const list = this.liveBuffer.get(s.series_id) ?? [];
      list.push([s.ts, liveValue(s)]);
      this.liveBuffer.set(s.series_id, list);
    }
    if (this.liveBuffer.size && this.liveTimer === undefined) {
      this.liveTimer = setTimeout(() => this.flushLive(), LIVE_FLUSH_MS);
    }
  }

  /** Appends buffered live points to the shown history; a zoomed-in past view stays put. */
  private flushLive(): void {
    this.liveTimer = undefined;
    const h = this.history;
    if (!h || !this.liveBuffer.size) return;
    const series = h.series.map((s) => {
      const add = this.liveBuffer.get(s.series_id);
      if (!add) return s;
      const lastTs = s.points.length ? s.points[s.points.length - 1]![0] : -Infinity;
      const fresh = add.filter((p) => p[0] > lastTs).sort((a, b) => a[0] - b[0]);
      return fresh.length ? { ...s, points: [...s.points, ...fresh] } : s;
    });
    this.liveBuffer.clear();
    const latest = Math.max(h.to, ...series.map((s) => s.points[s.points.length - 1]?.[0] ?? 0));
    this.history = { ...h, series, to: latest };
  }

  private onRangeChanged(e: CustomEvent<XRange>): void {
    this.setRange({ from: e.detail.min * 1000, to: e.detail.max * 1000 });
  }

  private current(): Range {
    return this.range ?? this.bounds();
  }

  private pan(fraction: number): void {
    this.setRange(panRange(this.current(), fraction, this.bounds()));
  }

  private zoom(factor: number): void {
    this.setRange(zoomRange(this.current(), factor, this.bounds()));
  }

  private async addNote(e: Event): Promise<void> {
    e.preventDefault();
    const text = this.noteText.trim();
    if (!text || !this.session) return;
    this.busy = true;
    try {
      const a = await annotateSession(this.hass, this.session.id, text, this.noteAt ?? undefined);
      this.noteText = '';
      this.noteAt = null;
      if (this.history) {
        const annotations = [...this.history.annotations, a].sort((x, y) => x.ts - y.ts);
        this.history = { ...this.history, annotations };
      }
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  private async end(): Promise<void> {
    if (!this.session) return;
    this.busy = true;
    try {
      this.session = await endSession(this.hass, this.session.id);
      this.confirmEnd = false;
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  private async exportCsv(): Promise<void> {
    if (!this.session) return;
    try {
      await downloadSessionCsv(this.hass, this.session.id, csvFileName(this.session));
    } catch (err) {
      this.error = errorMessage(err);
    }
  }

  protected override render() {
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    if (!this.session || !this.history) {
      return html`<div class="card" role="status">
        ${this.error ? html`<span class="error">${this.error}</span>` : 'Loading session…'}
      </div>`;
    }
    const s = this.session;
    const model = this.model(this.history, this.temp);
    const now = Date.now();
    const dark = this.hass.themes?.darkMode ?? false;
    const serverTz =
      this.hass.locale.time_zone === 'server' ? this.hass.config.time_zone : undefined;
    return html`
      <section class="card head" aria-labelledby="title">
        <div class="toolbar">
          <h2 id="title">${s.name}</h2>
          <span class="chip">${s.kind === 'cook' ? 'Cook' : 'Brew'}</span>
          <span class="chip ${s.status === 'active' ? 'active' : ''}">
            ${s.status === 'active' ? 'Running' : 'Ended'}
          </span>
          <span class="spacer"></span>
          <button @click=${() => void this.exportCsv()} aria-label="Export CSV">Export CSV</button>
          ${s.status === 'active' ? this.renderEnd() : nothing}
        </div>
        <p class="muted meta">
          Started ${fmt.dateTime(s.started_at)} ·
          ${s.ended_at ? `ended ${fmt.dateTime(s.ended_at)} · ` : ''}
          ${formatDuration((s.ended_at ?? now) - s.started_at)}
          ${s.recipe ? html` · ${s.recipe}` : nothing}
          ${s.og != null ? html` · OG ${fmt.number(s.og, 3)}` : nothing}
        </p>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      </section>
      <section class="card" aria-label="Chart">
        <div class="toolbar chart-tools">
          <button class="icon" aria-label="Pan earlier" @click=${() => this.pan(-0.25)}>‹</button>
          <button class="icon" aria-label="Pan later" @click=${() => this.pan(0.25)}>›</button>
          <button class="icon" aria-label="Zoom in" @click=${() => this.zoom(0.5)}>+</button>
          <button class="icon" aria-label="Zoom out" @click=${() => this.zoom(2)}>−</button>
          <button ?disabled=${!this.range} @click=${() => this.setRange(null)}>Reset zoom</button>
          <span class="spacer"></span>
          <span class="muted small" aria-live="polite">
            ${
              this.range
                ? `${fmt.dateTime(this.range.from)} – ${fmt.dateTime(this.range.to)}`
                : 'Whole session'
            }
            ${this.history.series.some((x) => x.downsampled) ? ' · downsampled' : ''}
          </span>
        </div>
        ${
          model.series.length === 0
            ? html`<p class="muted">This session has no channels yet.</p>`
            : html`<brewpit-chart
                .model=${model}
                .xRange=${this.xRange(this.range)}
                .formatters=${fmt}
                .timeZone=${serverTz}
                ?dark=${dark}
                .height=${this.narrow ? 260 : 380}
                label=${`${s.name} chart`}
                @range-changed=${this.onRangeChanged}
                @reset-zoom=${() => this.setRange(null)}
                @chart-pan=${(e: CustomEvent<{ fraction: number }>) => this.pan(e.detail.fraction)}
                @chart-zoom=${(e: CustomEvent<{ factor: number }>) => this.zoom(e.detail.factor)}
                @chart-click=${(e: CustomEvent<{ x: number }>) =>
                  (this.noteAt = Math.round(e.detail.x * 1000))}
              ></brewpit-chart>`
        }
      </section>
      <div class="columns">${this.renderFigures(fmt, dark)} ${this.renderNotes(fmt)}</div>
    `;
  }

  private renderEnd() {
    if (!this.confirmEnd) {
      return html`<button class="danger" @click=${() => (this.confirmEnd = true)}>
        End session
      </button>`;
    }
    return html`<span role="group" aria-label="Confirm ending the session" class="toolbar">
      <button class="danger" ?disabled=${this.busy} @click=${() => void this.end()}>
        Confirm end
      </button>
      <button @click=${() => (this.confirmEnd = false)}>Cancel</button>
    </span>`;
  }

  private renderFigures(fmt: ReturnType<typeof formatters>, dark: boolean) {
    const figs = this.figures(this.history!, this.temp);
    const theme = this.theme(dark);
    return html`<section class="card" aria-labelledby="figures-title">
      <h3 id="figures-title">${this.range ? 'Key figures in view' : 'Key figures'}</h3>
      <table class="figures">
        <thead>
          <tr>
            <th>Channel</th>
            <th class="num">Now</th>
            <th class="num">Min</th>
            <th class="num">Max</th>
            <th class="num">Target</th>
          </tr>
        </thead>
        <tbody>
          ${figs.map(
            (f) =>
              html`<tr>
                <td>
                  <span
                    class="swatch"
                    style=${`background:${seriesColor(theme, f.colorIndex)}`}
                  ></span
                  >${f.label} <span class="muted">${f.role}</span>
                </td>
                <td class="num">${fmt.number(f.latest, f.decimals)} ${f.unit}</td>
                <td class="num">${fmt.number(f.min, f.decimals)}</td>
                <td class="num">${fmt.number(f.max, f.decimals)}</td>
                <td class="num">${f.target == null ? '—' : fmt.number(f.target, f.decimals)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  private renderNotes(fmt: ReturnType<typeof formatters>) {
    const notes = this.history!.annotations;
    return html`<section class="card" aria-labelledby="notes-title">
      <h3 id="notes-title">Notes and alerts</h3>
      <form class="note-form" @submit=${(e: Event) => void this.addNote(e)}>
        <label for="note" class="visually-hidden">Note text</label>
        <input
          id="note"
          name="note"
          maxlength="500"
          placeholder="Add a note, e.g. wrapped in butcher paper"
          .value=${this.noteText}
          @input=${(e: Event) => (this.noteText = (e.target as HTMLInputElement).value)}
        />
        <button class="primary" type="submit" ?disabled=${this.busy || !this.noteText.trim()}>
          Add note
        </button>
      </form>
      <p class="muted small">
        ${
          this.noteAt
            ? html`At ${fmt.dateTime(this.noteAt)} (picked on the chart)
                <button class="link" @click=${() => (this.noteAt = null)}>use now</button>`
            : 'At the current time; click the chart to pick another moment.'
        }
      </p>
      ${
        notes.length
          ? html`<ul class="notes">
              ${notes.map(
                (a) =>
                  html`<li>
                    <span class="chip ${a.kind === 'alert' ? 'alert' : ''}">${a.kind}</span>
                    <time datetime=${new Date(a.ts).toISOString()}>${fmt.dateTime(a.ts)}</time>
                    <span>${a.text}</span>
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">No notes yet.</p>`
      }
    </section>`;
  }

  static override styles = [sharedStyles, detailStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-session-detail': BrewpitSessionDetail;
  }
}
