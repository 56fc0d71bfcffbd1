// The page the panel benchmarks drive (bench/panel-first-chart.ts, bench/panel-session-live.ts):
// mounts the real panel with a hass whose WebSocket answers come from a real hub (through
// window.brewpitHub, exposed by Playwright) and whose live feed the benchmark pushes; draws the
// same chart straight from raw points for the first-chart baseline.
import type { SessionHistory } from '@brewpit/protocol';
import type { LiveMessage } from '../src/data/live.js';
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
      interactive(path: string, width: number): Promise<Interactive>;
      live(msg: LiveMessage): void;
      watch(ms: number): Promise<{ longest: number; blocked: number }>;
    };
  }
}

for (const [k, v] of Object.entries(THEME_LIGHT)) document.documentElement.style.setProperty(k, v);

const backend = new FakeBackend();
const hass = fakeHass(backend, { override: (msg) => window.brewpitHub(msg) });

/** When a page became usable: content drawn, then the main thread free for a while. */
export interface Interactive {
  /** ms from mounting to the page's content (the chart with data, or the sessions list). */
  drawn: number;
  /** ms from mounting to the end of the last long task before half a second without one. */
  interactive: number;
}

/** The main thread counts as free after this long without a task over 50 ms (as TTI does). */
const QUIET_MS = 500;

/** Long tasks (over 50 ms) as Chromium reports them, from `since` on. */
function longTasks(since: number): { entries: PerformanceEntry[]; stop(): void } {
  const entries: PerformanceEntry[] = [];
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.startTime >= since) entries.push(e);
  });
  obs.observe({ type: 'longtask', buffered: true });
  return { entries, stop: () => obs.disconnect() };
}

/** Resolves when `find` returns an element (checked every frame), with the time it did. */
function whenShown(find: () => Element | null | undefined): Promise<number> {
  return new Promise((resolve) => {
    const check = () => (find() ? resolve(performance.now()) : requestAnimationFrame(check));
    check();
  });
}

const inPanel = (sel: string) => () => {
  const panel = document.querySelector('brewpit-panel')?.shadowRoot;
  const view = panel?.querySelector('brewpit-session-detail, brewpit-sessions-list')?.shadowRoot;
  return view?.querySelector(sel);
};

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
  /**
   * Mounts the panel on `path` at `width` px and times it to usable: the session chart drawn
   * with data (or the sessions list shown), then half a second without a long task.
   */
  async interactive(path, width) {
    document.body.replaceChildren();
    document.body.style.width = `${width}px`;
    await new Promise((r) => requestAnimationFrame(r));
    const t0 = performance.now();
    const tasks = longTasks(t0);
    const panel = document.createElement('brewpit-panel');
    panel.hass = hass;
    panel.narrow = width < 870;
    panel.route = { prefix: '/brewpit', path };
    const shown = path.startsWith('/session/')
      ? drawn(panel)
      : whenShown(inPanel('.list .row, .list p:not([role=status])'));
    document.body.append(panel);
    const at = await shown;
    let settled = at;
    for (;;) {
      await new Promise((r) => setTimeout(r, 50));
      const last = tasks.entries.reduce((m, e) => Math.max(m, e.startTime + e.duration), at);
      settled = Math.max(at, last);
      if (performance.now() - settled >= QUIET_MS) break;
    }
    tasks.stop();
    return { drawn: at - t0, interactive: settled - t0 };
  },
  live(msg) {
    backend.emit(msg);
  },
  /** The longest main-thread task, and the time blocked in tasks over 50 ms, for `ms`. */
  async watch(ms) {
    const t0 = performance.now();
    const tasks = longTasks(t0);
    await new Promise((r) => setTimeout(r, ms));
    tasks.stop();
    const durations = tasks.entries.map((e) => e.duration);
    return {
      longest: Math.max(0, ...durations),
      blocked: durations.reduce((a, d) => a + Math.max(0, d - 50), 0),
    };
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
