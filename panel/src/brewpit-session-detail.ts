// One cook or brew: predictions, the chart of every channel (zoom and pan with downsampled
// refetch; a running session follows its live readings), key figures, notes, ending and CSV.
import type { Annotation, SeriesInfo, Session, SessionHistory } from '@brewpit/protocol';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import './brewpit-chart.js';
import type { BrewpitChart, XRange } from './brewpit-chart.js';
import './brewpit-session-figures.js';
import './brewpit-session-form.js';
import './brewpit-session-head.js';
import './brewpit-session-notes.js';
import { detailStyles } from './brewpit-session-detail.styles.js';
import * as api from './data/api.js';
import type { SessionEstimates } from './data/estimates.js';
import type { HomeAssistant } from './data/hass.js';
import { nodeLabel, nodeNames } from './data/nodes.js';
import { SessionFeed } from './data/session-feed.js';
import { channelFigures, sessionChartModel } from './lib/chart-model.js';
import { formatDuration, formatters, type Formatters } from './lib/format.js';
import { newestReading, type LiveBuffer } from './lib/live-history.js';
import { hassLanguage, localizer } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { resolveTheme } from './lib/palette.js';
import * as R from './lib/range.js';
import { estimateExtras } from './lib/session-extras.js';
import { temperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';

/** Zoom and pan settle for this long before the hub is asked (a drag fires many events). */
export const REFETCH_DEBOUNCE_MS = 250;
/** Appended live points per series before the history is refetched (re-downsampled). */
const REFETCH_AFTER_POINTS = 600;
/** The clock moves the live edge and the countdowns on even when no reading arrives. */
const TICK_MS = 15_000;

@customElement('brewpit-session-detail')
export class BrewpitSessionDetail extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property() sessionId = '';

  @state() private session?: Session;
  @state() private history?: SessionHistory;
  @state() private view: R.View = R.WHOLE_VIEW;
  @state() private estimates: SessionEstimates | null = null;
  @state() private series: SeriesInfo[] = [];
  @state() private error = '';
  @state() private noteAt: number | null = null;
  @state() private editing = false;
  @state() private now = Date.now();

  @query('brewpit-chart') private chart?: BrewpitChart;

  private requestSeq = 0;
  private refetchTimer?: ReturnType<typeof setTimeout>;
  private appended = 0;
  private ticker?: ReturnType<typeof setInterval>;
  private feed = new SessionFeed(this, {
    readings: (b) => this.flushLive(b),
    estimates: (e) => (this.estimates = e),
    error: (e) => (this.error = this.t('detail.live_unavailable', { error: api.errorMessage(e) })),
  });

  private model = memoizeOne(sessionChartModel);
  private figures = memoizeOne(channelFigures);
  private fmt = memoizeOne(formatters);
  private nodes = memoizeOne(nodeNames);
  private extras = memoizeOne(estimateExtras);
  private theme = memoizeOne((_dark: boolean) =>
    resolveTheme((n) => getComputedStyle(this).getPropertyValue(n)),
  );
  private xRange = memoizeOne((from: number | undefined, to: number | undefined): XRange | null =>
    from === undefined || to === undefined ? null : { min: from / 1000, max: to / 1000 },
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => (this.now = Date.now()), TICK_MS);
    if (this.hass && this.session) this.feed.follow(this.hass, this.session);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
    clearTimeout(this.refetchTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sessionId') && this.sessionId) void this.load();
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('session') && this.isConnected) this.feed.follow(this.hass, this.session);
  }

  private get t() {
    return localizer(hassLanguage(this.hass));
  }

  private get temp() {
    return temperatureUnit(this.hass.config.unit_system.temperature);
  }

  private maxPoints(): number {
    const w = this.chart?.plotWidth || this.clientWidth - 120 || window.innerWidth - 120;
    return R.maxPointsFor(w);
  }

  private async load(): Promise<void> {
    const seq = ++this.requestSeq;
    this.error = '';
    this.view = R.WHOLE_VIEW;
    this.noteAt = null;
    this.estimates = null;
    this.feed.follow(this.hass, undefined);
    // Names of nodes and estimates are not needed for the first chart: they follow.
    void api.listSeries(this.hass).then(
      (s) => (this.series = s),
      () => undefined,
    );
    try {
      const [session, history] = await Promise.all([
        api.getSession(this.hass, this.sessionId),
        api.sessionHistory(this.hass, this.sessionId, { max_points: this.maxPoints() }),
      ]);
      if (seq !== this.requestSeq) return;
      this.session = session;
      this.history = history;
      this.appended = 0;
      this.now = Date.now();
    } catch (e) {
      if (seq === this.requestSeq) this.error = api.errorMessage(e);
    }
  }

  /** The newest moment with data, or now: where a running session's chart ends. */
  private edge(): number {
    return Math.max(this.now, newestReading(this.history));
  }

  private ahead(): number {
    const s = this.session;
    if (!s || s.ended_at !== null || !this.view.follow) return 0;
    const arrivals = (this.estimates?.channels ?? [])
      .filter((c) => c.status === 'ok')
      .map((c) => c.high ?? c.eta ?? 0);
    const edge = this.edge();
    const from = this.view.range
      ? edge - (this.view.range.to - this.view.range.from)
      : s.started_at;
    return R.lookahead(arrivals, edge, edge - from);
  }

  private visible(): R.Range | null {
    return this.session ? R.visibleRange(this.session, this.view, this.edge(), this.ahead()) : null;
  }

  /** Shows what the user chose now (the chart rescales at once) and refetches after the debounce. */
  private choose(r: R.Range | null): void {
    if (!this.session) return;
    this.view = R.viewFor(this.session, r, this.edge(), this.ahead());
    clearTimeout(this.refetchTimer);
    this.refetchTimer = setTimeout(() => void this.refetch(), REFETCH_DEBOUNCE_MS);
  }

  private async refetch(): Promise<void> {
    const seq = ++this.requestSeq;
    const r = this.visible();
    // A following view asks up to now; newer readings arrive live.
    const query = r ? { from: r.from, ...(this.view.follow ? {} : { to: r.to }) } : {};
    try {
      const history = await api.sessionHistory(this.hass, this.sessionId, {
        ...query,
        max_points: this.maxPoints(),
      });
      if (seq !== this.requestSeq) return;
      this.history = history;
      this.appended = 0;
    } catch (e) {
      if (seq === this.requestSeq) this.error = api.errorMessage(e);
    }
  }

  /** Appends buffered live points to the shown history; a view of the past stays put. */
  private flushLive(buffer: LiveBuffer): void {
    if (!this.history) return buffer.clear();
    const { history, added, skipped } = buffer.drain(this.history);
    this.now = Date.now();
    if (!added) return;
    this.history = history;
    this.appended += added;
    if (!this.view.follow) return;
    // Raw live points pile up on top of the downsampled history: re-downsample now and then;
    // and fetch what the live feed skipped at once (settling a second: a backlog comes in bursts).
    if (skipped) {
      clearTimeout(this.refetchTimer);
      this.refetchTimer = setTimeout(() => void this.refetch(), 1000);
    } else if (this.appended >= REFETCH_AFTER_POINTS) void this.refetch();
  }

  private pan(fraction: number): void {
    const cur = this.visible();
    if (cur && this.session)
      this.choose(R.panRange(cur, fraction, R.liveBounds(this.session, this.edge(), this.ahead())));
  }

  private zoom(factor: number): void {
    const cur = this.visible() ?? (this.session ? R.sessionBounds(this.session, this.now) : null);
    if (cur && this.session)
      this.choose(R.zoomRange(cur, factor, R.liveBounds(this.session, this.edge(), this.ahead())));
  }

  /** Saved from the edit form: reload, since new channels bring their own history. */
  private onSaved(s: Session): void {
    this.editing = false;
    this.session = s;
    void this.load();
  }

  private onNote(a: Annotation): void {
    this.noteAt = null;
    if (!this.history) return;
    const annotations = [...this.history.annotations, a].sort((x, y) => x.ts - y.ts);
    this.history = { ...this.history, annotations };
  }

  private nodeOf = (seriesId: number): string | undefined => {
    const s = this.series.find((x) => x.id === seriesId);
    return s ? nodeLabel(this.nodes(this.hass.devices, this.hass.areas)(s.device_id)) : undefined;
  };

  private detailOf = (i: number): string | undefined =>
    this.nodeOf(this.history?.series[i]?.series_id ?? -1);

  protected override render() {
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    if (!this.session || !this.history) {
      return html`<div class="card" role="status">
        ${this.error ? html`<span class="error">${this.error}</span>` : this.t('detail.loading')}
      </div>`;
    }
    return html`<brewpit-session-head
        .hass=${this.hass}
        .session=${this.session}
        .estimates=${this.estimates}
        .now=${this.now}
        .error=${this.error}
        .nodeOf=${this.nodeOf}
        @session-changed=${(e: CustomEvent<Session>) => (this.session = e.detail)}
        @session-error=${(e: CustomEvent<string>) => (this.error = e.detail)}
        @session-edit=${() => (this.editing = true)}
      ></brewpit-session-head>
      ${
        this.editing
          ? html`<brewpit-session-form
              .hass=${this.hass}
              .session=${this.session}
              @session-saved=${(e: CustomEvent<Session>) => this.onSaved(e.detail)}
              @form-closed=${() => (this.editing = false)}
            ></brewpit-session-form>`
          : nothing
      }
      ${this.renderChart(this.session, fmt)}
      <div class="columns">
        <brewpit-session-figures
          .figures=${this.figures(this.history, this.temp)}
          .theme=${this.theme(this.hass.themes?.darkMode ?? false)}
          .formatters=${fmt}
          .t=${this.t}
          .nodeOf=${this.nodeOf}
          ?zoomed=${!!this.view.range}
        ></brewpit-session-figures>
        <brewpit-session-notes
          .hass=${this.hass}
          .sessionId=${this.session.id}
          .annotations=${this.history.annotations}
          .at=${this.noteAt}
          .formatters=${fmt}
          .t=${this.t}
          @note-added=${(e: CustomEvent<Annotation>) => this.onNote(e.detail)}
          @note-at-cleared=${() => (this.noteAt = null)}
        ></brewpit-session-notes>
      </div>`;
  }

  private renderChart(s: Session, fmt: Formatters) {
    const t = this.t;
    const h = this.history!;
    const model = this.model(h, this.temp);
    const minute = Math.floor(this.now / 60_000);
    const vis = this.visible();
    const serverTz =
      this.hass.locale.time_zone === 'server' ? this.hass.config.time_zone : undefined;
    return html`<section class="card" aria-label=${t('detail.chart')}>
      <div class="toolbar chart-tools">
        ${this.renderTools(s)}
        <span class="spacer"></span>
        <span class="muted small range-label" aria-live="polite">
          ${this.rangeLabel(vis, fmt)}
          ${h.series.some((x) => x.downsampled) ? ` · ${t('detail.downsampled')}` : ''}
        </span>
      </div>
      ${
        model.series.length === 0
          ? html`<p class="muted">${t('detail.no_channels')}</p>`
          : html`<brewpit-chart
              .model=${model}
              .extras=${this.extras(this.estimates, h.series, this.temp, fmt, t, minute)}
              .xRange=${this.xRange(vis?.from, vis?.to)}
              .formatters=${fmt}
              .t=${t}
              .detail=${this.detailOf}
              .timeZone=${serverTz}
              ?dark=${this.hass.themes?.darkMode ?? false}
              .height=${this.narrow ? 260 : 380}
              label=${t('detail.chart_of', { name: s.name })}
              @range-changed=${this.onRangeChanged}
              @reset-zoom=${() => this.choose(null)}
              @chart-pan=${(e: CustomEvent<{ fraction: number }>) => this.pan(e.detail.fraction)}
              @chart-zoom=${(e: CustomEvent<{ factor: number }>) => this.zoom(e.detail.factor)}
              @chart-click=${this.onChartClick}
            ></brewpit-chart>`
      }
    </section>`;
  }

  private renderTools(s: Session) {
    const t = this.t;
    const pastView = s.status === 'active' && !this.view.follow;
    return html`<button
        class="icon"
        aria-label=${t('detail.pan_earlier')}
        @click=${() => this.pan(-0.25)}
      >
        ‹
      </button>
      <button class="icon" aria-label=${t('detail.pan_later')} @click=${() => this.pan(0.25)}>
        ›
      </button>
      <button class="icon" aria-label=${t('detail.zoom_in')} @click=${() => this.zoom(0.5)}>
        +
      </button>
      <button class="icon" aria-label=${t('detail.zoom_out')} @click=${() => this.zoom(2)}>
        −
      </button>
      ${
        s.status === 'active'
          ? html`<button
              class=${pastView ? 'primary' : ''}
              ?disabled=${!pastView && !this.view.range}
              @click=${() => this.choose(null)}
            >
              ${t('detail.back_to_live')}
            </button>`
          : html`<button ?disabled=${!this.view.range} @click=${() => this.choose(null)}>
              ${t('detail.reset_zoom')}
            </button>`
      }`;
  }

  private onRangeChanged = (e: CustomEvent<XRange>): void =>
    this.choose({ from: e.detail.min * 1000, to: e.detail.max * 1000 });

  private onChartClick = (e: CustomEvent<{ x: number }>): void => {
    this.noteAt = Math.round(e.detail.x * 1000);
  };

  private rangeLabel(vis: R.Range | null, fmt: Formatters): string {
    const t = this.t;
    if (this.session?.status === 'active' && this.view.follow) {
      return this.view.range
        ? t('detail.range_live_window', {
            duration: formatDuration(this.view.range.to - this.view.range.from, t),
          })
        : t('detail.range_live');
    }
    return vis && this.view.range
      ? `${fmt.dateTime(vis.from)} – ${fmt.dateTime(vis.to)}`
      : t('detail.range_whole');
  }

  static override styles = [sharedStyles, detailStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-session-detail': BrewpitSessionDetail;
  }
}
