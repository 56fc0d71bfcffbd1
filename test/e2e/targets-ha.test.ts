// End to end with real processes: Home Assistant, the hub and a simulated smoker edge node.
// During a cook, a meat target set through each entry point (the hub's HTTP API, Home
// Assistant's number entity, the brewpit.set_target service) shows everywhere at once: the hub's
// session, its time-to-target estimate (in the hub and in Home Assistant's entity), the edge
// node's own config, the number entity; and the "target reached" alert fires at the new target.
import assert from 'node:assert/strict';
import { type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Connection, type HassEvent } from 'home-assistant-js-websocket';
import { provision, startHomeAssistant, type HomeAssistant } from '../../scripts/ha/harness.js';
import {
  configureBrewpit,
  connectHa,
  entityRegistry,
  haLogTail,
  haState,
  requireHomeAssistant,
} from '../support/ha.js';
import {
  EDGE,
  freePort,
  HUB,
  hubApi as hubClient,
  pairEdge,
  spawnHub,
  startEdge,
  stopProcess,
  waitFor,
  waitForHubHealth,
} from '../support/processes.js';

// Own port: a harness start kills whatever the harness started on the same port.
const HA_PORT = 18171;
const ADMIN = 'e2e-admin-token-targets-0123456789';

interface Channel {
  series_id: number;
  role: string;
  target?: number | null;
  label?: string;
}

describe('A target from every entry point (real HA, hub and edge node)', function () {
  let ha: HomeAssistant | undefined;
  let conn: Connection | undefined;
  let hub: ChildProcess | undefined;
  let edge: ChildProcess | undefined;
  let dir = '';
  let hubPort = 0;
  let hubLog = '';
  let edgeLog = '';
  let deviceId = '';
  let sessionId = '';
  let meatSeries = 0;
  const reached: HassEvent[] = [];
  const hubApi = hubClient(() => hubPort, ADMIN);

  const entityId = async (uniqueId: string): Promise<string> =>
    (
      await waitFor(`entity ${uniqueId}`, async () =>
        (await entityRegistry(conn!)).find((e) => e.unique_id === uniqueId),
      )
    ).entity_id;
  const meatNow = async (): Promise<number> => {
    const series = (await hubApi('/series')) as { id: number; last_value: number | null }[];
    return series.find((s) => s.id === meatSeries)!.last_value!;
  };

  before(async function () {
    this.timeout(30 * 60_000);
    const missing = [HUB, EDGE].filter((f) => !existsSync(f));
    await requireHomeAssistant(
      this,
      'the target end-to-end test',
      missing.length ? `not built: ${missing.join(', ')} (run npx tsc -b)` : undefined,
    );
    await provision();
    ha = await startHomeAssistant({ port: HA_PORT, fresh: true });
    conn = await connectHa(ha);
    await conn.subscribeEvents((e: HassEvent) => void reached.push(e), 'brewpit_target_reached');
    dir = mkdtempSync(join(tmpdir(), 'brewpit-e2e-targets-'));
    hubPort = await freePort();
    hub = spawnHub({ port: hubPort, dir, adminToken: ADMIN, ha, onLog: (d) => (hubLog += d) });
    await waitForHubHealth(hubPort);
    await configureBrewpit(ha, { url: `http://127.0.0.1:${hubPort}`, token: ADMIN });
    const paired = await pairEdge({
      api: hubApi,
      hubPort,
      dir,
      lines: [
        'device: {name: smoker-pi}',
        'sample_interval: 1s',
        'outbox: {path: ./outbox.db}',
        'status_file: ./edge-status.json',
        'sensors:',
        '  - {platform: simulated, model: smoker}',
        '',
      ],
    });
    deviceId = paired.deviceId;
    edge = startEdge(dir, paired.config, (d) => (edgeLog += d));
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
    if (this.currentTest?.state === 'failed') {
      console.error(
        `--- hub log (tail) ---\n${hubLog.slice(-4000)}\n--- edge log (tail) ---\n${edgeLog.slice(-2000)}`,
      );
      console.error(`--- Home Assistant log (tail) ---\n${haLogTail(ha, /brewpit|ERROR/)}`);
    }
  });

  after(async function () {
    this.timeout(120_000);
    conn?.close();
    await stopProcess(edge);
    await stopProcess(hub);
    await ha?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
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
    const eta = await entityId(`brewpit_session_${sessionId}_${meatSeries}_eta`);
    await waitFor(`Home Assistant's time to target for ${target}`, async () =>
      (await haState(ha!, eta))?.attributes.target === target ? true : undefined,
    );
    const number = await entityId(`brewpit_${deviceId}_brisket_target`);
    await waitFor(`the number entity at ${target}`, async () =>
      Number((await haState(ha!, number))?.state) === target ? true : undefined,
    );
    await waitFor(`the edge node's target ${target}`, () => {
      const st = JSON.parse(readFileSync(join(dir, 'edge-status.json'), 'utf8')) as {
        targets?: Record<string, number>;
      };
      return st.targets?.brisket === target ? true : undefined;
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
      await conn!.sendMessagePromise({
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
      await conn!.sendMessagePromise({
        type: 'call_service',
        domain: 'brewpit',
        service: 'set_target',
        service_data: { entity_id: sensor, value },
      });
    });
  });
});
