// End to end with real processes: Home Assistant (the harness), the hub (with its HA bridge) and
// an edge node controlling a simulated fermentation chamber through emulated relays. Proves the
// climate entity's round trip: a target or mode set in Home Assistant reaches the edge node
// through the hub's command queue within 2 s, and the entity shows what the node applied.
// Prints the measured latencies.
import assert from 'node:assert/strict';
import type { ChamberState } from '@brewpit/protocol';
import { entityRegistry, haState, onStateChanged, type HaState } from '../support/ha.js';
import { HaRig } from '../support/rig.js';
import { sleep, waitFor } from '../support/wait.js';

const CLIMATE = 'climate.chamber_pi_fermenter_1';
/** The issue's budget: Home Assistant → edge node, and back into Home Assistant's state. */
const BUDGET_MS = 2000;

describe('Climate entity per chamber (real HA, hub and edge node)', function () {
  // examples/chamber.yaml: a fridge with a heat belt and a compressor holding a fermenting ale,
  // the thermostat driving emulated relays.
  const rig = new HaRig({
    haPort: 18161,
    haLogFilter: /brewpit|climate|ERROR/,
    edge: {
      name: 'chamber-pi',
      sampleIntervalMs: 2000,
      lines: [
        'sensors:',
        '  - platform: simulated',
        '    model: chamber',
        '    ambient: 22',
        '    start_temp: 20',
        '    heater: {line: 17}',
        '    cooler: {line: 27}',
        '    time_scale: 1',
        '    seed: 3',
        'control:',
        '  interval: 2s',
        '  state_dir: ./control',
        '  outputs: {transport: emulated}',
        '  chambers:',
        '    - name: ferm1',
        '      label: Fermenter 1',
        '      input: beer',
        '      gravity: gravity',
        '      heater: {line: 17, active_low: true}',
        '      cooler: {line: 27, active_low: true}',
        '      mode: auto',
        '      target: 19',
      ],
    },
  });
  let deviceId = '';
  let setpointSeries = 0;
  /** State changes of the climate entity, with when this process received them. */
  const changes: { at: number; state: HaState }[] = [];
  const latencies: { what: string; edge: number; ha: number }[] = [];

  const hubApi = (path: string) => rig.hub.json(path);
  const state = (entityId: string): Promise<HaState | undefined> => haState(rig.ha, entityId);
  /** The chamber as the hub last heard it from the edge node (`status.control`). */
  const hubChamber = async (): Promise<ChamberState | undefined> =>
    ((await hubApi(`/devices/${deviceId}`)).status.control as ChamberState[] | undefined)?.[0];
  /** The chamber as the edge node's own status file shows it. */
  const edgeChamber = (): { mode: string; target: number; setpoint: number } | undefined =>
    rig.edge!.status<{
      control?: { chambers: { mode: string; target: number; setpoint: number }[] };
    }>().control?.chambers[0];
  const callClimate = (service: string, data: Record<string, unknown>) =>
    rig.conn.sendMessagePromise({
      type: 'call_service',
      domain: 'climate',
      service,
      service_data: data,
      target: { entity_id: CLIMATE },
    });

  /**
   * Sets the target in Home Assistant and measures: to the edge node applying it (the
   * `ferm1_setpoint` reading the node takes right after applying, stamped at the edge on the
   * hub's clock) and to Home Assistant's climate state showing it.
   */
  const setTarget = async (target: number): Promise<{ edge: number; ha: number }> => {
    // The node asks for commands once a second: call at a random phase of that heartbeat, not
    // always right after the batch that confirmed the previous target.
    await sleep(Math.random() * 1000);
    const t0 = Date.now();
    await callClimate('set_temperature', { temperature: target });
    const applied = await waitFor(
      `a ferm1_setpoint reading of ${target}`,
      async () => {
        const { points } = (await hubApi(
          `/series/${setpointSeries}/readings?from=${t0 - 1000}&to=${Date.now() + 5000}&max_points=10000`,
        )) as { points: [number, number | null][] };
        return points.find(([ts, v]) => v === target && ts >= t0 - 50)?.[0];
      },
      { timeoutMs: 10_000, intervalMs: 50 },
    );
    const shown = await waitFor(
      `${CLIMATE} showing ${target}`,
      () =>
        changes.find(
          (c) =>
            c.at >= t0 &&
            c.state.attributes.temperature === target &&
            c.state.state !== 'unavailable',
        )?.at,
      { timeoutMs: 10_000, intervalMs: 20 },
    );
    return { edge: applied - t0, ha: shown - t0 };
  };

  before(async function () {
    this.timeout(30 * 60_000);
    await rig.start();
    deviceId = rig.deviceId;
    await onStateChanged(rig.conn, (entityId, newState) => {
      if (entityId === CLIMATE) changes.push({ at: Date.now(), state: newState });
    });
    rig.edge!.start();
  });

  afterEach(function () {
    rig.printLogsIfFailed(this);
  });

  after(async function () {
    this.timeout(120_000);
    if (latencies.length)
      console.log(
        `      latency summary (ms, service call →): ${latencies
          .map((l) => `${l.what}: edge ${l.edge}, HA ${l.ha}`)
          .join('; ')}`,
      );
    await rig.stop();
  });

  it('announces one climate entity per chamber with the state the edge node reports', async function () {
    this.timeout(90_000);
    const entry = await waitFor('the climate entity in the registry', async () =>
      (await entityRegistry(rig.conn)).find(
        (e) => e.platform === 'brewpit' && e.unique_id === `brewpit_${deviceId}_ferm1_climate`,
      ),
    );
    assert.equal(entry.entity_id, CLIMATE);
    // Available once the thermostat has a valid beer reading (until then: the safe state).
    const s = await waitFor(
      'an available climate state with a current temperature',
      async () => {
        const st = await state(CLIMATE);
        return st &&
          st.state !== 'unavailable' &&
          typeof st.attributes.current_temperature === 'number'
          ? st
          : undefined;
      },
      { timeoutMs: 60_000 },
    );
    assert.equal(s.state, 'heat_cool');
    assert.deepEqual(s.attributes.hvac_modes, ['off', 'heat', 'cool', 'heat_cool']);
    assert.equal(s.attributes.temperature, 19);
    assert.equal(s.attributes.min_temp, -5);
    assert.equal(s.attributes.max_temp, 40);
    assert.ok(['idle', 'heating', 'cooling'].includes(String(s.attributes.hvac_action)));
    assert.equal(s.attributes.fault, null);
    // The current temperature is a beer reading the hub stored.
    const series = (await hubApi('/series')) as { id: number; device_id: string; key: string }[];
    setpointSeries = series.find((x) => x.device_id === deviceId && x.key === 'ferm1_setpoint')!.id;
    assert.ok(setpointSeries > 0);
  });

  it('applies a target set with climate.set_temperature on the edge node within 2 s, and shows it', async function () {
    this.timeout(120_000);
    for (const target of [17.5, 18.2, 16.9, 18.8, 16.2, 18.4, 17.1, 17.4]) {
      const l = await setTarget(target);
      latencies.push({ what: `target ${target}`, ...l });
      console.log(
        `      set_temperature ${target} °C: edge applied after ${l.edge} ms, HA state after ${l.ha} ms`,
      );
      assert.ok(l.edge < BUDGET_MS, `edge applied ${target} after ${l.edge} ms`);
      assert.ok(l.ha < BUDGET_MS, `HA showed ${target} after ${l.ha} ms`);
      // What the node applied, as the hub heard it and as the node itself reports it.
      assert.deepEqual(
        { target: (await hubChamber())?.target, setpoint: (await hubChamber())?.setpoint },
        { target, setpoint: target },
      );
    }
    await waitFor('the edge status file with target 17.4', () => edgeChamber()?.setpoint === 17.4);
    const st = await state(CLIMATE);
    assert.equal(st?.attributes.temperature, 17.4);
    assert.equal(st?.attributes.manual_target, 17.4);
    const edgeMs = latencies.map((l) => l.edge).sort((a, b) => a - b);
    const haMs = latencies.map((l) => l.ha).sort((a, b) => a - b);
    const median = (xs: number[]) => xs[Math.floor(xs.length / 2)];
    console.log(
      `      HA → edge applied: n=${edgeMs.length} median ${median(edgeMs)} ms, max ${edgeMs.at(-1)} ms; HA → HA state: median ${median(haMs)} ms, max ${haMs.at(-1)} ms`,
    );
  });

  it('turns the chamber off with set_hvac_mode off, and back on in its last mode', async function () {
    this.timeout(60_000);
    const t0 = Date.now();
    await callClimate('set_hvac_mode', { hvac_mode: 'off' });
    const reported = await waitFor(
      'the hub hearing mode off from the node',
      async () => ((await hubChamber())?.mode === 'off' ? Date.now() : undefined),
      { timeoutMs: 10_000, intervalMs: 25 },
    );
    const shown = await waitFor(
      `${CLIMATE} off`,
      () => changes.find((c) => c.at >= t0 && c.state.state === 'off')?.at,
      { timeoutMs: 10_000, intervalMs: 20 },
    );
    latencies.push({ what: 'mode off', edge: reported - t0, ha: shown - t0 });
    console.log(
      `      set_hvac_mode off: node reported it after ${reported - t0} ms, HA state after ${shown - t0} ms`,
    );
    assert.ok(reported - t0 < BUDGET_MS, `mode off reported after ${reported - t0} ms`);
    assert.ok(shown - t0 < BUDGET_MS, `HA showed off after ${shown - t0} ms`);
    await waitFor('the edge status file with mode off', () => edgeChamber()?.mode === 'off');
    assert.equal((await state(CLIMATE))?.attributes.hvac_action, 'off');
    // Off keeps the target; the relays go off (the heating and cooling channels read 0 %).
    assert.equal((await hubChamber())?.target, 17.4);

    await callClimate('turn_on', {});
    await waitFor('the node back in auto', async () => (await hubChamber())?.mode === 'auto');
    await waitFor(
      `${CLIMATE} heat_cool`,
      async () => (await state(CLIMATE))?.state === 'heat_cool',
    );
  });

  it('shows only what the node applied: a target queued while the node is down appears once it runs', async function () {
    this.timeout(120_000);
    await rig.edge!.stop();
    // The node counts as online for a minute: the entity stays available and takes the call.
    await callClimate('set_temperature', { temperature: 15.5 });
    await sleep(3000);
    const meanwhile = await state(CLIMATE);
    assert.equal(meanwhile?.attributes.temperature, 17.4, 'HA must not show a target not applied');
    const queued = (await hubApi(`/devices/${deviceId}/commands?status=queued`)) as {
      type: string;
      params: Record<string, unknown>;
    }[];
    assert.deepEqual(
      queued.filter((c) => c.type === 'set_target').map((c) => c.params),
      [{ chamber: 'ferm1', target: 15.5 }],
    );
    rig.edge!.start();
    await waitFor(
      `${CLIMATE} showing 15.5 after the node restarted`,
      async () => {
        const st = await state(CLIMATE);
        return st?.state === 'heat_cool' && st.attributes.temperature === 15.5;
      },
      { timeoutMs: 60_000 },
    );
    assert.equal((await hubChamber())?.setpoint, 15.5);
  });
});
