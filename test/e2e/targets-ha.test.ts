// End to end with real processes: Home Assistant, the hub and a simulated smoker edge node.
// During a cook, a meat target set through each entry point (the hub's HTTP API, Home
// Assistant's number entity, the brewpit.set_target service) shows everywhere at once: the hub's
// session, its time-to-target estimate (in the hub and in Home Assistant's entity), the edge
// node's own config, the number entity; and the "target reached" alert fires at the new target.
import assert from 'node:assert/strict';
import { type HassEvent } from 'home-assistant-js-websocket';
import { entityRegistry, haState } from '../support/ha.js';
import { HaRig } from '../support/rig.js';
import { waitFor } from '../support/wait.js';

interface Channel {
  series_id: number;
  role: string;
  target?: number | null;
  label?: string;
}

describe('A target from every entry point (real HA, hub and edge node)', function () {
  // Own port: a harness start kills whatever the harness started on the same port.
  const rig = new HaRig({
    haPort: 18171,
    edge: { name: 'smoker-pi', lines: ['sensors:', '  - {platform: simulated, model: smoker}'] },
  });
  let deviceId = '';
  let sessionId = '';
  let meatSeries = 0;
  const reached: HassEvent[] = [];
  const hubApi = (path: string, init?: RequestInit) => rig.hub.json(path, init);

  const entityId = async (uniqueId: string): Promise<string> =>
    (
      await waitFor(`entity ${uniqueId}`, async () =>
        (await entityRegistry(rig.conn)).find((e) => e.unique_id === uniqueId),
      )
    ).entity_id;
  const meatNow = async (): Promise<number> => {
    const series = (await hubApi('/series')) as { id: number; last_value: number | null }[];
    return series.find((s) => s.id === meatSeries)!.last_value!;
  };

  before(async function () {
    this.timeout(30 * 60_000);
    await rig.start();
    deviceId = rig.deviceId;
    await rig.conn.subscribeEvents(
      (e: HassEvent) => void reached.push(e),
      'brewpit_target_reached',
    );
    rig.edge!.start();
    const series = await waitFor('the pit and brisket series', async () => {
      const all = (await hubApi('/series')) as { id: number; key: string; last_value: unknown }[];
      const mine = ['pit', 'brisket'].map((k) => all.find((s) => s.key === k));
      return mine.every((s) => s && s.last_value !== null) ? mine : undefined;
    });
    meatSeries = series[1]!.id;
    const session = await hubApi('/sessions', {
      method: 'POST',
      body: JSON.stringify({
        kind: 'cook',
        name: 'E2E brisket',
        channels: [
          { series_id: series[0]!.id, role: 'pit' },
          { series_id: meatSeries, role: 'meat', label: 'Brisket' },
        ],
      }),
    });
    sessionId = session.id;
  });

  afterEach(function () {
    rig.printLogsIfFailed(this);
  });

  after(async function () {
    this.timeout(120_000);
    await rig.stop();
  });

  /** Waits until the hub, its estimate, Home Assistant's entities and the edge node show `target`. */
  async function expectEverywhere(target: number): Promise<void> {
    await waitFor(`session target ${target}`, async () => {
      const s = (await hubApi(`/sessions/${sessionId}`)) as { channels: Channel[] };
      return s.channels.find((c) => c.series_id === meatSeries)?.target === target || undefined;
    });
    const est = await hubApi(`/sessions/${sessionId}/estimates`);
    assert.equal(est.channels[0].target, target, 'the time-to-target estimate');
    assert.equal((await hubApi(`/devices/${deviceId}`)).config.targets.brisket, target);
    // The smoker's own time-to-target entity: the same from one cook to the next.
    const eta = await entityId(`brewpit_${deviceId}_brisket_time_to_target`);
    await waitFor(`Home Assistant's time to target for ${target}`, async () =>
      (await haState(rig.ha, eta))?.attributes.target === target ? true : undefined,
    );
    const number = await entityId(`brewpit_${deviceId}_brisket_target`);
    await waitFor(`the number entity at ${target}`, async () =>
      Number((await haState(rig.ha, number))?.state) === target ? true : undefined,
    );
    await waitFor(`the edge node's target ${target}`, () => {
      const st = rig.edge!.status<{ targets?: Record<string, number> }>();
      return st.targets?.brisket === target;
    });
  }

  /**
   * Sets a target well above the meat (the alert re-arms), then one just below it: the meat has
   * reached it, and `brewpit_target_reached` fires with that target.
   */
  async function roundTrip(set: (value: number) => Promise<void>): Promise<void> {
    const meat = await meatNow();
    const high = Math.round(meat) + 30;
    await set(high);
    await expectEverywhere(high);
    const low = Math.max(0.5, Math.floor(meat) - 1);
    await set(low);
    await expectEverywhere(low);
    const event = await waitFor(`brewpit_target_reached at ${low}`, () =>
      reached.find((e) => e.data.session_id === sessionId && e.data.target === low),
    );
    assert.ok(Number(event.data.value) >= low);
  }

  it('through the hub API (PATCH /sessions/{id}, what the panel calls)', async function () {
    this.timeout(120_000);
    await roundTrip(async (value) => {
      const s = (await hubApi(`/sessions/${sessionId}`)) as { channels: Channel[] };
      const channels = s.channels.map(({ series_id, role, label, target }) => ({
        series_id,
        role,
        ...(label ? { label } : {}),
        target: series_id === meatSeries ? value : (target ?? null),
      }));
      await hubApi(`/sessions/${sessionId}`, {
        method: 'PATCH',
        body: JSON.stringify({ channels }),
      });
    });
  });

  it("through Home Assistant's number entity", async function () {
    this.timeout(120_000);
    const number = await entityId(`brewpit_${deviceId}_brisket_target`);
    await roundTrip(async (value) => {
      await rig.conn.sendMessagePromise({
        type: 'call_service',
        domain: 'number',
        service: 'set_value',
        service_data: { value },
        target: { entity_id: number },
      });
    });
  });

  it('through the brewpit.set_target service', async function () {
    this.timeout(120_000);
    const sensor = await entityId(`brewpit_${deviceId}_brisket`);
    await roundTrip(async (value) => {
      await rig.conn.sendMessagePromise({
        type: 'call_service',
        domain: 'brewpit',
        service: 'set_target',
        service_data: { entity_id: sensor, value },
      });
    });
  });

  it('tells a US customary Home Assistant of a reached target in °F (the API stays in °C)', async function () {
    this.timeout(120_000);
    await rig.conn.sendMessagePromise({ type: 'config/core/update', unit_system: 'us_customary' });
    const toF = (c: number) => Math.round((c * 1.8 + 32) * 100) / 100;
    const setTarget = async (value: number) => {
      const s = (await hubApi(`/sessions/${sessionId}`)) as { channels: Channel[] };
      const channels = s.channels.map(({ series_id, role, label, target }) => ({
        series_id,
        role,
        ...(label ? { label } : {}),
        target: series_id === meatSeries ? value : (target ?? null),
      }));
      await hubApi(`/sessions/${sessionId}`, {
        method: 'PATCH',
        body: JSON.stringify({ channels }),
      });
    };
    const meat = await meatNow();
    await setTarget(Math.round(meat) + 30); // re-arms the alert
    const low = Math.max(0.5, Math.floor(meat) - 2);
    await setTarget(low);
    const event = await waitFor(`brewpit_target_reached in °F for ${low} °C`, () =>
      reached.find((e) => e.data.session_id === sessionId && e.data.unit === '°F'),
    );
    assert.equal(event.data.target, toF(low));
    assert.ok(Number(event.data.value) >= toF(low));
    assert.match(String(event.data.message), new RegExp(`target ${toF(low).toFixed(1)} °F`));
    const stored = (await hubApi(`/alerts?limit=5`)) as { kind: string; message: string }[];
    assert.match(stored.find((a) => a.kind === 'target_reached')!.message, /°C/);
  });
});
