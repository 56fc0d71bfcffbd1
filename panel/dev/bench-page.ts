// The page the first-chart benchmark drives (bench/panel-first-chart.ts): mounts the real panel
// with a hass whose WebSocket answers come from a real hub (through window.brewpitHub, exposed
// by Playwright), and draws the same chart straight from raw points for the baseline.
import type { SessionHistory } from '@brewpit/protocol';
import '../src/brewpit-chart.js';
import '../src/brewpit-panel.js';
import { formatters } from '../src/lib/format.js';
import { sessionChartModel } from '../src/lib/chart-model.js';
import { FakeBackend } from './fake-backend.js';
import { fakeHass } from './fake-hass.js';
import { MONTH_CHANNELS, monthPoints } from './month.js';
import { THEME_LIGHT } from './theme.js';

declare global {
  interface Window {
    brewpitHub(msg: Record<string, unknown>): Promise<unknown>;
    brewpitBench: {
      openSession(id: string): Promise<number>;
      drawRaw(t0: number): Promise<number>;
    };
  }
}

for (const [k, v] of Object.entries(THEME_LIGHT)) document.documentElement.style.setProperty(k, v);

const hass = fakeHass(new FakeBackend(), { override: (msg) => window.brewpitHub(msg) });

function drawn(target: EventTarget): Promise<number> {
  return new Promise((resolve) =>
    target.addEventListener('chart-drawn', () => resolve(performance.now()), { once: true }),
  );
}

window.brewpitBench = {
  /** ms from mounting the panel on /session/<id> to the chart's first draw with data. */
  async openSession(id) {
    document.body.replaceChildren();
    await new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    const panel = document.createElement('brewpit-panel');
    panel.hass = hass;
    panel.narrow = false;
    panel.route = { prefix: '/brewpit', path: `/session/${id}` };
    const done = drawn(panel);
    document.body.append(panel);
    return (await done) - t0;
  },
  /** ms from having the raw points to the same chart drawn from them (no downsampling). */
  async drawRaw(start) {
    const history = rawHistory(start);
    document.body.replaceChildren();
    await new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    const chart = document.createElement('brewpit-chart');
    chart.style.display = 'block';
    chart.style.padding = '16px';
    chart.formatters = formatters({ language: 'en' });
    chart.height = 380;
    chart.model = sessionChartModel(history, '°C');
    const done = drawn(chart);
    document.body.append(chart);
    return (await done) - t0;
  },
};

/** The month as a hub history answer would carry it raw (no downsampling). */
function rawHistory(start: number): SessionHistory {
  const series = MONTH_CHANNELS.map((c, i) => ({
    series_id: i + 1,
    role: c.role,
    label: c.name,
    kind: 'temperature',
    unit: '°C',
    target: null,
    downsampled: false,
    points: monthPoints(start, i),
  }));
  return { session_id: 'raw', from: start, to: start + 30 * 86_400_000, series, annotations: [] };
}
