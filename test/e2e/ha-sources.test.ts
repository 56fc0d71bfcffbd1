// End to end with real processes and no edge node at all: thermometers Home Assistant already
// reads (shaped like the ThermoWorks Cloud, MEATER and Inkbird BLE integrations' sensors, in °F,
// their states set through Home Assistant's REST API) become the probes of a cook started with
// brewpit.start_session. The hub stores every state change converted to °C, once; a target
// reached on them fires the event; an outage of the hub is backfilled from Home Assistant's
// recorder with every state of the gap exactly once; `unavailable` is stored as a gap, not a 0.
// The Devices page lists the followed entities, follows one more for good and lets one go.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type HassEvent } from 'home-assistant-js-websocket';
import type { Browser, Page } from 'playwright-core';
import { REPO_ROOT } from '../../scripts/ha/paths.js';
import { launchChromium } from '../support/chromium.js';
import { entityRegistry, haRest } from '../support/ha.js';
import { HaRig } from '../support/rig.js';
import { sleep, waitFor } from '../support/wait.js';

/** The sensors, as their integrations name and describe them. */
const SENSORS = {
  meat: {
    entity_id: 'sensor.meater_probe_8f3c_internal_temperature',
    attributes: { friendly_name: 'MEATER Probe Internal temperature' },
  },
  pit: {
    entity_id: 'sensor.signals_grill_probe_temperature',
    attributes: { friendly_name: 'Signals Grill probe temperature' },
  },
  inkbird: {
    entity_id: 'sensor.ibt_4xs_51c2_temperature_probe_2',
    attributes: { friendly_name: 'IBT-4XS 51C2 Temperature Probe 2' },
  },
  smoke: {
    entity_id: 'sensor.smoke_x4_pit_temperature',
    attributes: { friendly_name: 'Smoke X4 Pit temperature' },
  },
  // Followed from the Devices page only, never by a session.
  ambient: {
    entity_id: 'sensor.ith_20r_b7a1_temperature',
    attributes: { friendly_name: 'ITH-20R B7A1 Temperature' },
  },
} as const;
type Which = keyof typeof SENSORS;

/** What Home Assistant recorded: one state change, at its own `last_changed`. */
interface SetState {
  which: Which;
  state: string;
  ts: number;
}

const fToC = (f: number): number => ((f - 32) * 5) / 9;
const SHOTS = join(REPO_ROOT, 'docs/screenshots');

/** `last_changed` (ISO with microseconds) as epoch ms, rounded as the hub rounds it. */
function isoMs(iso: string): number {
  const m = /^(.*T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(.*)$/.exec(iso)!;
  const micros = Number(((m[2] ?? '') + '000000').slice(0, 6));
  return Date.parse(`${m[1]}${m[3]}`) + Math.round(micros / 1000);
}

describe('Home Assistant thermometers as probes (real HA and hub, no edge node)', function () {
  // Own port; the recorder's history API is what fills the hub's gaps.
  const rig = new HaRig({ haPort: 18181, haExtraConfig: 'history:' });
  const reached: HassEvent[] = [];
  const sent: SetState[] = [];
  const series: Partial<Record<Which, number>> = {};
  let sessionId = '';
  const hubApi = (path: string, init?: RequestInit) => rig.hub.json(path, init);

  async function setState(which: Which, state: string): Promise<void> {
    const s = SENSORS[which];
    const res = await haRest(rig.ha, 'POST', `/api/states/${s.entity_id}`, {
      state,
      attributes: {
        ...s.attributes,
        unit_of_measurement: '°F',
        device_class: 'temperature',
        state_class: 'measurement',
      },
    });
    sent.push({ which, state, ts: isoMs(res.last_changed as string) });
  }

  /** The hub's raw points of a sensor's series since the test began. */
  async function points(which: Which): Promise<[number, number | null][]> {
    const to = Date.now() + 60_000;
    const r = await hubApi(`/series/${series[which]}/readings?from=0&to=${to}&max_points=10000`);
    assert.equal(r.downsampled, false);
    return r.points as [number, number | null][];
  }

  /** Every state sent for `which` is stored once, at its time, in °C to 0.01 (null when unavailable). */
  async function expectStored(which: Which, timeoutMs = 30_000): Promise<void> {
    const want = sent.filter((s) => s.which === which);
    const got = await waitFor(
      `${want.length} states of ${which} in the hub`,
      async () => {
        const p = await points(which);
        return want.every((w) => p.some(([ts]) => Math.abs(ts - w.ts) <= 1)) ? p : undefined;
      },
      { timeoutMs },
    ).catch(async (err: Error) => {
      // Say what is missing: the states sent against the points the hub holds.
      const have = await points(which).catch(() => []);
      throw new Error(
        `${err.message}\nsent: ${JSON.stringify(want)}\nstored: ${JSON.stringify(have)}`,
      );
    });
    // Nothing twice: one point per state Home Assistant recorded, and no other.
    assert.equal(
      got.length,
      want.length,
      `points of ${which}: ${JSON.stringify(got)}; sent ${JSON.stringify(want)}`,
    );
    for (const w of want) {
      const [, value] = got.find(([ts]) => Math.abs(ts - w.ts) <= 1)!;
      if (w.state === 'unavailable') assert.equal(value, null, `${which} at ${w.ts}`);
      else
        assert.ok(
          Math.abs(value! - fToC(Number(w.state))) < 0.01,
          `${which} ${w.state} °F at ${w.ts}: stored ${value}; all ${JSON.stringify(got)}`,
        );
    }
  }

  let httpConfirmed = false;

  /** The panel in Chromium, logged in as the owner (`path` below /brewpit). */
  async function openPanel(browser: Browser, path = ''): Promise<Page> {
    const ctx = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 900 },
    });
    const page = await ctx.newPage();
    await page.goto(`${rig.ha.url}/brewpit${path}`);
    await page.locator('input[name="username"]').fill(rig.ha.username);
    await page.locator('input[name="password"]').fill(rig.ha.password);
    await page.locator('input[name="password"]').press('Enter');
    await page.locator('brewpit-panel').waitFor({ timeout: 60_000 });
    if (!httpConfirmed) {
      // HA 2026.11 asks the owner to confirm the harness's http settings; a user clicks Confirm.
      const confirm = page
        .locator('dialog-http-pending-config')
        .getByRole('button', { name: 'Confirm' });
      await confirm
        .waitFor({ state: 'visible', timeout: 8_000 })
        .then(() => confirm.click())
        .then(() => confirm.waitFor({ state: 'hidden' }))
        .catch(() => undefined); // not asked
      httpConfirmed = true;
    }
    return page;
  }

  /** A screenshot of the whole panel, as test/e2e/panel-admin-ha.test.ts takes them. */
  async function shot(page: Page, name: string): Promise<void> {
    // Home Assistant's launch screen fades out over the page after its first render.
    await page.locator('#ha-launch-screen').waitFor({ state: 'detached', timeout: 30_000 });
    const height = await page
      .locator('brewpit-panel')
      .evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    const width = page.viewportSize()!.width;
    await page.setViewportSize({ width, height: Math.min(Math.max(height, 700), 2400) });
    await page.screenshot({ path: join(SHOTS, name) });
  }

  before(async function () {
    this.timeout(30 * 60_000);
    await rig.start();
    await rig.conn.subscribeEvents(
      (e: HassEvent) => void reached.push(e),
      'brewpit_target_reached',
    );
    await setState('meat', '41.0');
    await setState('pit', '225.5');
    await setState('inkbird', '70.2');
    await setState('smoke', '212.0');
    await setState('ambient', '71.6');
  });

  afterEach(function () {
    rig.printLogsIfFailed(this);
  });

  after(async function () {
    this.timeout(120_000);
    await rig.stop();
  });

  it('explains following on the Devices page before any sensor is followed', async function () {
    this.timeout(120_000);
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await openPanel(browser, '/devices');
      const none = page.locator('brewpit-ha-sources .none');
      await none.getByText('No Home Assistant sensor is followed yet').waitFor({ timeout: 30_000 });
      // The way to follow one for a cook: the new-session form, opened by the link.
      await none.getByRole('button', { name: 'New session' }).click();
      await page.locator('brewpit-session-form').waitFor();
      assert.match(page.url(), /\/brewpit\/sessions\?new$/);
    } finally {
      await browser?.close();
    }
  });

  it('starts a cook on Home Assistant sensors through brewpit.start_session', async function () {
    this.timeout(60_000);
    const res = await haRest(
      rig.ha,
      'POST',
      '/api/services/brewpit/start_session?return_response',
      {
        kind: 'cook',
        name: 'Pork butt on the Signals',
        entity_id: [SENSORS.pit.entity_id, SENSORS.meat.entity_id],
      },
    );
    const session = res.service_response.session as {
      id: string;
      channels: { series_id: number; role: string }[];
    };
    sessionId = session.id;
    // Roles come from the names: the grill probe is the pit, the MEATER's internal sensor meat.
    assert.deepEqual(
      session.channels.map((c) => c.role),
      ['pit', 'meat'],
    );
    series.pit = session.channels[0]!.series_id;
    series.meat = session.channels[1]!.series_id;
    const followed = (await hubApi('/sources/ha')) as { entity_id: string; unit: string }[];
    assert.deepEqual(followed.map((f) => [f.entity_id, f.unit]).sort(), [
      [SENSORS.meat.entity_id, '°C'],
      [SENSORS.pit.entity_id, '°C'],
    ]);
    // No sensor mirrors a followed entity back into Home Assistant; the session's own entities
    // (time to target, stall, ...) on its channels are there.
    // The bridge announces them after the session has started: wait for them.
    const ours = await waitFor('session entities on the meat probe', async () => {
      const found = (await entityRegistry(rig.conn)).filter(
        (e) => e.platform === 'brewpit' && e.unique_id.includes(SENSORS.meat.entity_id),
      );
      return found.length > 0 ? found : undefined;
    });
    assert.deepEqual(
      ours.filter((e) => e.unique_id.endsWith(SENSORS.meat.entity_id)),
      [],
    );
    // The states from before the session was started come from the subscription's first message.
    await expectStored('meat');
    await expectStored('pit');
  });

  it('records every state change converted to °C, unavailable as a gap', async function () {
    this.timeout(90_000);
    for (const [meat, pit] of [
      ['52.3', '230.1'],
      ['unavailable', '233.0'],
      ['66.8', 'unavailable'],
      ['unknown', '240.7'],
      ['80.6', '238.4'],
    ] as const) {
      await setState('meat', meat === 'unknown' ? 'unavailable' : meat);
      await setState('pit', pit);
      await sleep(300);
    }
    await expectStored('meat');
    await expectStored('pit');
    const metrics = await (await rig.hub.api('/metrics')).text();
    assert.match(metrics, /^brewpit_ha_source_entities 2$/m);
    assert.match(metrics, /^brewpit_ha_source_states_per_second \d/m);
  });

  it('fires brewpit_target_reached on a Home Assistant probe', async function () {
    this.timeout(60_000);
    const s = (await hubApi(`/sessions/${sessionId}`)) as {
      channels: { series_id: number; role: string; target?: number | null }[];
    };
    await hubApi(`/sessions/${sessionId}`, {
      method: 'PATCH',
      body: JSON.stringify({
        channels: s.channels.map(({ series_id, role }) => ({
          series_id,
          role,
          target: series_id === series.meat ? 90 : null,
        })),
      }),
    });
    await setState('meat', '188.0'); // 86.7 °C: below the target
    await sleep(500);
    await setState('meat', '196.5'); // 91.4 °C: reached
    const event = await waitFor('brewpit_target_reached', () =>
      reached.find((e) => e.data.session_id === sessionId),
    );
    assert.equal(event.data.target, 90);
    await expectStored('meat');
  });

  it('starts a cook from the panel form on two Home Assistant sensors', async function () {
    this.timeout(180_000);
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await openPanel(browser);
      await page.getByRole('button', { name: 'New session' }).click();
      await page.locator('brewpit-session-form .ha-sensors summary').click();
      const row = (which: Which) =>
        page.locator(`brewpit-session-form .probe[data-entity="${SENSORS[which].entity_id}"]`);
      // Searchable: typing narrows the list to the Inkbird's probe.
      await page.locator('brewpit-session-form input.search').fill('ibt-4xs');
      await row('inkbird').waitFor();
      assert.equal(await row('smoke').count(), 0);
      await row('inkbird').locator('input[type=checkbox]').check();
      await page.locator('brewpit-session-form input.search').fill('smoke');
      await row('smoke').locator('input[type=checkbox]').check();
      assert.equal(await row('smoke').locator('select').inputValue(), 'pit');
      await row('inkbird').locator('select').selectOption('meat');
      await page.locator('brewpit-session-form input[name="name"]').fill('Panel ribs');
      await page.getByRole('button', { name: 'Start session' }).click();
      await page.waitForURL(/\/brewpit\/session\//);
    } finally {
      await browser?.close();
    }
    const sessions = (await hubApi('/sessions?status=active&summary=false')) as {
      name: string;
      channels: { series_id: number; role: string }[];
    }[];
    const ribs = sessions.find((s) => s.name === 'Panel ribs')!;
    const followed = (await hubApi('/sources/ha')) as { entity_id: string; series_id: number }[];
    const sid = (which: Which) =>
      followed.find((f) => f.entity_id === SENSORS[which].entity_id)!.series_id;
    series.inkbird = sid('inkbird');
    series.smoke = sid('smoke');
    assert.deepEqual(
      ribs.channels.map((c) => [c.series_id, c.role]).sort(),
      [
        [series.inkbird, 'meat'],
        [series.smoke, 'pit'],
      ].sort(),
    );
    await setState('inkbird', '98.6');
    await setState('smoke', 'unavailable');
    // Readings are keyed by (series, millisecond): two states set back to back can share one.
    await sleep(20);
    await setState('smoke', '230.0');
    await expectStored('inkbird');
    await expectStored('smoke');
  });

  it('backfills a hub outage from the recorder: every state of the gap, none twice', async function () {
    // The hub is away while the cook goes on: 20 s by default, BREWPIT_E2E_OUTAGE_S=120 for the
    // issue's two minutes (the same recorder read; only the wait is longer).
    const outageMs = Number(process.env.BREWPIT_E2E_OUTAGE_S ?? 20) * 1000;
    this.timeout(outageMs + 180_000);
    await rig.hub.stop();
    const back = Date.now() + outageMs;
    let gap = 0;
    for (let i = 0; Date.now() < back; i++, gap++) {
      await setState('meat', i === 4 ? 'unavailable' : (197 + i * 0.7).toFixed(1));
      await setState('pit', (250 - i * 1.3).toFixed(1));
      await sleep(2000);
    }
    await rig.hub.start();
    await expectStored('meat', 60_000);
    await expectStored('pit', 60_000);
    console.log(
      `      hub away ${outageMs / 1000} s: ${gap} states of each sensor, each stored once`,
    );
    // After the backfill the live path goes on as before.
    await setState('pit', '231.9');
    await expectStored('pit');
  });

  it('lists, follows and lets go of Home Assistant sensors on the Devices page', async function () {
    this.timeout(180_000);
    type Followed = { entity_id: string; series_id: number; explicit: boolean; followed: boolean };
    const sources = async () => (await hubApi('/sources/ha')) as Followed[];
    const source = async (which: Which) =>
      (await sources()).find((f) => f.entity_id === SENSORS[which].entity_id);
    const stored = (await hubApi('/series')) as { key: string; last_value: number | null }[];
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const page = await openPanel(browser, '/devices');
      const row = (which: Which) =>
        page.locator(
          `brewpit-ha-sources section > ul > li[data-entity="${SENSORS[which].entity_id}"]`,
        );
      // The entities of the two running cooks, each with its latest value in the user's units
      // (Home Assistant is metric here) and the session that records it.
      for (const which of ['meat', 'pit', 'inkbird', 'smoke'] as const) {
        await row(which).waitFor({ timeout: 30_000 });
        assert.equal(await row(which).getAttribute('data-explicit'), 'false');
        const last = stored.find((x) => x.key === SENSORS[which].entity_id)!.last_value!;
        assert.equal(
          (await row(which).locator('.reading').innerText()).trim(),
          `${last.toFixed(1)} °C`,
        );
      }
      assert.match(await row('meat').innerText(), /While a session uses it/);
      assert.match(await row('meat').innerText(), /Used by: Pork butt on the Signals/);
      assert.match(await row('smoke').innerText(), /Used by: Panel ribs/);
      assert.equal(await row('ambient').count(), 0);

      // Follow one more from the picker: searchable, and only sensors not followed yet.
      await page.getByRole('button', { name: 'Follow a sensor' }).click();
      const search = page.locator('brewpit-ha-sources .picker input.search');
      const pick = (which: Which) =>
        page.locator(`brewpit-ha-sources .picker li[data-entity="${SENSORS[which].entity_id}"]`);
      await search.fill('smoke x4');
      await page
        .locator('brewpit-ha-sources .picker')
        .getByText('No other numeric sensor')
        .waitFor();
      await search.fill('ith-20r');
      await pick('ambient').getByRole('button', { name: 'Follow' }).click();
      await page
        .locator('brewpit-ha-sources .notice')
        .getByText('Now following ITH-20R B7A1 Temperature')
        .waitFor();
      await row('ambient').waitFor();
      assert.equal(await row('ambient').getAttribute('data-explicit'), 'true');
      assert.match(await row('ambient').innerText(), /Always followed/);
      assert.deepEqual(await source('ambient').then((f) => [f?.explicit, f?.followed]), [
        true,
        true,
      ]);
      series.ambient = (await source('ambient'))!.series_id;
      await setState('ambient', '72.5');
      await expectStored('ambient');

      // A sensor a session brought in is kept for good with "Always follow".
      await row('inkbird').getByRole('button', { name: 'Always follow' }).click();
      await waitFor('the Inkbird kept', async () => (await source('inkbird'))?.explicit);
      await page
        .locator(
          `brewpit-ha-sources li[data-entity="${SENSORS.inkbird.entity_id}"][data-explicit="true"]`,
        )
        .waitFor();
      // The change reloads the page's series: the new sensor's value shows (72.5 °F).
      await waitFor('the new sensor in °C', async () =>
        (await row('ambient').locator('.reading').innerText()).trim() === '22.5 °C'
          ? true
          : undefined,
      );
      mkdirSync(SHOTS, { recursive: true });
      await shot(page, 'devices-ha-sensors-light.png');
      // The same on a phone: Home Assistant's narrow layout.
      await page.setViewportSize({ width: 390, height: 900 });
      await page.locator('brewpit-ha-sources[narrow]').waitFor();
      await shot(page, 'devices-ha-sensors-narrow.png');
      await page.setViewportSize({ width: 1280, height: 900 });

      // Stop following: the page says the history stays, the hub lets it go and keeps it.
      await row('ambient').getByRole('button', { name: 'Stop following' }).click();
      await row('ambient').getByText('The history recorded so far stays').waitFor();
      await row('ambient').locator('button.confirm').click();
      await row('ambient').waitFor({ state: 'detached' });

      // A refusal of the hub is shown as it words it: the smoke probe let go elsewhere (the API)
      // while this page still lists it.
      await row('smoke').getByRole('button', { name: 'Stop following' }).click();
      await hubApi(`/sources/ha/${SENSORS.smoke.entity_id}`, { method: 'DELETE' });
      await row('smoke').locator('button.confirm').click();
      await page
        .locator('brewpit-ha-sources [role="alert"]')
        .getByText(`Entity '${SENSORS.smoke.entity_id}' is not followed`)
        .waitFor();
      // Then the list is the hub's again.
      await row('smoke').waitFor({ state: 'detached' });
    } finally {
      await browser?.close();
    }
    // Still listed by the hub, as let go: its series and history stay.
    assert.equal((await source('ambient'))?.followed, false);
    const history = await points('ambient');
    assert.equal(history.length, 2, `the recorded history stays: ${JSON.stringify(history)}`);
    // Let go: a later state is not recorded (the pit's, sent after it, is).
    await setState('ambient', '75.2');
    await setState('pit', '229.4');
    await expectStored('pit');
    assert.deepEqual(await points('ambient'), history);
  });
});
