// The Brewpit sidebar panel: Home Assistant creates <brewpit-panel> and sets hass, narrow,
// route and panel. It routes between the sessions list, a session, compare and live.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import './brewpit-alerts.js';
import './brewpit-compare.js';
import './brewpit-devices.js';
import './brewpit-fermentation.js';
import './brewpit-hydrometers.js';
import './brewpit-live.js';
import './brewpit-session-detail.js';
import './brewpit-sessions-list.js';
import type { HomeAssistant, PanelInfo, PanelRouteInfo } from './data/hass.js';
import { hassLanguage, localizer } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { fireEvent, navigate } from './lib/navigate.js';
import { parseRoute, type PanelRoute } from './lib/route.js';
import { ICON_BACK, ICON_MENU, icon } from './icons.js';
import { sharedStyles } from './styles.js';

@customElement('brewpit-panel')
export class BrewpitPanel extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ type: Boolean, reflect: true }) narrow = false;
  @property({ attribute: false }) route?: PanelRouteInfo;
  @property({ attribute: false }) panel?: PanelInfo;

  // The query is read at render time: HA's route.path carries the path only.
  private parsed = memoizeOne((path: string | undefined, search: string) =>
    parseRoute(path, search),
  );

  private get view(): PanelRoute {
    return this.parsed(this.route?.path, window.location.search);
  }

  private go(path: string): void {
    navigate(`${this.route?.prefix ?? '/brewpit'}${path}`);
  }

  private onNavigate(e: CustomEvent<{ path: string }>): void {
    e.stopPropagation();
    this.go(e.detail.path);
  }

  protected override render() {
    if (!this.hass) return nothing;
    const view = this.view;
    const docked = (this.hass as HomeAssistant & { dockedSidebar?: string }).dockedSidebar;
    const showMenu = this.narrow || docked === 'always_hidden';
    const t = localizer(hassLanguage(this.hass));
    const title = (this.panel?.title as string | undefined) || 'Brewpit';
    const sub = view.view === 'session' || view.view === 'compare';
    return html`
      <header class="toolbar-top">
        ${
          showMenu
            ? html`<button
                class="icon-btn"
                aria-label=${t('panel.open_sidebar')}
                @click=${() => fireEvent(this, 'hass-toggle-menu')}
              >
                ${icon(ICON_MENU)}
              </button>`
            : nothing
        }
        ${
          sub
            ? html`<button
                class="icon-btn"
                aria-label=${t('panel.back')}
                @click=${() => this.go('/sessions')}
              >
                ${icon(ICON_BACK, true)}
              </button>`
            : nothing
        }
        <h1>${title}</h1>
        <nav aria-label=${t('panel.views')}>
          ${this.navLink('/sessions', view.view === 'sessions', t('panel.sessions'))}
          ${this.navLink('/live', view.view === 'live', t('panel.live'))}
          ${
            this.hass.user?.is_admin
              ? html`${this.navLink('/devices', view.view === 'devices', t('panel.devices'))}
                ${this.navLink('/hydrometers', view.view === 'hydrometers', t('panel.hydrometers'))}
                ${this.navLink('/fermentation', view.view === 'fermentation', t('panel.fermentation'))}
                ${this.navLink('/alerts', view.view === 'alerts', t('panel.alerts'))}`
              : nothing
          }
        </nav>
      </header>
      <main @brewpit-navigate=${this.onNavigate}>${this.renderView(view)}</main>
    `;
  }

  private navLink(path: string, current: boolean, label: string) {
    return html`<a
      href=${`${this.route?.prefix ?? ''}${path}`}
      aria-current=${current ? 'page' : 'false'}
      @click=${(e: Event) => this.link(e, path)}
      >${label}</a
    >`;
  }

  private link(e: Event, path: string): void {
    const m = e as MouseEvent;
    if (m.ctrlKey || m.metaKey || m.shiftKey || m.button > 0) return;
    e.preventDefault();
    this.go(path);
  }

  private renderView(view: PanelRoute) {
    switch (view.view) {
      case 'session':
        return html`<brewpit-session-detail
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .sessionId=${view.id}
        ></brewpit-session-detail>`;
      case 'compare':
        return html`<brewpit-compare
          .hass=${this.hass}
          ?narrow=${this.narrow}
          .ids=${view.ids}
        ></brewpit-compare>`;
      case 'live':
        return html`<brewpit-live .hass=${this.hass} ?narrow=${this.narrow}></brewpit-live>`;
      case 'devices':
        return html`<brewpit-devices .hass=${this.hass} ?narrow=${this.narrow}></brewpit-devices>`;
      case 'fermentation':
        return html`<brewpit-fermentation
          .hass=${this.hass}
          ?narrow=${this.narrow}
        ></brewpit-fermentation>`;
      case 'alerts':
        return html`<brewpit-alerts .hass=${this.hass} ?narrow=${this.narrow}></brewpit-alerts>`;
      case 'hydrometers':
        return html`<brewpit-hydrometers
          .hass=${this.hass}
          ?narrow=${this.narrow}
        ></brewpit-hydrometers>`;
      default:
        return html`<brewpit-sessions-list
          .hass=${this.hass}
          ?narrow=${this.narrow}
        ></brewpit-sessions-list>`;
    }
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        min-block-size: 100vh;
        background: var(--primary-background-color);
      }
      .toolbar-top {
        display: flex;
        align-items: center;
        gap: 8px;
        block-size: var(--header-height, 56px);
        padding-inline: 12px;
        background: var(--app-header-background-color, var(--primary-color));
        color: var(--app-header-text-color, var(--text-primary-color, #fff));
        border-block-end: var(--app-header-border-bottom, none);
        position: sticky;
        inset-block-start: 0;
        z-index: 2;
        box-sizing: border-box;
      }
      h1 {
        font-size: 1.25rem;
        font-weight: 400;
        margin: 0;
        margin-inline-end: auto;
        margin-inline-start: 4px;
      }
      .icon-btn {
        color: inherit;
        border: none;
        border-radius: 50%;
        background: transparent;
        inline-size: 44px;
        block-size: 44px;
        padding: 10px;
        justify-content: center;
      }
      .icon-btn svg {
        inline-size: 24px;
        block-size: 24px;
        fill: currentColor;
      }
      .icon-btn svg.flip:dir(rtl) {
        transform: scaleX(-1);
      }
      nav {
        display: flex;
        gap: 4px;
        overflow-x: auto;
      }
      :host([narrow]) nav a {
        padding-inline: 8px;
      }
      /* On a phone the views need the room; the sidebar item already says Brewpit. */
      :host([narrow]) h1 {
        display: none;
      }
      :host([narrow]) nav {
        margin-inline-start: auto;
      }
      nav a {
        color: inherit;
        text-decoration: none;
        padding-block: 8px;
        padding-inline: 12px;
        border-radius: 18px;
        opacity: 0.8;
      }
      nav a[aria-current='page'] {
        opacity: 1;
        background: color-mix(in srgb, currentColor 16%, transparent);
      }
      nav a:focus-visible {
        outline: 2px solid currentColor;
      }
      main {
        padding: 16px;
        max-inline-size: 1400px;
        margin-inline: auto;
        box-sizing: border-box;
      }
      :host([narrow]) main {
        padding: 8px;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-panel': BrewpitPanel;
  }
}
