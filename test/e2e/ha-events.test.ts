// End to end with a real Home Assistant: alerts raised while Home Assistant is stopped wait in
// the hub's store and arrive, in order and once each, when it is back, even after the hub was
// restarted meanwhile and its clock is past the old 15-minute limit. What Home Assistant fired is
// read from its recorder (events table), so nothing fired before this test subscribed is missed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { startHomeAssistant, type HomeAssistant } from '../../scripts/ha/harness.js';
import { configureBrewpit, haLogTail, requireHomeAssistant } from '../support/ha.js';
import { HubProcess, printLogsIfFailed, requireBuilt } from '../support/processes.js';
import { waitFor } from '../support/wait.js';

const HA_PORT = 18193;
const CHANNELS = ['c0', 'c1', 'c2'];
const CLOCK_OFFSET_MS = 16 * 60_000;

interface FiredEvent {
  kind: string;
  alert_id: number;
  series_id: number;
  time_fired: number;
}

/** The `brewpit_alert` events Home Assistant's recorder holds, in the order they were fired. */
function firedAlerts(ha: HomeAssistant): FiredEvent[] {
  const db = new Database(join(ha.configDir, 'home-assistant_v2.db'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    const rows = db
      .prepare(
        `SELECT e.time_fired_ts AS t, d.shared_data AS data FROM events e
         JOIN event_types et ON et.event_type_id = e.event_type_id
         LEFT JOIN event_data d ON d.data_id = e.data_id
         WHERE et.event_type = 'brewpit_alert' ORDER BY e.event_id`,
      )
      .all() as { t: number; data: string }[];
    return rows
      .map((r) => {
        const data = JSON.parse(r.data) as { alert_id: number; series_id: number; kind: string };
        return { ...data, time_fired: r.t * 1000 };
      })
      .filter((e) => e.kind === 'above'); // not the node-offline alert the clock jump raises
  } finally {
    db.close();
  }
}

describe('Alert events across a Home Assistant outage (real HA and hub)', function () {
  this.timeout(15 * 60_000);
  let ha: HomeAssistant | undefined;
  let dir = '';
  let hub: HubProcess | undefined;

  before(async function () {
    this.timeout(30 * 60_000);
    requireBuilt();
    await requireHomeAssistant();
    ha = await startHomeAssistant({ port: HA_PORT, fresh: true });
    dir = mkdtempSync(join(tmpdir(), 'brewpit-e2e-events-'));
  });

  afterEach(function () {
    printLogsIfFailed(this, {
      'hub log': hub?.log,
      'Home Assistant log': haLogTail(ha, /brewpit|ERROR/),
    });
  });

  after(async function () {
    this.timeout(120_000);
    await hub?.stop();
    await ha?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('delivers three alerts raised while Home Assistant was away, in order, each once', async () => {
    hub = new HubProcess({ dir, ha: ha! });
    await hub.start();
    await configureBrewpit(ha!, { url: hub.url, token: hub.adminToken });
    const device = await hub.createDevice('alarm-node');
    let seq = 0;
    const post = async (values: Record<string, number>, ts: number) => {
      const res = await hub!.api('/ingest', {
        method: 'POST',
        token: device.token,
        body: JSON.stringify({
          boot_id: 'b',
          channels: CHANNELS.map((key) => ({ key, kind: 'temperature', unit: '°C', name: key })),
          readings: Object.entries(values).map(([channel, value]) => ({
            seq: ++seq,
            channel,
            ts,
            value,
          })),
        }),
      });
      assert.equal(res.status, 200, await res.text());
    };
    await post({ c0: 90, c1: 90, c2: 90 }, Date.now());
    const series = (await hub.json<{ id: number; device_id: string; key: string }[]>('/series'))
      .filter((s) => s.device_id === device.device_id)
      .sort((a, b) => a.key.localeCompare(b.key));
    for (const s of series)
      await hub.json('/alerts/rules', {
        method: 'POST',
        body: JSON.stringify({
          kind: 'above',
          name: `hot ${s.key}`,
          series_id: s.id,
          params: { threshold: 100 },
        }),
      });
    await waitFor('the hub linked to Home Assistant', async () =>
      (await hub!.json<{ home_assistant: string }>('/health')).home_assistant === 'connected'
        ? true
        : undefined,
    );

    await ha!.stop();
    // Three alerts, one after the other, while Home Assistant is away.
    for (const [i, key] of CHANNELS.entries()) await post({ [key]: 110 + i }, Date.now());
    const raised = await waitFor('three alerts raised in the hub', async () => {
      const open = await hub!.json<{ id: number; series_id: number }[]>('/alerts?open=true');
      return open.length === 3 ? open : undefined;
    });
    // The hub restarts while Home Assistant is still away, its clock past the old 15-minute limit.
    await hub.stop();
    hub = new HubProcess({
      dir,
      ha: ha!,
      port: hub.port,
      nodeArgs: ['--import', resolve('test/support/clock-offset.mjs')],
      env: { BREWPIT_TEST_CLOCK_OFFSET_MS: String(CLOCK_OFFSET_MS) },
    });
    await hub.start();
    const back = Date.now();
    await ha!.restart();

    const fired = await waitFor(
      'the three brewpit_alert events in the recorder',
      () => {
        const all = firedAlerts(ha!);
        return all.length >= 3 ? all : undefined;
      },
      { timeoutMs: 120_000, intervalMs: 1000 },
    );
    // Nothing more arrives later (a resend would fire again).
    await new Promise((r) => setTimeout(r, 5000));
    const final = firedAlerts(ha!);
    assert.equal(final.length, 3, JSON.stringify(final));
    const ids = [...raised].sort((a, b) => a.id - b.id).map((a) => a.id);
    assert.deepEqual(
      final.map((e) => e.alert_id),
      ids,
      'in the order they were raised, each once',
    );
    assert.deepEqual(
      final.map((e) => e.series_id),
      series.map((s) => s.id),
    );
    // Fired with the time they were raised, not the time Home Assistant came back.
    for (const e of fired)
      assert.ok(e.time_fired < back, `time_fired ${e.time_fired} after Home Assistant came back`);
  });
});
