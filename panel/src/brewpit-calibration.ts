// A hydrometer's calibration: pairs of what it read and the true gravity; the hub fits the
// curve (degree by the number of pairs) and answers with its residuals, drawn here next to the
// points. Export copies the hub's JSON document; import saves one onto this hydrometer.
import type { Calibration, CalibrationPoint, Hydrometer } from '@brewpit/protocol';
import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getCalibration, saveCalibration } from './data/admin.js';
import { errorMessage } from './data/api.js';
import type { HomeAssistant } from './data/hass.js';
import { formatters } from './lib/format.js';
import { hassLanguage, localizer } from './lib/localize.js';
import { memoizeOne } from './lib/memo.js';
import { fireEvent } from './lib/navigate.js';
import { sharedStyles } from './styles.js';

type Pair = { raw: string; actual: string };
const W = 320;
const H = 180;

/** SG = c0 + c1·x + c2·x² + c3·x³. */
const evaluate = (c: number[], x: number) => c.reduce((sum, k, i) => sum + k * x ** i, 0);

@customElement('brewpit-calibration')
export class BrewpitCalibration extends LitElement {
  @property({ attribute: false }) hass!: HomeAssistant;
  @property({ attribute: false }) hydrometer!: Hydrometer;
  @property() name = '';

  @state() private input: Calibration['input'] = 'angle';
  @state() private pairs: Pair[] = [{ raw: '', actual: '' }];
  @state() private saved?: Calibration;
  @state() private error = '';
  @state() private note = '';
  @state() private importing = false;
  @state() private importText = '';

  private fmt = memoizeOne(formatters);

  override connectedCallback(): void {
    super.connectedCallback();
    this.input = this.hydrometer.format === 'ispindel' ? 'angle' : 'gravity';
    void getCalibration(this.hass, this.hydrometer.device_id).then(
      (c) => this.show(c),
      () => undefined, // none yet
    );
  }

  private get t() {
    return localizer(hassLanguage(this.hass));
  }

  private show(c: Calibration): void {
    this.saved = c;
    this.input = c.input;
    this.pairs = c.points.map((p) => ({ raw: String(p.raw), actual: String(p.actual) }));
  }

  private points(): CalibrationPoint[] | null {
    const num = (s: string) => Number.parseFloat(s.replace(',', '.'));
    const out: CalibrationPoint[] = [];
    for (const [i, p] of this.pairs.entries()) {
      if (!p.raw.trim() && !p.actual.trim()) continue;
      const raw = num(p.raw);
      const actual = num(p.actual);
      if (!Number.isFinite(raw) || !Number.isFinite(actual)) {
        this.error = this.t('hydro.cal_bad_pair', { n: i + 1 });
        return null;
      }
      out.push({ raw, actual });
    }
    return out;
  }

  private async save(points = this.points(), input = this.input): Promise<void> {
    this.note = '';
    if (!points) return;
    this.error = '';
    try {
      this.show(await saveCalibration(this.hass, this.hydrometer.device_id, input, points));
      this.note = this.t('hydro.cal_saved');
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  private exportJson(): void {
    if (!this.saved) return;
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(this.saved, null, 2)], { type: 'application/json' }),
    );
    const a = document.createElement('a');
    a.href = url;
    a.download = `calibration-${this.name || this.hydrometer.key}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async importJson(): Promise<void> {
    try {
      const doc = JSON.parse(this.importText) as Partial<Calibration>;
      if (!Array.isArray(doc.points)) throw new Error('no "points" in this document');
      await this.save(doc.points, doc.input ?? this.input);
      this.importing = false;
    } catch (e) {
      this.error = errorMessage(e);
    }
  }

  private setPair(i: number, patch: Partial<Pair>): void {
    this.pairs = this.pairs.map((p, k) => (k === i ? { ...p, ...patch } : p));
  }

  protected override render() {
    const t = this.t;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const residual = (i: number) =>
      this.saved && this.saved.points.length === this.pairs.length
        ? this.saved.residuals[i]
        : undefined;
    return html`<section class="card" role="dialog" aria-labelledby="cal-title">
      <h3 id="cal-title">${t('hydro.cal_title', { name: this.name })}</h3>
      <p class="muted">${t('hydro.cal_help')}</p>
      <label>
        ${t('hydro.cal_input')}
        <select
          @change=${(e: Event) => (this.input = (e.target as HTMLSelectElement).value as Calibration['input'])}
        >
          <option value="angle" ?selected=${this.input === 'angle'}>
            ${t('hydro.cal_input.angle')}
          </option>
          <option value="gravity" ?selected=${this.input === 'gravity'}>
            ${t('hydro.cal_input.gravity')}
          </option>
        </select>
      </label>
      <table>
        <thead>
          <tr>
            <th>#</th>
            <th>${t('hydro.cal_raw')}</th>
            <th>${t('hydro.cal_actual')}</th>
            <th class="num">${t('hydro.cal_residual')}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${this.pairs.map((p, i) => {
            const r = residual(i);
            return html`<tr class="pair">
              <td>${i + 1}</td>
              <td>
                <input
                  class="raw"
                  inputmode="decimal"
                  aria-label=${`${t('hydro.cal_raw')} ${i + 1}`}
                  .value=${p.raw}
                  @input=${(e: Event) => this.setPair(i, { raw: (e.target as HTMLInputElement).value })}
                />
              </td>
              <td>
                <input
                  class="actual"
                  inputmode="decimal"
                  aria-label=${`${t('hydro.cal_actual')} ${i + 1}`}
                  .value=${p.actual}
                  @input=${(e: Event) => this.setPair(i, { actual: (e.target as HTMLInputElement).value })}
                />
              </td>
              <td class="num">
                ${r === undefined ? '' : fmt.number(Math.abs(r) < 5e-5 ? 0 : r, 4)}
              </td>
              <td>
                <button
                  class="icon"
                  aria-label=${t('hydro.cal_remove', { n: i + 1 })}
                  @click=${() => (this.pairs = this.pairs.filter((_, k) => k !== i))}
                >
                  ×
                </button>
              </td>
            </tr>`;
          })}
        </tbody>
      </table>
      <div class="toolbar">
        <button @click=${() => (this.pairs = [...this.pairs, { raw: '', actual: '' }])}>
          ${t('hydro.cal_add')}
        </button>
        <span class="spacer"></span>
        <button class="primary save" @click=${() => void this.save()}>
          ${t('hydro.cal_save')}
        </button>
      </div>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${this.note ? html`<p role="status">${this.note}</p>` : nothing}
      ${this.saved ? this.renderFit(this.saved) : html`<p class="muted">${t('hydro.cal_none')}</p>`}
      ${
        this.importing
          ? html`<label class="wide"
                >${t('hydro.cal_import_label')}
                <textarea
                  rows="4"
                  .value=${this.importText}
                  @input=${(e: Event) => (this.importText = (e.target as HTMLTextAreaElement).value)}
                ></textarea>
              </label>
              <button @click=${() => void this.importJson()}>${t('hydro.cal_import')}</button>`
          : nothing
      }
      <div class="toolbar">
        <button ?disabled=${!this.saved} @click=${() => this.exportJson()}>
          ${t('hydro.cal_export')}
        </button>
        <button @click=${() => (this.importing = !this.importing)}>${t('hydro.cal_import')}</button>
        <span class="spacer"></span>
        <button @click=${() => fireEvent(this, 'calibration-closed')}>${t('common.close')}</button>
      </div>
    </section>`;
  }

  /** The fitted curve over the points' range, the points on it, and the formula. */
  private renderFit(c: Calibration) {
    const t = this.t;
    const fmt = this.fmt(this.hass.locale, this.hass.config.time_zone);
    const xs = c.points.map((p) => p.raw);
    const ys = c.points.map((p) => p.actual);
    if (!xs.length) return nothing;
    const pad = (lo: number, hi: number) => (hi - lo || Math.abs(hi) || 1) * 0.1;
    const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
    const curve = Array.from({ length: 41 }, (_, i) => x0 + ((x1 - x0) * i) / 40).map(
      (x) => [x, evaluate(c.coefficients, x)] as const,
    );
    const allY = [...ys, ...curve.map(([, y]) => y)];
    const [y0, y1] = [Math.min(...allY), Math.max(...allY)];
    const px = (x: number) => ((x - x0 + pad(x0, x1)) / (x1 - x0 + 2 * pad(x0, x1))) * W;
    const py = (y: number) => H - ((y - y0 + pad(y0, y1)) / (y1 - y0 + 2 * pad(y0, y1))) * H;
    const formula = c.coefficients
      .map(
        (k, i) =>
          `${fmt.number(k, 6)}${i === 0 ? '' : i === 1 ? '·x' : `·x${i === 2 ? '²' : '³'}`}`,
      )
      .join(' + ');
    return html`<figure>
      <svg
        viewBox="0 0 ${W} ${H}"
        role="img"
        aria-label=${t('hydro.cal_fit', { formula, r2: c.r2 === null ? '—' : fmt.number(c.r2, 4) })}
      >
        ${svg`<polyline class="curve" fill="none" points=${curve.map(([x, y]) => `${px(x)},${py(y)}`).join(' ')}></polyline>`}
        ${c.points.map((p) => svg`<circle class="point" r="4" cx=${px(p.raw)} cy=${py(p.actual)}></circle>`)}
      </svg>
      <figcaption class="fit">
        ${t('hydro.cal_fit', { formula, r2: c.r2 === null ? '—' : fmt.number(c.r2, 4) })}
      </figcaption>
    </figure>`;
  }

  static override styles = [
    sharedStyles,
    css`
      input,
      textarea {
        font: inherit;
        inline-size: 7em;
        padding: 4px 6px;
        border: 1px solid var(--divider-color);
        border-radius: 6px;
        background: var(--card-background-color);
        color: inherit;
      }
      textarea {
        inline-size: 100%;
      }
      svg {
        inline-size: 100%;
        max-inline-size: ${W * 1.5}px;
        background: var(--secondary-background-color);
        border-radius: 8px;
      }
      .curve {
        stroke: var(--primary-color);
        stroke-width: 2;
      }
      .point {
        fill: var(--accent-color, var(--warning-color));
      }
      figure {
        margin: 8px 0;
      }
    `,
  ];
}

declare global {
  interface HTMLElementTagNameMap {
    'brewpit-calibration': BrewpitCalibration;
  }
}
