// Key figures of a session per channel: latest, lowest and highest value in view, and target;
// each probe named with the node (and area) it sits on.
import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { detailStyles } from './brewpit-session-detail.styles.js';
import type { ChannelFigures } from './lib/chart-model.js';
import type { Formatters } from './lib/format.js';
import { localizer, type Localize } from './lib/localize.js';
import { seriesColor, type ChartTheme } from './lib/palette.js';
import { roleName } from './lib/roles.js';
import { sharedStyles } from './styles.js';

@customElement('brewpit-session-figures')
export class BrewpitSessionFigures extends LitElement {
  @property({ attribute: false }) figures: ChannelFigures[] = [];
  @property({ attribute: false }) theme?: ChartTheme;
  @property({ attribute: false }) formatters!: Formatters;
  @property({ attribute: false }) t: Localize = localizer('en');
  @property({ attribute: false }) nodeOf?: (seriesId: number) => string | undefined;
  /** Whether the figures cover a zoomed-in part of the session. */
  @property({ type: Boolean }) zoomed = false;

  protected override render() {
    const t = this.t;
    const fmt = this.formatters;
    return html`<section class="card" aria-labelledby="figures-title">
      <h3 id="figures-title">${this.zoomed ? t('figures.title_in_view') : t('figures.title')}</h3>
      <table class="figures">
        <thead>
          <tr>
            <th>${t('figures.channel')}</th>
            <th class="num">${t('figures.now')}</th>
            <th class="num">${t('figures.min')}</th>
            <th class="num">${t('figures.max')}</th>
            <th class="num">${t('figures.target')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.figures.map((f) => {
            const node = this.nodeOf?.(f.seriesId);
            return html`<tr>
              <td>
                <span
                  class="swatch"
                  style=${this.theme ? `background:${seriesColor(this.theme, f.colorIndex)}` : ''}
                ></span
                >${f.label}
                ${
                  roleName(f.role, t).toLowerCase() === f.label.toLowerCase()
                    ? ''
                    : html`<span class="muted role">${roleName(f.role, t)}</span>`
                }
                ${node ? html`<div class="muted node">${node}</div>` : ''}
              </td>
              <td class="num">${fmt.number(f.latest, f.decimals)} ${f.unit}</td>
              <td class="num">${fmt.number(f.min, f.decimals)}</td>
              <td class="num">${fmt.number(f.max, f.decimals)}</td>
              <td class="num">${f.target == null ? '—' : fmt.number(f.target, f.decimals)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }

  static override styles = [sharedStyles, detailStyles];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-session-figures': BrewpitSessionFigures;
  }
}
