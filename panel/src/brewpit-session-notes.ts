// A session's notes and alerts: add a note now or at a moment picked on the chart, and the
// list of everything noted or raised during the session.
import type { Annotation } from '@brewpit/protocol';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { annotateSession, errorMessage } from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { detailStyles } from './brewpit-session-detail.styles.js';
import type { Formatters } from './lib/format.js';
import { localizer, type Localize } from './lib/localize.js';
import { fireEvent } from './lib/navigate.js';
import { sharedStyles } from './styles.js';

@customElement('brewpit-session-notes')
export class BrewpitSessionNotes extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property() sessionId = '';
  @property({ attribute: false }) annotations: Annotation[] = [];
  /** A moment picked on the chart (epoch ms), or null for "now". */
  @property({ attribute: false }) at: number | null = null;
  @property({ attribute: false }) formatters!: Formatters;
  @property({ attribute: false }) t: Localize = localizer('en');

  @state() private text = '';
  @state() private busy = false;
  @state() private error = '';

  private async add(e: Event): Promise<void> {
    e.preventDefault();
    const text = this.text.trim();
    if (!text) return;
    this.busy = true;
    this.error = '';
    try {
      const a = await annotateSession(this.hass, this.sessionId, text, this.at ?? undefined);
      this.text = '';
      fireEvent(this, 'note-added', a);
    } catch (err) {
      this.error = errorMessage(err);
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const t = this.t;
    const fmt = this.formatters;
    const kinds: Record<Annotation['kind'], string> = {
      note: t('notes.kind.note'),
      alert: t('notes.kind.alert'),
      event: t('notes.kind.event'),
    };
    return html`<section class="card" aria-labelledby="notes-title">
      <h3 id="notes-title">${t('notes.title')}</h3>
      ${
        this.hass.user?.is_admin
          ? html`<form class="note-form" @submit=${(e: Event) => void this.add(e)}>
                <label for="note" class="visually-hidden">${t('notes.text')}</label>
                <input
                  id="note"
                  name="note"
                  maxlength="500"
                  placeholder=${t('notes.placeholder')}
                  .value=${this.text}
                  @input=${(e: Event) => (this.text = (e.target as HTMLInputElement).value)}
                />
                <button class="primary" type="submit" ?disabled=${this.busy || !this.text.trim()}>
                  ${t('notes.add')}
                </button>
              </form>
              <p class="muted small">
                ${
                  this.at
                    ? html`${t('notes.at_picked', { time: fmt.dateTime(this.at) })}
                        <button class="link" @click=${() => fireEvent(this, 'note-at-cleared')}>
                          ${t('notes.use_now')}
                        </button>`
                    : t('notes.at_now')
                }
              </p>`
          : nothing
      }
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${
        this.annotations.length
          ? html`<ul class="notes">
              ${this.annotations.map(
                (a) =>
                  html`<li>
                    <span class="chip ${a.kind === 'alert' ? 'alert' : ''}"
                      >${kinds[a.kind] ?? a.kind}</span
                    >
                    <time datetime=${new Date(a.ts).toISOString()}>${fmt.dateTime(a.ts)}</time>
                    <span>${a.text}</span>
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t('notes.none')}</p>`
      }
    </section>`;
  }

  static override styles = [sharedStyles, detailStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-session-notes': BrewpitSessionNotes;
  }
}
