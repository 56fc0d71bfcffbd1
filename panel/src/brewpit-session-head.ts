// The head of a session's page: name, kind, status, start and duration, CSV export and ending
// the session, editing or deleting it (administrators only), and the predictions of its probes.
import type { Session } from '@brewpit/protocol';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import './brewpit-predictions.js';
import { detailStyles } from './brewpit-session-detail.styles.js';
import * as api from './data/api.js';
import type { SessionEstimates } from './data/estimates.js';
import type { HomeAssistant } from './data/hass.js';
import { formatDuration, formatters, userTimeZone } from './lib/format.js';
import { hassLanguage, localizer } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { fireEvent } from './lib/navigate.js';
import { temperatureUnit } from './lib/units.js';
import { sharedStyles } from './styles.js';

@customElement('brewpit-session-head')
export class BrewpitSessionHead extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ attribute: false }) session!: Session;
  @property({ attribute: false }) estimates: SessionEstimates | null = null;
  @property({ type: Number }) now = Date.now();
  @property() error = '';
  @property({ attribute: false }) nodeOf?: (seriesId: number) => string | undefined;

  @state() private confirmEnd = false;
  @state() private confirmDelete = false;
  @state() private busy = false;

  private fmt = memoizeOne(formatters);

  private get t() {
    return localizer(hassLanguage(this.hass));
  }

  private async end(): Promise<void> {
    this.busy = true;
    try {
      fireEvent(this, 'session-changed', await api.endSession(this.hass, this.session.id));
      this.confirmEnd = false;
    } catch (err) {
      fireEvent(this, 'session-error', api.errorMessage(err));
    } finally {
      this.busy = false;
    }
  }

  private async deleteIt(): Promise<void> {
    this.busy = true;
    try {
      await api.deleteSession(this.hass, this.session.id);
      fireEvent(this, 'brewpit-navigate', { path: '/sessions' });
    } catch (err) {
      fireEvent(this, 'session-error', api.errorMessage(err));
    } finally {
      this.busy = false;
    }
  }

  private async exportCsv(): Promise<void> {
    const s = this.session;
    const tz = userTimeZone(this.hass.locale, this.hass.config.time_zone);
    try {
      await api.downloadSessionCsv(this.hass, s.id, api.csvFileName(s), tz);
    } catch (err) {
      const message =
        err instanceof api.CsvExportError
          ? this.t('detail.export_failed', { status: err.status })
          : api.errorMessage(err);
      fireEvent(this, 'session-error', message);
    }
  }

  protected override render() {
    const t = this.t;
    const s = this.session;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const running = s.status === 'active';
    return html`<section class="card head" aria-labelledby="title">
      <div class="toolbar">
        <h2 id="title">${s.name}</h2>
        <span class="chip">${s.kind === 'cook' ? t('kind.cook') : t('kind.brew')}</span>
        <span class="chip ${running ? 'active' : ''}">
          ${running ? t('status.running') : t('status.ended')}
        </span>
        <span class="spacer"></span>
        <button @click=${() => void this.exportCsv()}>${t('detail.export_csv')}</button>
        ${
          this.hass.user?.is_admin
            ? html`<button class="edit" @click=${() => fireEvent(this, 'session-edit')}>
                  ${t('detail.edit')}
                </button>
                ${running ? this.renderEnd() : nothing} ${this.renderDelete()}`
            : nothing
        }
      </div>
      <p class="muted meta">
        ${t('detail.started', { time: fmt.dateTime(s.started_at) })} ·
        ${s.ended_at ? html`${t('detail.ended', { time: fmt.dateTime(s.ended_at) })} · ` : ''}
        ${formatDuration((s.ended_at ?? this.now) - s.started_at, t)}
        ${s.recipe ? html` · ${s.recipe}` : nothing}
        ${s.og != null ? html` · ${t('detail.og', { value: fmt.number(s.og, 3) })}` : nothing}
      </p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <brewpit-predictions
        .estimates=${this.estimates}
        .formatters=${fmt}
        .t=${t}
        .temp=${temperatureUnit(this.hass.config.unit_system.temperature)}
        .now=${this.now}
        .nodeOf=${this.nodeOf}
      ></brewpit-predictions>
    </section>`;
  }

  private renderEnd() {
    const t = this.t;
    if (!this.confirmEnd) {
      return html`<button class="danger" @click=${() => (this.confirmEnd = true)}>
        ${t('detail.end')}
      </button>`;
    }
    return html`<span role="group" aria-label=${t('detail.confirm_end_group')} class="toolbar">
      <button class="danger" ?disabled=${this.busy} @click=${() => void this.end()}>
        ${t('detail.confirm_end')}
      </button>
      <button @click=${() => (this.confirmEnd = false)}>${t('common.cancel')}</button>
    </span>`;
  }

  private renderDelete() {
    const t = this.t;
    if (!this.confirmDelete) {
      return html`<button class="danger" @click=${() => (this.confirmDelete = true)}>
        ${t('detail.delete')}
      </button>`;
    }
    return html`<span role="group" aria-label=${t('detail.confirm_delete_group')} class="toolbar">
      <span class="muted">${t('detail.delete_consequence')}</span>
      <button class="danger" ?disabled=${this.busy} @click=${() => void this.deleteIt()}>
        ${t('detail.confirm_delete')}
      </button>
      <button @click=${() => (this.confirmDelete = false)}>${t('common.cancel')}</button>
    </span>`;
  }

  static override styles = [sharedStyles, detailStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-session-head': BrewpitSessionHead;
  }
}
