// The page test/e2e/panel-chart.test.ts drives in Chromium: the real panel elements with an
// in-memory backend (the acceptance tests inside Home Assistant are panel-ha.test.ts). It puts
// its entry points on `window.brewpitTest`.
import type { Annotation, Point, SeriesInfo, SessionHistory } from '@brewpit/protocol';
import '../src/brewpit-chart.js';
import '../src/brewpit-panel.js';
import type { BrewpitChart } from '../src/brewpit-chart.js';
import { readEstimates } from '../src/data/estimates.js';
import { sessionChartModel } from '../src/lib/chart-model.js';
import { formatters } from '../src/lib/format.js';
import { localizer } from '../src/lib/localize.js';
import { estimateExtras } from '../src/lib/session-extras.js';
import { FakeBackend } from './fake-backend.js';
import { fakeHass } from './fake-hass.js';
import type { ChartCase, ChartLayout } from './browser-tests.types.js';
import { THEME_LIGHT } from './theme.js';

for (const [k, v] of Object.entries(THEME_LIGHT)) document.documentElement.style.setProperty(k, v);

const H = 3_600_000;

const PROBES = ['Pit', 'Brisket', 'Ribs', 'Shoulder', 'Chicken', 'Ambient'];
const TARGETS: Record<string, number> = { Pit: 110, Brisket: 95, Ribs: 93, Shoulder: 92 };

/** Six probes over 14 hours at 30 s, four targets, notes and alerts in a cluster, two stalls. */
function sixProbes(start: number): SessionHistory {
  const series = PROBES.map((label, i) => {
    const points: Point[] = [];
    for (let ts = start; ts <= start + 14 * H; ts += 30_000) {
      const h = (ts - start) / H;
      const v =
        label === 'Pit'
          ? 110 + 3 * Math.sin(h * 2)
          : label === 'Ambient'
            ? 15 + 2 * Math.sin(h / 3)
            : 5 + (90 - i * 3) * (1 - Math.exp(-h / (3 + i)));
      points.push([ts, Math.round(v * 10) / 10]);
    }
    return {
      series_id: i + 1,
      role:
        label === 'Pit'
          ? ('pit' as const)
          : label === 'Ambient'
            ? ('ambient' as const)
            : ('meat' as const),
      label,
      kind: 'temperature',
      unit: '°C',
      target: TARGETS[label] ?? null,
      downsampled: false,
      points,
    };
  });
  const notes: [number, string, Annotation['kind']][] = [
    [5.0, 'Wrapped in butcher paper', 'note'],
    [5.05, 'Pit below 100 °C', 'alert'],
    [5.1, 'Spritzed with apple juice', 'note'],
    [5.12, 'Brisket rising fast', 'alert'],
    [5.2, 'Added charcoal', 'note'],
    [9.0, 'Ribs wrapped', 'note'],
  ];
  return {
    session_id: 'six',
    from: start,
    to: start + 14 * H,
    series,
    annotations: notes.map(([h, text, kind], id) => ({
      id,
      session_id: 'six',
      ts: start + h * H,
      text,
      kind,
    })),
  };
}

function estimatesFor(h: SessionHistory) {
  const at = h.to;
  const meat = (id: number, target: number, eta: number | null, stall: number | null) => ({
    series_id: id,
    label: PROBES[id - 1],
    unit: '°C',
    target,
    value: h.series[id - 1]!.points.at(-1)![1],
    status: eta === null ? 'unknown' : 'ok',
    reason: eta === null ? 'no_progress' : null,
    eta: eta === null ? null : at + eta * H,
    low: eta === null ? null : at + (eta - 0.5) * H,
    high: eta === null ? null : at + (eta + 0.7) * H,
    pit: 110,
    stall: stall === null ? null : { since: h.from + stall * H, ended_at: null, duration_s: 3600 },
    as_of: at,
  });
  return readEstimates(
    {
      session_id: 'six',
      channels: [meat(2, 95, 1.5, 4.5), meat(3, 93, 1.2, null), meat(4, 92, null, 4.8)],
      brew: [],
    },
    'six',
  );
}

function drawn(el: EventTarget): Promise<void> {
  return new Promise((r) => el.addEventListener('chart-drawn', () => r(), { once: true }));
}

async function chartLayout(c: ChartCase): Promise<ChartLayout> {
  document.body.replaceChildren();
  const start = c.start ?? Date.UTC(2025, 10, 22, 12, 0);
  const history = sixProbes(start);
  const locale = { language: 'en', time_zone: c.serverZone ? 'server' : 'local' };
  const fmt = formatters(locale, c.serverZone);
  const t = localizer('en');
  const chart = document.createElement('brewpit-chart') as BrewpitChart;
  chart.style.display = 'block';
  chart.style.width = `${c.width}px`;
  chart.formatters = fmt;
  chart.t = t;
  chart.timeZone = c.serverZone;
  chart.height = c.width < 600 ? 260 : 380;
  chart.model = sessionChartModel(history, '°C');
  chart.extras = estimateExtras(
    estimatesFor(history),
    history.series,
    '°C',
    fmt,
    t,
    Math.floor(history.to / 60_000),
  );
  if (c.windowMs) {
    const from = start + (c.offsetMs ?? 0);
    chart.xRange = { min: from / 1000, max: (from + c.windowMs) / 1000 };
  }
  const done = drawn(chart);
  document.body.append(chart);
  await done;
  await new Promise((r) => requestAnimationFrame(r));
  return { labels: chart.labelBoxes, ticks: chart.tickLabels, tickBoxes: chart.tickBoxes() };
}

/** Probes of the test backend: a smoker node (by its id, a UUID) and a fermenter. */
const NODE = '3f2a9c1e-7b4d-4e8a-9c2f-5d6e7f8a9b0c';
const FERMENTER = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

function series(
  id: number,
  device: string,
  key: string,
  name: string,
  kind = 'temperature',
): SeriesInfo {
  return {
    id,
    device_id: device,
    key,
    kind,
    unit: kind === 'gravity' ? 'SG' : '°C',
    name,
    last_ts: null,
    last_value: null,
  };
}

let pump: ReturnType<typeof setInterval> | undefined;

/**
 * Mounts the whole panel on `path` with a fresh backend: a smoker with Pit, Brisket, Ribs and
 * Ambient probes, a fermenter with Wort and Gravity, and a running brew using the wort probe.
 * Active sessions get a reading per channel every second.
 */
function mountPanel(path: string, width: number): void {
  clearInterval(pump);
  document.body.replaceChildren();
  const b = new FakeBackend();
  const now = Date.now();
  const values: Record<number, number> = { 1: 108, 2: 21.5, 3: 19.8, 4: 14.2, 5: 18.9, 6: 1.048 };
  b.addSeries(series(1, NODE, 'pit', 'Pit'), []);
  b.addSeries(series(2, NODE, 'meat1', 'Brisket'), []);
  b.addSeries(series(3, NODE, 'meat2', 'Ribs'), []);
  b.addSeries(series(4, NODE, 'ambient', 'Ambient'), []);
  b.addSeries(series(5, FERMENTER, 'wort', 'Wort'), []);
  b.addSeries(series(6, FERMENTER, 'gravity', 'Gravity', 'gravity'), []);
  for (const [id, v] of Object.entries(values)) b.push(Number(id), now - 2000, v);
  b.sessions.push({
    id: 'brew1',
    kind: 'brew',
    name: 'Citra pale ale',
    status: 'active',
    started_at: now - 2 * 86_400_000,
    ended_at: null,
    channels: [{ series_id: 5, role: 'wort', label: 'Wort' }],
    notes: '',
    recipe: null,
    og: null,
  });
  const hass = fakeHass(b, {
    nodeNames: { [NODE]: 'smoker-pi', [FERMENTER]: 'fermenter-pi' },
    areas: { [NODE]: 'Backyard' },
    latencyMs: 15,
  });
  const panel = document.createElement('brewpit-panel');
  const route = () => ({ prefix: '/brewpit', path: location.pathname.replace(/^\/brewpit/, '') });
  history.replaceState(null, '', `/brewpit${path}`);
  panel.hass = hass;
  panel.narrow = width < 870;
  panel.route = route();
  window.onpopstate = () => (panel.route = route());
  window.addEventListener('location-changed', () => (panel.route = route()));
  document.body.append(panel);
  let n = 0;
  pump = setInterval(() => {
    const ts = Date.now();
    n++;
    for (const s of b.sessions.filter((x) => x.status === 'active'))
      for (const c of s.channels) b.push(c.series_id, ts, values[c.series_id]! + n * 0.05);
  }, 1000);
  (window as unknown as { backend: FakeBackend }).backend = b;
}

/** Every chart draw so far on the page (a healthy page draws per data update, not in a loop). */
function draws(): number {
  const chart = document
    .querySelector('brewpit-panel')
    ?.shadowRoot?.querySelector('brewpit-session-detail')
    ?.shadowRoot?.querySelector('brewpit-chart') as BrewpitChart | null;
  return chart?.drawCount ?? 0;
}

/** The x range the session chart shows now (epoch seconds). */
function shownRange(): { min: number; max: number } | null {
  const chart = document
    .querySelector('brewpit-panel')
    ?.shadowRoot?.querySelector('brewpit-session-detail')
    ?.shadowRoot?.querySelector('brewpit-chart') as BrewpitChart | null;
  return chart?.shownRange ?? null;
}

Object.assign(window, { brewpitTest: { chartLayout, mountPanel, draws, shownRange } });
