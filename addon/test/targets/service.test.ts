import { expect } from 'chai';
import type { HubEvents } from '../../src/bus.js';
import { applyCommand } from '../../src/ha/commands.js';
import { startTestHub, type TestHub } from '../helpers.js';

const PIT = { key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit' };
const MEAT = { key: 'meat1', kind: 'temperature', unit: '°C', name: 'Meat 1' };
const T0 = Date.UTC(2025, 10, 22, 8, 0, 0);
const STEP_MS = 30_000;

/**
 * The acceptance test of the target path: during a cook, a meat target set through each entry
 * point (the session and device APIs, Home Assistant's number entity, the `brewpit.set_target`
 * service) shows at once in the session, the time-to-target estimate and the edge node's config
 * and command queue, and the "target reached" alert fires at the new target.
 */
describe('TargetsService: one target from every entry point', () => {
  let t: TestHub;
  let device: { device_id: string; token: string };
  let session: string;
  let meat: number;
  let seq = 0;
  let minute = 0;
  let events: { type: string; payload: unknown }[];

  /** Ingests pit and meat readings, the meat rising 1 °C a reading; returns the ingest answer. */
  const cook = async (meatFrom: number, meatTo: number) => {
    const readings = [];
    for (let v = meatFrom; v <= meatTo; v++) {
      const ts = T0 + minute++ * STEP_MS;
      readings.push({ seq: ++seq, channel: 'pit', ts, value: 120 });
      readings.push({ seq: ++seq, channel: 'meat1', ts, value: v });
    }
    const res = await t.call('POST', '/ingest', { boot_id: 'b', readings }, device.token);
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
    return res.body as { commands: { type: string; params: Record<string, unknown> }[] };
  };
  const ha = (type: string, value: number) =>
    applyCommand(t.hub.ctx, { type, device_id: device.device_id, key: 'meat1', value });

  before(async () => {
    t = await startTestHub();
    device = await t.pairDevice('smoker-pi');
    await t.call(
      'POST',
      '/ingest',
      {
        boot_id: 'b',
        channels: [PIT, MEAT],
        readings: [{ seq: ++seq, channel: 'pit', ts: T0 - 1000, value: 110 }],
      },
      device.token,
    );
    const series = (await t.call('GET', '/series')).body as { id: number; key: string }[];
    meat = series.find((s) => s.key === 'meat1')!.id;
    const pit = series.find((s) => s.key === 'pit')!.id;
    session = (
      await t.call('POST', '/sessions', {
        kind: 'cook',
        name: 'Brisket',
        started_at: T0,
        channels: [
          { series_id: pit, role: 'pit' },
          { series_id: meat, role: 'meat', label: 'Brisket' },
        ],
      })
    ).body.id;
    events = [];
    const bus = t.hub.ctx.bus;
    for (const type of ['deviceChanged', 'sessionChanged', 'estimatesUpdated'] as const)
      bus.on(type, (payload: HubEvents[typeof type]) => void events.push({ type, payload }));
    await cook(40, 50);
  });
  after(() => t.stop());

  /** Everything that must show `target` right after it was set, before any new reading. */
  async function expectTarget(target: number) {
    const s = (await t.call('GET', `/sessions/${session}`)).body;
    expect(s.channels.find((c: any) => c.series_id === meat).target, 'session').to.equal(target);
    const est = (await t.call('GET', `/sessions/${session}/estimates`)).body;
    expect(est.channels[0], 'estimate').to.include({ series_id: meat, target });
    const pushed = events.filter((e) => e.type === 'estimatesUpdated');
    expect(
      (pushed.at(-1)?.payload as HubEvents['estimatesUpdated']).estimates.channels[0]!.target,
      'estimates pushed to Home Assistant at once',
    ).to.equal(target);
    expect(
      events.some((e) => e.type === 'deviceChanged'),
      'device entities refreshed',
    ).to.equal(true);
    const config = await t.call(
      'GET',
      `/devices/${device.device_id}/config`,
      undefined,
      device.token,
    );
    expect(config.body.targets.meat1, 'the config the edge fetches').to.equal(target);
    events = [];
  }

  /** Cooks past `target` and expects one "target reached" alert, at that target. */
  async function expectReached(from: number, target: number) {
    const answer = await cook(from, target + 3);
    const sent = answer.commands.filter((c) => c.type === 'set_target');
    expect(
      sent.map((c) => c.params),
      'the edge command',
    ).to.deep.equal([{ channel: 'meat1', value: target }]);
    const open = (await t.call('GET', `/alerts?session_id=${session}&open=true`)).body as any[];
    const reached = open.filter((a) => a.kind === 'target_reached');
    expect(reached, JSON.stringify(open)).to.have.length(1);
    expect(reached[0].data.target).to.equal(target);
    expect(reached[0].value).to.be.at.least(target);
    const est = (await t.call('GET', `/sessions/${session}/estimates`)).body;
    expect(est.channels[0]).to.include({ target, status: 'reached' });
  }

  it('through PATCH /sessions/{id} (the API and the panel)', async () => {
    const s = (await t.call('GET', `/sessions/${session}`)).body;
    const channels = s.channels.map((c: any) => (c.series_id === meat ? { ...c, target: 60 } : c));
    expect((await t.call('PATCH', `/sessions/${session}`, { channels })).status).to.equal(200);
    await expectTarget(60);
    await expectReached(51, 60);
  });

  it('through PATCH /devices/{id}', async () => {
    const res = await t.call('PATCH', `/devices/${device.device_id}`, {
      config: { targets: { meat1: 70 } },
    });
    expect(res.status).to.equal(200);
    await expectTarget(70);
    await expectReached(64, 70);
  });

  it("through Home Assistant's number entity (set_value)", async () => {
    expect(ha('set_value', 80)).to.contain("target of 'meat1'");
    await expectTarget(80);
    await expectReached(74, 80);
  });

  it('through the brewpit.set_target service (set_target)', async () => {
    expect(ha('set_target', 90)).to.contain('set to 90');
    await expectTarget(90);
    await expectReached(84, 90);
  });

  it('records who set it, and clears the old episode when the target moves up', async () => {
    const audit = (await t.call('GET', '/audit?action=device.set_target')).body as any[];
    expect(audit.map((a) => [a.actor, a.detail.value])).to.deep.equal([
      ['home_assistant', 90],
      ['home_assistant', 80],
    ]);
    const all = (await t.call('GET', `/alerts?session_id=${session}`)).body as any[];
    const reached = all.filter((a) => a.kind === 'target_reached');
    expect(reached.map((a) => a.data.target)).to.deep.equal([90, 80, 70, 60]);
    expect(reached.slice(1).every((a) => a.cleared_at !== null)).to.equal(true);
  });

  it('refuses a target for an unknown device and changes nothing', () => {
    const before = JSON.stringify(t.hub.ctx.store.devices.list());
    expect(() =>
      t.hub.ctx.services.targets.set(
        { deviceId: '00000000-0000-4000-8000-000000000000', channel: 'meat1', value: 1 },
        'admin',
      ),
    ).to.throw(/No device/);
    expect(JSON.stringify(t.hub.ctx.store.devices.list())).to.equal(before);
  });
});
