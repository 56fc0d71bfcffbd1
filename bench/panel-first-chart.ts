// First chart of a month-long session: one month of 10-second readings on 4 channels
// (1,036,800 readings) in a real hub; Chromium mounts the real panel on /session/<id> and we
// time mount → chart drawn (the hub downsamples to the chart's width). Baseline in the same
// page and run: the same chart element drawing the same month from the raw points.
// Budget (issue 6): under 1 s.   Run alone: npx tsx bench/panel-first-chart.ts
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Page } from 'playwright-core';
import { launchChromium } from '../test/support/chromium.js';
// @ts-expect-error build.mjs is plain ESM without types
import { buildOptions } from '../panel/build.mjs';
import { MONTH_CHANNELS, MONTH_READINGS, MONTH_STEP_MS, monthValue } from '../panel/dev/month.js';
import {
  median,
  ROOT,
  row,
  startHub,
  type Bench,
  type BenchRow,
  type BenchHub as HubProcess,
} from './lib.js';
import { stopHub } from './util.js';

const RUNS = 5;
const BATCH = 5000;
const BUDGET_MS = 1000;
const ORIGIN = 'http://brewpit.bench';

/** The bench page (panel/dev/bench-page.ts) bundled as the panel is. */
export async function bundlePage(): Promise<string> {
  const out = await esbuild.build(
    buildOptions({
      entryPoints: [path.join(ROOT, 'panel/dev/bench-page.ts')],
      write: false,
      outfile: 'bench.js',
    }),
  );
  return out.outputFiles![0]!.text;
}

/** What panel/dev/bench-page.ts exposes in the browser. */
interface BenchPage {
  brewpitBench: {
    openSession(id: string): Promise<number>;
    drawRaw(start: number): Promise<number>;
  };
}

/**
 * Loads the bench page into `page` with the integration's WebSocket commands answered by the
 * hub's HTTP API, as the integration answers them.
 */
export async function openBenchPage(page: Page, hub: HubProcess): Promise<void> {
  await page.exposeFunction('brewpitHub', async (msg: Record<string, unknown>) => {
    const id = encodeURIComponent(String(msg.session_id));
    switch (msg.type) {
      case 'brewpit/sessions/get':
        return hub.admin('GET', `/sessions/${id}`);
      case 'brewpit/sessions/list':
        return { sessions: await hub.admin('GET', '/sessions') };
      case 'brewpit/sessions/estimates':
        return hub.admin('GET', `/sessions/${id}/estimates`);
      case 'brewpit/series/list':
        return hub.admin('GET', '/series');
      case 'brewpit/history':
      case 'brewpit/chart': {
        const q = new URLSearchParams();
        for (const k of ['from', 'to', 'max_points'])
          if (msg[k] !== undefined) q.set(k, String(msg[k]));
        const route = msg.type === 'brewpit/chart' ? 'chart' : 'history';
        return hub.admin('GET', `/sessions/${id}/${route}?${q}`);
      }
      default:
        throw new Error(`bench hub proxy: ${String(msg.type)} not supported`);
    }
  });
  const js = await bundlePage();
  await page.route(`${ORIGIN}/**`, (route) =>
    route.request().url().endsWith('.js')
      ? route.fulfill({ contentType: 'text/javascript', body: js })
      : route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><meta charset="utf-8"><body></body><script type="module" src="/bench.js"></script>',
        }),
  );
  await page.goto(`${ORIGIN}/brewpit`);
  await page.waitForFunction(() => 'brewpitBench' in globalThis);
}

export const panelFirstChartBench: Bench = async () => {
  const hub = await startHub();
  const browser = await launchChromium();
  try {
    const dev = await hub.pair('month-smoker');
    const t0 = Date.UTC(2025, 9, 1);
    const total = MONTH_READINGS * MONTH_CHANNELS.length;
    const ingestStart = Date.now();
    for (let n = 0, seq = 0; n < total; n += BATCH) {
      const readings = [];
      for (let k = n; k < Math.min(total, n + BATCH); k++) {
        const i = Math.floor(k / MONTH_CHANNELS.length);
        const c = k % MONTH_CHANNELS.length;
        readings.push({
          seq: ++seq,
          channel: MONTH_CHANNELS[c]!.key,
          ts: t0 + i * MONTH_STEP_MS,
          value: monthValue(c, i),
        });
      }
      const body = {
        boot_id: 'bench',
        ...(n === 0
          ? {
              channels: MONTH_CHANNELS.map((c) => ({
                key: c.key,
                kind: 'temperature',
                unit: '°C',
                name: c.name,
              })),
            }
          : {}),
        readings,
      };
      await hub.ingest(dev.token, body);
    }
    process.stderr.write(
      `bench: panel: ingested ${total.toLocaleString('en-US')} readings in ${((Date.now() - ingestStart) / 1000).toFixed(1)} s\n`,
    );
    const series = (await hub.admin('GET', '/series')) as {
      id: number;
      key: string;
      device_id: string;
    }[];
    const session = (await hub.admin('POST', '/sessions', {
      kind: 'cook',
      name: 'A month in the smoker',
      started_at: t0,
      channels: MONTH_CHANNELS.map((c) => ({
        series_id: series.find((s) => s.key === c.key && s.device_id === dev.device_id)!.id,
        role: c.role,
        label: c.name,
        ...(c.role === 'pit' ? { target: 110 } : {}),
      })),
    })) as { id: string };
    await hub.admin('POST', `/sessions/${session.id}/end`, {
      ended_at: t0 + MONTH_READINGS * MONTH_STEP_MS,
    });

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openBenchPage(page, hub);

    const panel: number[] = [];
    const raw: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      // These run in the page; the bench page puts its entry points on globalThis.
      panel.push(
        await page.evaluate(
          (id) => (globalThis as unknown as BenchPage).brewpitBench.openSession(id),
          session.id,
        ),
      );
      raw.push(
        await page.evaluate(
          (start) => (globalThis as unknown as BenchPage).brewpitBench.drawRaw(start),
          t0,
        ),
      );
    }
    const first = panel[0]!;
    const p = median(panel);
    const b = median(raw);
    process.stderr.write(
      `bench: panel: open ms ${panel.map((x) => x.toFixed(0)).join(', ')}; raw ms ${raw.map((x) => x.toFixed(0)).join(', ')}\n`,
    );
    const rows: BenchRow[] = [
      row({
        figure: 'Panel: month session, mount → chart drawn (median of 5)',
        value: Math.round(p),
        unit: 'ms',
        baseline: 'same chart from 1.04 M raw points',
        baselineValue: Math.round(b),
        budget: `< ${BUDGET_MS} ms`,
        met: p < BUDGET_MS && first < BUDGET_MS,
        note: `first open ${Math.round(first)} ms (cold page); includes the hub's downsampling and the JSON round trip`,
      }),
    ];
    return rows;
  } finally {
    await browser.close();
    await stopHub(hub);
  }
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const rows = await panelFirstChartBench();
  for (const r of rows) {
    console.log(
      `${r.figure}: ${r.value} ${r.unit}; ${r.baseline}: ${r.baselineValue} ${r.unit}; ratio ${r.ratio?.toFixed(3)}; budget ${r.budget} ${r.met ? 'met' : 'NOT met'}`,
    );
    if (r.note) console.log(`  ${r.note}`);
  }
  if (rows.some((r) => r.met === false)) process.exitCode = 1;
}
