/**
 * Home Assistant faults: the real Home Assistant (the harness), the hub with its bridge and a
 * node whose four channels swing across an alert threshold every few seconds, so `brewpit_alert`
 * events keep coming. Mid-burst, Home Assistant is restarted (the hub's socket dies under it),
 * then the hub is killed with SIGKILL and started again. Afterwards the entities update again,
 * and no alert episode was announced twice: every `brewpit_alert` seen on Home Assistant's bus
 * carries a distinct `alert_id`.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Connection, type HassEvent } from 'home-assistant-js-websocket';
import { startHomeAssistant, type HomeAssistant } from '../../scripts/ha/harness.js';
import {
  configureBrewpit,
  connectHa,
  entityRegistry,
  haLogTail,
  haState,
  requireHomeAssistant,
} from '../support/ha.js';
import { HubProcess, printLogsIfFailed, requireBuilt } from '../support/processes.js';
import { sleep, waitFor } from '../support/wait.js';
import { report, SOAK } from './harness.js';

const HA_PORT = 18141;
const CHANNELS = 4;
const PHASE_S = Number(process.env['BREWPIT_HA_PHASE_S'] ?? (SOAK ? 60 : 15));

describe('reliability: Home Assistant restarts and a killed hub socket', function () {
  this.timeout(15 * 60_000);
  let ha: HomeAssistant | undefined;
  let conn: Connection | undefined;
  let dir = '';
  let hub: HubProcess;
  let sending = false;
  let sender: Promise<void> | undefined;
  const alerts: HassEvent[] = [];

  before(async function () {
    this.timeout(30 * 60_000);
    requireBuilt();
    await requireHomeAssistant();
    ha = await startHomeAssistant({ port: HA_PORT, fresh: true });
    dir = mkdtempSync(join(tmpdir(), 'brewpit-rel-ha-'));
  });

  after(async function () {
    this.timeout(120_000);
    sending = false;
    await sender;
    conn?.close();
    await hub?.kill('SIGTERM');
    await ha?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  afterEach(function () {
    printLogsIfFailed(
      this,
      { 'hub log': hub?.log, 'Home Assistant log': haLogTail(ha, /brewpit|ERROR/) },
      4000,
    );
  });

  it('recovers entities and fires each alert episode once across an HA restart and a hub kill -9', async () => {
    const state = (entityId: string) => haState(ha!, entityId);

    conn = await connectHa(ha!);
    await conn.subscribeEvents((e: HassEvent) => void alerts.push(e), 'brewpit_alert');

    hub = new HubProcess({ dir, ha: ha! });
    await hub.start();
    await configureBrewpit(ha!, { url: hub.url, token: hub.adminToken });

    // A node with four channels; each swings 90 → 110 → 90 °C (2 °C a second), phase-shifted,
    // across a threshold of 100 with 1 °C hysteresis: one episode per channel every 20 s.
    const device = await hub.createDevice('swing-node');
    const channels = Array.from({ length: CHANNELS }, (_, i) => ({
      key: `c${i}`,
      kind: 'temperature',
      unit: '°C',
      name: `Probe ${i}`,
    }));
    let seq = 0;
    let pending: { seq: number; channel: string; ts: number; value: number }[] = [];
    let acked = 0;
    let sendErrors = 0;
    const post = async (body: unknown) => {
      const res = await hub.api('/ingest', {
        method: 'POST',
        token: device.token,
        body: JSON.stringify(body),
      });
      if (res.status !== 200) throw new Error(`HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as { ack_seq: number };
    };
    await post({ boot_id: 'swing', channels, readings: [] });
    const series = (
      await hub.json<{ id: number; device_id: string; key: string }[]>('/series')
    ).filter((s) => s.device_id === device.device_id);
    assert.equal(series.length, CHANNELS);
    for (const s of series) {
      await hub.json('/alerts/rules', {
        method: 'POST',
        body: JSON.stringify({
          kind: 'above',
          name: `swing ${s.key}`,
          series_id: s.id,
          params: { threshold: 100, hysteresis: 1 },
        }),
      });
    }
    // Like an edge node: readings are numbered once and resent until acknowledged.
    sending = true;
    const t0 = Date.now();
    sender = (async () => {
      while (sending) {
        const k = Math.floor((Date.now() - t0) / 1000);
        const ts = t0 + k * 1000;
        for (let i = 0; i < CHANNELS; i++) {
          const x = (k + i * 5) % 20; // triangle wave, period 20 s
          pending.push({ seq: ++seq, channel: `c${i}`, ts, value: 90 + 2 * (x < 10 ? x : 20 - x) });
        }
        try {
          acked = (await post({ boot_id: 'swing', readings: pending })).ack_seq;
          pending = pending.filter((r) => r.seq > acked);
        } catch {
          sendErrors++;
        }
        await sleep(t0 + (k + 1) * 1000 - Date.now());
      }
    })();

    const registryEntity = async (key: string) =>
      (await entityRegistry(conn!)).find(
        (e) => e.unique_id === `brewpit_${device.device_id}_${key}`,
      );
    const entity = (
      await waitFor('the c0 entity', () => registryEntity('c0'), {
        timeoutMs: 60_000,
        intervalMs: 500,
      })
    ).entity_id;
    const freshState = (after: number, what: string) =>
      waitFor(
        what,
        async () => {
          const st = await state(entity);
          return st && Number.isFinite(Number(st.state)) && Date.parse(st.last_updated) > after
            ? st
            : undefined;
        },
        { timeoutMs: 90_000, intervalMs: 250 },
      );
    await freshState(Date.now(), 'c0 updating');
    await waitFor('first brewpit_alert', () => alerts.length > 0, {
      timeoutMs: 60_000,
      intervalMs: 250,
    });

    // Fault 1: Home Assistant restarts while readings and alerts flow.
    await sleep(PHASE_S * 1000);
    const restartStarted = Date.now();
    await ha!.restart();
    const haRestartS = (Date.now() - restartStarted) / 1000;
    await freshState(Date.now(), 'c0 updating after the Home Assistant restart');
    const afterHaRestart = alerts.length;

    // Fault 2: the hub dies mid-burst (its socket to Home Assistant with it) and comes back.
    await sleep(PHASE_S * 1000);
    await hub.kill('SIGKILL');
    await sleep(2_000);
    await hub.start();
    await freshState(Date.now(), 'c0 updating after the hub restart');
    await sleep(PHASE_S * 1000);
    sending = false;
    await sender;
    // Let queued events arrive.
    await sleep(3_000);

    const raised = await hub.json<{ id: number }[]>('/alerts?limit=1000');
    const byEpisode = new Map<unknown, number>();
    for (const e of alerts)
      byEpisode.set(e.data['alert_id'], (byEpisode.get(e.data['alert_id']) ?? 0) + 1);
    const twice = [...byEpisode].filter(([, n]) => n > 1);
    const seen = new Set(byEpisode.keys());
    const missed = raised.filter((a) => !seen.has(a.id)).length;
    report('ha-faults', {
      ha_restart_s: haRestartS,
      hub_kills: 1,
      readings_sent: seq,
      hub_ack: acked,
      send_errors_during_outage: sendErrors,
      episodes_raised: raised.length,
      alert_events: alerts.length,
      events_after_ha_restart: alerts.length - afterHaRestart,
      episodes_fired_twice: twice.length,
      episodes_never_seen: missed,
    });
    assert.ok(alerts.length >= 4, `alerts kept coming (${alerts.length})`);
    assert.deepEqual(twice, [], 'no alert episode announced twice');
    assert.equal(acked, seq, 'every reading acknowledged');
  });
});
