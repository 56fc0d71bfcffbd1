// End to end with real processes and no edge node at all: thermometers Home Assistant already
// reads (shaped like the ThermoWorks Cloud, MEATER and Inkbird BLE integrations' sensors, in °F,
// their states set through Home Assistant's REST API) become the probes of a cook started with
// brewpit.start_session. The hub stores every state change converted to °C, once; a target
// reached on them fires the event; an outage of the hub is backfilled from Home Assistant's
// recorder with every state of the gap exactly once; `unavailable` is stored as a gap, not a 0.
import assert from 'node:assert/strict';
import { type HassEvent } from 'home-assistant-js-websocket';
import type { Browser } from 'playwright-core';
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
} as const;
type Which = keyof typeof SENSORS;

/** What Home Assistant recorded: one state change, at its own `last_changed`. */
interface SetState {
  which: Which;
  state: string;
  ts: number;
}

const fToC = (f: number): number => ((f - 32) * 5) / 9;

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
    );
    // Nothing twice: one point per state Home Assistant recorded, and no other.
    assert.equal(got.length, want.length, `points of ${which}: ${JSON.stringify(got)}`);
    for (const w of want) {
      const [, value] = got.find(([ts]) => Math.abs(ts - w.ts) <= 1)!;
      if (w.state === 'unavailable') assert.equal(value, null, `${which} at ${w.ts}`);
      else assert.ok(Math.abs(value! - fToC(Number(w.state))) < 0.01, `${which} ${w.state} °F`);
    }
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
  });

  afterEach(function () {
    rig.printLogsIfFailed(this);
  });

  after(async function () {
    this.timeout(120_000);
    await rig.stop();
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
    // The session's own entities (time to target of the meat) live on the source's device.
    await waitFor('the time-to-target entity of the MEATER', async () =>
      (await entityRegistry(rig.conn)).some(
        (e) => e.unique_id === `brewpit_session_${sessionId}_${series.meat}_eta`,
      )
        ? true
        : undefined,
    );
    // No sensor mirrors a followed entity back into Home Assistant.
    assert.equal(
      (await entityRegistry(rig.conn)).filter((e) => e.unique_id.includes('.')).length,
      0,
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
    const metrics = await (await rig.hub.api('/metrics', { token: null })).text();
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
      const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
      await page.goto(`${rig.ha.url}/brewpit`);
      await page.locator('input[name="username"]').fill(rig.ha.username);
      await page.locator('input[name="password"]').fill(rig.ha.password);
      await page.locator('input[name="password"]').press('Enter');
      await page.locator('brewpit-panel').waitFor({ timeout: 60_000 });
      // HA 2026.11 asks the owner to confirm the harness's http settings; a user clicks Confirm.
      const confirm = page
        .locator('dialog-http-pending-config')
        .getByRole('button', { name: 'Confirm' });
      await confirm
        .waitFor({ state: 'visible', timeout: 8_000 })
        .then(() => confirm.click())
        .catch(() => undefined); // not asked
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
    await setState('smoke', '230.0');
    await expectStored('inkbird');
    await expectStored('smoke');
  });

  it('backfills a hub outage from the recorder: every state of the gap, none twice', async function () {
    this.timeout(180_000);
    await rig.hub.stop();
    // The hub is away for about 20 s (the two minutes, shortened) while the cook goes on.
    for (let i = 0; i < 10; i++) {
      await setState('meat', i === 4 ? 'unavailable' : String(197 + i * 0.7));
      await setState('pit', String(250 - i * 1.3));
      await sleep(2000);
    }
    await rig.hub.start();
    await expectStored('meat', 60_000);
    await expectStored('pit', 60_000);
    // After the backfill the live path goes on as before.
    await setState('pit', '231.9');
    await expectStored('pit');
  });
});
