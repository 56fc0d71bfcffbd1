// "Pair a node": a one-time code from the hub with its expiry counting down, and the exact
// command to run on the Pi with a copy button. The Devices page watches for the new node.
import type { PairingCreated } from '@brewpit/protocol';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createPairing, hubInfo, pairCommand, reachableHubUrl } from './data/admin.js';
import { errorMessage } from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { hassLanguage, localizer } from './lib/localize.js';
import { sharedStyles } from './styles.js';

@customElement('brewpit-pair')
export class BrewpitPair extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;

  @state() private pairing?: PairingCreated;
  /** Reflected while a code is on screen, so the page can give the box the whole width. */
  @property({ type: Boolean, reflect: true }) open = false;
  @state() private hubUrl = '';
  @state() private error = '';
  @state() private copied = false;
  @state() private now = Date.now();

  private ticker?: ReturnType<typeof setInterval>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  private get t() {
    return localizer(hassLanguage(this.hass));
  }

  /** Asks the hub for a code; asking again replaces an expired one. */
  async start(): Promise<void> {
    this.error = '';
    this.copied = false;
    try {
      const [info, pairing] = await Promise.all([hubInfo(this.hass), createPairing(this.hass)]);
      this.hubUrl = reachableHubUrl(info.url, window.location.hostname);
      this.pairing = pairing;
      this.open = true;
      this.now = Date.now();
      clearInterval(this.ticker);
      this.ticker = setInterval(() => (this.now = Date.now()), 1000);
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = true;
    } catch {
      // No clipboard (plain http on another host): the command is selectable text.
      const range = document.createRange();
      range.selectNodeContents(this.renderRoot.querySelector('code.command')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  }

  protected override render() {
    const t = this.t;
    const p = this.pairing;
    if (!p) {
      return html`<button class="primary pair" @click=${() => void this.start()}>
          ${t('devices.pair')}
        </button>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}`;
    }
    const left = Math.max(0, Math.round((p.expires_at - this.now) / 1000));
    const expired = left === 0;
    const cmd = pairCommand(this.hubUrl, p.code);
    return html`<section class="card pairing" aria-labelledby="pair-title">
      <h3 id="pair-title">${t('devices.pair_title')}</h3>
      <p>
        ${t('devices.pair_code')} <strong class="code">${p.code}</strong>
        <span class="muted" role="timer">
          ${
            expired
              ? t('devices.pair_expired')
              : t('devices.pair_expires', {
                  m: Math.floor(left / 60),
                  s: String(left % 60).padStart(2, '0'),
                })
          }
        </span>
      </p>
      <p>${t('devices.pair_run')}</p>
      <div class="cmd">
        <code class="command">${cmd}</code>
        <button @click=${() => void this.copy(cmd)}>
          ${this.copied ? t('devices.copied') : t('devices.copy')}
        </button>
      </div>
      <p class="muted">${t('devices.pair_then')}</p>
      <p class="muted" role="status">${t('devices.pair_waiting')}</p>
      <div class="toolbar">
        ${expired ? html`<button @click=${() => void this.start()}>${t('devices.pair_new_code')}</button>` : nothing}
        <button @click=${() => this.close()}>${t('common.close')}</button>
      </div>
    </section>`;
  }

  close(): void {
    clearInterval(this.ticker);
    this.pairing = undefined;
    this.open = false;
  }

  static override styles = [
    sharedStyles,
    css`
      :host([open]) {
        flex-basis: 100%;
      }
      .code {
        font-family: var(--code-font-family, monospace);
        font-size: 1.4rem;
        letter-spacing: 0.08em;
        margin-inline: 8px;
      }
      .cmd {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
      }
      code.command {
        flex: 1 1 20em;
        font-family: var(--code-font-family, monospace);
        background: var(--secondary-background-color);
        border-radius: 6px;
        padding: 8px;
        overflow-wrap: anywhere;
        user-select: all;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-pair': BrewpitPair;
  }
}
