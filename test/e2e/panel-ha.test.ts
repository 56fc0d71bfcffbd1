/**
 * End to end: the Brewpit panel inside the real Home Assistant frontend. A real hub (bridged to
 * Home Assistant, integration configured through its config flow) holds two cooks simulated by
 * the edge node's smoker model and sent through the real ingest API; Chromium logs in on HA's
 * login page, opens /brewpit, sees a session with data, zooms (and the panel refetches the
 * visible range), adds a note, and compares the two cooks. Then a cook is started from the form
 * while a node sends readings every second, and the page is clicked throughout its first two
 * minutes; and a 14-hour brisket is replayed into a running session until the page shows the
 * stall and an ETA with its band. Screenshots: light, dark, narrow.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { SmokerModel } from '../../edge-node/src/sensors/simulated/smoker.js';
import { Rng } from '../../edge-node/src/sensors/simulated/rng.js';
import { REPO_ROOT } from '../../scripts/ha/paths.js';
import { brisket, trueStallStart } from '../../addon/test/fixtures/cook.js';
import { launchChromium } from '../support/chromium.js';
import { requireBuilt } from '../support/processes.js';
import { HaRig } from '../support/rig.js';
import { sleep, waitFor } from '../support/wait.js';

const BUNDLE = join(REPO_ROOT, 'custom_components/brewpit/frontend/brewpit-panel.js');
const SHOTS = join(REPO_ROOT, 'test-results/screenshots');
const H = 3_600_000;

/** Readings of one cook from the edge node's smoker model, every `stepS` simulated seconds. */
function simulatedCook(start: number, hours: number, stepS: number, seed: number) {
  const model = new SmokerModel(
    {
      setpoint: 110,
      ambient: 15,
      lidOpenEveryMin: 90,
      meats: [{ key: 'brisket', name: 'Brisket', cut: 'large' }],
    },
    new Rng(seed),
  );
  const out: { channel: string; ts: number; value: number }[] = [];
  for (let t = 0; t <= hours * 3600; t += stepS) {
    const temps = model.temperatures();
    out.push({ channel: 'pit', ts: start + t * 1000, value: Math.round(temps.pit! * 10) / 10 });
    out.push({
      channel: 'brisket',
      ts: start + t * 1000,
      value: Math.round(temps.brisket! * 10) / 10,
    });
    model.advance(stepS);
  }
  return out;
}

describe('panel in Home Assistant (Chromium)', function () {
  this.timeout(10 * 60_000);
  const rig = new HaRig({ haPort: 18133 });
  let browser: Browser | undefined;
  const sessionIds: string[] = [];
  let httpConfirmed = false;
  const wsSent = new WeakMap<Page, string[]>();

  const api = <T>(path: string, init: RequestInit = {}, token?: string): Promise<T> =>
    rig.hub.json<T>(path, { ...init, ...(token ? { token } : {}) });

  before(async function () {
    requireBuilt([BUNDLE], 'npm run build:panel');
    await rig.start();
    // A paired smoker that cooked two briskets (simulated, sent through the real ingest API).
    const dev = await rig.hub.pair('smoker-pi');
    const now = Date.now();
    const cooks = [
      { name: 'Brisket for the block party', start: now - 3 * 24 * H, hours: 10, seed: 1 },
      { name: 'Second brisket', start: now - 26 * H, hours: 9, seed: 2 },
    ];
    let seq = 0;
    for (const [i, c] of cooks.entries()) {
      const readings = simulatedCook(c.start, c.hours, 30, c.seed).map((r) => ({
        seq: ++seq,
        ...r,
      }));
      for (let k = 0; k < readings.length; k += 4000) {
        await api(
          '/ingest',
          {
            method: 'POST',
            body: JSON.stringify({
              boot_id: 'e2e-panel',
              ...(i === 0 && k === 0
                ? {
                    channels: [
                      { key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit' },
                      { key: 'brisket', kind: 'temperature', unit: '°C', name: 'Brisket' },
                    ],
                  }
                : {}),
              readings: readings.slice(k, k + 4000),
            }),
          },
          dev.token,
        );
      }
    }
    const series = await api<{ id: number; key: string; device_id: string }[]>('/series');
    const sid = (key: string) =>
      series.find((s) => s.key === key && s.device_id === dev.device_id)!.id;
    for (const c of cooks) {
      const s = await api<{ id: string }>('/sessions', {
        method: 'POST',
        body: JSON.stringify({
          kind: 'cook',
          name: c.name,
          started_at: c.start,
          channels: [
            { series_id: sid('pit'), role: 'pit', label: 'Pit', target: 110 },
            { series_id: sid('brisket'), role: 'meat', label: 'Brisket', target: 95 },
          ],
        }),
      });
      await api(`/sessions/${s.id}/end`, {
        method: 'POST',
        body: JSON.stringify({ ended_at: c.start + c.hours * H }),
      });
      sessionIds.push(s.id);
    }
    await api(`/sessions/${sessionIds[0]}/annotations`, {
      method: 'POST',
      body: JSON.stringify({ text: 'Wrapped in butcher paper', ts: cooks[0]!.start + 6 * H }),
    });
    // The panel is registered once the integration has set up.
    await waitFor(
      'brewpit panel registered',
      async () => 'brewpit' in (await rig.ha.ws<Record<string, unknown>>({ type: 'get_panels' })),
      { timeoutMs: 60_000 },
    );
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
  });

  afterEach(function () {
    rig.printLogsIfFailed(this);
  });

  after(async function () {
    await browser?.close();
    await rig.stop();
  });

  /** A page logged in through HA's real login page. */
  async function login(opts: { dark?: boolean; width?: number } = {}): Promise<Page> {
    const ctx = await browser!.newContext({
      viewport: { width: opts.width ?? 1280, height: 900 },
      colorScheme: opts.dark ? 'dark' : 'light',
      locale: 'en-US',
    });
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log(`      page error: ${e.message}`));
    // Every Brewpit chart request (`brewpit/chart`, or `brewpit/history`) the frontend sends on HA's WebSocket (opened at login).
    const sent: string[] = [];
    wsSent.set(page, sent);
    page.on('websocket', (ws) =>
      ws.on('framesent', (f) => {
        const text = typeof f.payload === 'string' ? f.payload : f.payload.toString();
        if (text.includes('brewpit/chart') || text.includes('brewpit/history')) sent.push(text);
      }),
    );
    await page.goto(`${rig.ha.url}/brewpit`);
    await page.locator('input[name="username"]').fill(rig.ha.username);
    await page.locator('input[name="password"]').fill(rig.ha.password);
    await page.locator('input[name="password"]').press('Enter');
    await page.waitForURL(/\/brewpit/, { timeout: 60_000 });
    await page.locator('brewpit-panel').waitFor({ timeout: 60_000 });
    if (!httpConfirmed) {
      // HA 2026.11 asks the owner to confirm the harness's http settings (port, loopback) and
      // reverts them after 5 minutes otherwise; a user clicks Confirm, so does the test.
      const confirm = page
        .locator('dialog-http-pending-config')
        .getByRole('button', { name: 'Confirm' });
      try {
        await confirm.waitFor({ state: 'visible', timeout: 8_000 });
        await confirm.click();
        await confirm.waitFor({ state: 'hidden' });
      } catch {
        // not asked (older Home Assistant, or already confirmed)
      }
      httpConfirmed = true;
    }
    return page;
  }

  it('shows the sessions, a session chart with data, zoom refetch and a new note', async function () {
    const page = await login();
    const historyCalls = wsSent.get(page)!;
    const rows = page.locator('brewpit-sessions-list .row');
    await rows.first().waitFor();
    assert.equal(await rows.count(), 2);
    assert.match(await rows.first().innerText(), /Second brisket/);
    await page.screenshot({ path: join(SHOTS, 'sessions-light.png') });

    await page
      .locator('brewpit-sessions-list .row', { hasText: 'Brisket for the block party' })
      .click();
    await page.waitForURL(/\/brewpit\/session\//);
    const chart = page.locator('brewpit-chart');
    await chart.locator('canvas').waitFor();
    // Data drawn: the key figures show the brisket reaching its target.
    const figures = page.locator('brewpit-session-detail table.figures');
    await figures.waitFor();
    const figText = await figures.innerText();
    assert.match(figText, /Brisket/);
    assert.match(figText, /Pit/);
    await page.screenshot({ path: join(SHOTS, 'history-light.png') });

    // Zoom by dragging across the middle of the plot: the panel asks for the visible range.
    const over = chart.locator('.u-over');
    const box = (await over.boundingBox())!;
    const before = historyCalls.length;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await waitFor(
      'history refetch of the zoomed range',
      async () =>
        historyCalls.slice(before).find((c) => c.includes('"from"') && c.includes('"to"')),
      { timeoutMs: 10_000 },
    );
    const zoomCall = JSON.parse(historyCalls.slice(before).find((c) => c.includes('"from"'))!);
    assert.ok(zoomCall.max_points >= 100 && zoomCall.max_points <= 4000);
    assert.ok(zoomCall.to - zoomCall.from < 10 * H * 0.3, 'zoomed range is not narrower');
    await page.getByRole('button', { name: 'Reset zoom' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Reset zoom' }).isEnabled(), true);

    // A note, stored by the hub.
    await page.locator('brewpit-session-detail input#note').fill('Spritzed with apple juice');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page
      .locator('brewpit-session-detail .notes li', { hasText: 'Spritzed with apple juice' })
      .waitFor();
    const notes = await api<{ text: string }[]>(`/sessions/${sessionIds[0]}/annotations`);
    assert.ok(notes.some((n) => n.text === 'Spritzed with apple juice'));
    await page.context().close();
  });

  it('compares the two cooks aligned at their start', async function () {
    const page = await login();
    await page.locator('brewpit-sessions-list .row').first().waitFor();
    for (const cb of await page.locator('brewpit-sessions-list .row input[type=checkbox]').all()) {
      await cb.check();
    }
    await page.getByRole('button', { name: /Compare 2 selected sessions/ }).click();
    await page.waitForURL(/\/brewpit\/compare\?ids=/);
    const charts = page.locator('brewpit-compare brewpit-chart');
    await charts.first().locator('canvas').waitFor();
    assert.equal(await charts.count(), 2, 'one chart per role (pit, meat)');
    const legend = await page.locator('brewpit-compare .legend').innerText();
    assert.match(legend, /Brisket for the block party/);
    assert.match(legend, /Second brisket/);
    await page.screenshot({ path: join(SHOTS, 'compare-light.png'), fullPage: true });
    await page.context().close();
  });

  it('renders in the dark theme and on a phone', async function () {
    const dark = await login({ dark: true });
    await dark.goto(`${rig.ha.url}/brewpit/session/${sessionIds[0]}`);
    await dark.locator('brewpit-chart canvas').waitFor();
    await sleep(500);
    const bg = await dark
      .locator('brewpit-session-detail .card')
      .first()
      .evaluate(
        (el) =>
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }
          ).getComputedStyle(el).backgroundColor,
      );
    assert.notEqual(bg, 'rgb(255, 255, 255)', 'cards follow the dark theme');
    await dark.screenshot({ path: join(SHOTS, 'history-dark.png') });
    await dark.context().close();

    const phone = await login({ width: 390 });
    assert.equal(await phone.locator('brewpit-panel').getAttribute('narrow'), '');
    await phone.locator('brewpit-sessions-list .row').first().waitFor();
    await phone.screenshot({ path: join(SHOTS, 'sessions-narrow.png') });
    await phone.goto(`${rig.ha.url}/brewpit/session/${sessionIds[1]}`);
    await phone.locator('brewpit-chart canvas').waitFor();
    await sleep(500);
    await phone.screenshot({ path: join(SHOTS, 'history-narrow.png'), fullPage: true });
    await phone.context().close();
  });

  /** A node paired through the hub's pairing API; `send` posts readings as it would. */
  async function pairNode(name: string, channels: { key: string; name: string }[]) {
    const { code } = await api<{ code: string }>('/pairings', { method: 'POST', body: '{}' });
    const dev = await api<{ device_id: string; token: string }>('/pair', {
      method: 'POST',
      body: JSON.stringify({ code, name }),
    });
    let seq = 0;
    let announced = false;
    const send = async (
      readings: { channel: string; ts: number; value: number | null; status?: string }[],
    ) => {
      for (let k = 0; k < readings.length; k += 4000) {
        await api(
          '/ingest',
          {
            method: 'POST',
            body: JSON.stringify({
              boot_id: `e2e-${name}`,
              ...(announced
                ? {}
                : {
                    channels: channels.map((c) => ({ ...c, kind: 'temperature', unit: '°C' })),
                  }),
              readings: readings.slice(k, k + 4000).map((r) => ({ seq: ++seq, ...r })),
            }),
          },
          dev.token,
        );
        announced = true;
      }
    };
    const ids = async () => {
      const series = await api<{ id: number; key: string; device_id: string }[]>('/series');
      return Object.fromEntries(
        series.filter((x) => x.device_id === dev.device_id).map((x) => [x.key, x.id]),
      );
    };
    return { send, ids };
  }

  /** What the session page's chart shows and labels (read from the element). */
  const chartState = (page: Page) =>
    page.locator('brewpit-session-detail brewpit-chart').evaluate((el) => {
      const c = el as unknown as {
        shownRange: { min: number; max: number } | null;
        labelBoxes: { id: string; text: string }[];
        extras: { stalls: { x: number }[]; projections: unknown[] };
        model: { xs: number[] };
      };
      return {
        max: c.shownRange?.max ?? 0,
        dataEnd: (c.model.xs[c.model.xs.length - 1] ?? 0) * 1000,
        labels: c.labelBoxes.map((b) => b.id),
        stalls: c.extras.stalls.map((x) => x.x * 1000),
        projections: c.extras.projections.length,
      };
    });

  it('starts a cook from the form and answers every click within 500 ms for two minutes', async function () {
    this.timeout(6 * 60_000);
    const node = await pairNode('kamado-pi', [
      { key: 'pit', name: 'Pit' },
      { key: 'brisket', name: 'Brisket' },
      { key: 'ribs', name: 'Ribs' },
    ]);
    // The node sends a reading per probe every second, from the edge node's smoker model.
    const model = new SmokerModel(
      {
        setpoint: 110,
        ambient: 15,
        lidOpenEveryMin: 0,
        meats: [
          { key: 'brisket', name: 'Brisket', cut: 'large' },
          { key: 'ribs', name: 'Ribs', cut: 'small' },
        ],
      },
      new Rng(5),
    );
    const tick = async () => {
      const ts = Date.now();
      const temps = model.temperatures();
      model.advance(1);
      await node.send(
        (['pit', 'brisket', 'ribs'] as const).map((channel) => ({
          channel,
          ts,
          value: Math.round(temps[channel]! * 10) / 10,
        })),
      );
    };
    await tick();
    const feeder = setInterval(() => void tick().catch(() => undefined), 1000);
    try {
      const ids = await node.ids();
      const page = await login();
      await page.getByRole('button', { name: 'New session' }).click();
      const row = (key: string) =>
        page.locator(`brewpit-session-form .probe[data-series="${ids[key]}"]`);
      await row('ribs').waitFor();
      // Roles from the probes' names, and the node named beside each probe.
      assert.equal(await row('brisket').locator('select').inputValue(), 'meat');
      assert.equal(await row('ribs').locator('select').inputValue(), 'meat');
      assert.equal(await row('pit').locator('select').inputValue(), 'pit');
      assert.match(await row('brisket').innerText(), /kamado-pi/);
      await page.locator('brewpit-session-form input[name="name"]').fill('Saturday brisket');
      for (const [key, target] of [
        ['pit', '110'],
        ['brisket', '95'],
        ['ribs', '93'],
      ] as const) {
        await row(key).locator('input[type=checkbox]').first().check();
        await row(key).locator('input.target').fill(target);
      }
      await page.getByRole('button', { name: 'Start session' }).click();
      const started = Date.now();
      await page.waitForURL(/\/brewpit\/session\//);
      await page.locator('brewpit-session-detail brewpit-chart canvas').first().waitFor();
      const first = await chartState(page);
      // Clicking the chart picks a note's moment, "use now" drops it: both must answer at once.
      const over = page.locator('brewpit-session-detail brewpit-chart .u-over');
      const picked = page.locator('brewpit-session-notes').getByText(/picked on the chart/);
      const latencies: number[] = [];
      const edges: number[] = [];
      for (let i = 0; Date.now() - started < 120_000; i++) {
        const box = (await over.boundingBox())!;
        let t0 = Date.now();
        await page.mouse.click(box.x + box.width * (0.2 + (i % 6) * 0.1), box.y + box.height / 2);
        await picked.waitFor({ timeout: 10_000 });
        latencies.push(Date.now() - t0);
        t0 = Date.now();
        await page.getByRole('button', { name: 'use now' }).click({ timeout: 10_000 });
        await picked.waitFor({ state: 'detached', timeout: 10_000 });
        latencies.push(Date.now() - t0);
        edges.push((await chartState(page)).max);
        await sleep(3000);
      }
      const worst = Math.max(...latencies);
      console.log(
        `      ${latencies.length} clicks in the first two minutes: median ${latencies.sort((a, b) => a - b)[latencies.length >> 1]} ms, worst ${worst} ms`,
      );
      assert.ok(worst < 500, `a click took ${worst} ms`);
      // The right edge moves on with the readings (about a minute and a half of them).
      const last = edges[edges.length - 1]!;
      assert.ok(last - first.max > 90, `right edge moved ${last - first.max} s`);
      assert.ok(
        edges.every((e, i) => i === 0 || e >= edges[i - 1]!),
        'never backwards',
      );
      const [session] = await api<{ id: string }[]>('/sessions?status=active');
      await api(`/sessions/${session!.id}/end`, { method: 'POST', body: '{}' });
      await page.context().close();
    } finally {
      clearInterval(feeder);
    }
  });

  it('shows the stall of a replayed brisket within 15 minutes, then its ETA with a band', async function () {
    this.timeout(6 * 60_000);
    const H = 3_600_000;
    const node = await pairNode('brisket-pi', [
      { key: 'pit', name: 'Pit' },
      { key: 'brisket', name: 'Brisket' },
    ]);
    // The recorded-shape brisket of the estimator tests, ending now.
    const t0 = Math.floor((Date.now() - 14 * H) / 5000) * 5000;
    const cook = brisket({ t0, hours: 14 });
    // The stall's start as the estimator defines it (issue 24): the steady-pit rate under
    // 0.1 °C/min, where a pitmaster sees the curve flatten.
    const truth = trueStallStart(cook, 6)!;
    // Flagged the way the edge node's probe driver flags them: the connect spike, the unplugged
    // stretch.
    const readings = cook.flatMap((c) => [
      { channel: 'pit', ts: c.ts, value: c.pit },
      {
        channel: 'brisket',
        ts: c.ts,
        value: c.meat,
        ...(c.meat === null ? { status: 'unavailable' } : c.meat > 500 ? { status: 'spike' } : {}),
      },
    ]);
    const upTo = (ts: number) => readings.filter((r) => r.ts <= ts);
    let sent = 0;
    const sendUntil = async (ts: number) => {
      const next = upTo(ts);
      await node.send(next.slice(sent));
      sent = next.length;
    };
    await sendUntil(t0);
    const ids = await node.ids();
    const session = await api<{ id: string }>('/sessions', {
      method: 'POST',
      body: JSON.stringify({
        kind: 'cook',
        name: 'Replayed brisket',
        started_at: t0,
        channels: [
          { series_id: ids.pit, role: 'pit', label: 'Pit' },
          { series_id: ids.brisket, role: 'meat', label: 'Brisket', target: 95 },
        ],
      }),
    });
    await sendUntil(truth - 30 * 60_000);
    const page = await login();
    await page.goto(`${rig.ha.url}/brewpit/session/${session.id}`);
    await page.locator('brewpit-session-detail brewpit-chart canvas').first().waitFor();
    // Minute by minute, as a node sends them, up to 15 minutes after the stall began...
    for (let ts = truth - 29 * 60_000; ts <= truth + 15 * 60_000; ts += 60_000) {
      await sendUntil(ts);
      await sleep(150);
    }
    // ... and no further: with these readings the page must show the stall.
    const stalled = await waitFor(
      'the stall on the session page',
      async () => {
        const c = await chartState(page);
        return c.labels.some((id) => id.startsWith('stall:')) ? c : undefined;
      },
      { timeoutMs: 30_000 },
    );
    const since = stalled.stalls[0]!;
    assert.ok(
      Math.abs(since - truth) <= 15 * 60_000,
      `stall marked at ${(since - truth) / 60_000} min from its true start`,
    );
    await page.locator('brewpit-predictions .stall.on').waitFor();
    // The rest of the cook: the stall ends, the meat climbs, the ETA and its band appear.
    for (let ts = truth + 30 * 60_000; ts < t0 + 14 * H; ts += 30 * 60_000) await sendUntil(ts);
    await sendUntil(t0 + 14 * H);
    const tile = page.locator(`brewpit-predictions .tile[data-series="${ids.brisket}"]`);
    await tile.locator('.eta .clock').waitFor({ timeout: 30_000 });
    // The first ETA on screen may be one the hub computed halfway through the replay (hours of
    // readings arrive within seconds here); the page asks again within a minute at the latest.
    await waitFor(
      'an ETA ahead of now',
      async () => /in \d+ h \d+ min|in \d+ min/.test(await tile.locator('.eta').innerText()),
      { timeoutMs: 90_000, intervalMs: 1000 },
    );
    assert.match(await tile.locator('.band').innerText(), /between .+ and .+/);
    await waitFor('the projected curve', async () =>
      (await chartState(page)).projections > 0 ? true : undefined,
    );
    // The chart has the whole replay: what the live feed skipped was fetched from the hub.
    await waitFor('the last readings on the chart', async () =>
      (await chartState(page)).dataEnd >= t0 + 14 * H - 60_000 ? true : undefined,
    );
    await sleep(1500);
    await page.screenshot({ path: join(SHOTS, 'session-light.png') });
    await page.context().close();
    const dark = await login({ dark: true });
    await dark.goto(`${rig.ha.url}/brewpit/session/${session.id}`);
    await dark.locator('brewpit-predictions .eta .clock').first().waitFor({ timeout: 30_000 });
    await sleep(1500);
    await dark.screenshot({ path: join(SHOTS, 'session-dark.png') });
    await dark.context().close();
    const phone = await login({ width: 390 });
    await phone.goto(`${rig.ha.url}/brewpit/session/${session.id}`);
    await phone.locator('brewpit-predictions .eta .clock').first().waitFor({ timeout: 30_000 });
    await sleep(1500);
    await phone.screenshot({ path: join(SHOTS, 'session-narrow.png'), fullPage: true });
    await phone.goto(`${rig.ha.url}/brewpit/live`);
    await phone.locator('brewpit-live brewpit-predictions .eta .clock').first().waitFor();
    // Nodes titled by name, not by id.
    await phone.locator('brewpit-live .devices h3', { hasText: 'brisket-pi' }).waitFor();
    await sleep(1500);
    await phone.screenshot({ path: join(SHOTS, 'live-narrow.png'), fullPage: true });
    await phone.context().close();
  });
});
