import { expect } from 'chai';
import { startTestHub, type TestHub } from '../helpers.js';

const T0 = Date.UTC(2026, 11, 1, 12, 0, 0);

/** The node's Start session / End session buttons, through the sessions service (one write path). */
describe('SessionsService: a node’s start and end session buttons', () => {
  let t: TestHub;
  let smoker: string;
  let other: string;

  const ingest = async (
    token: string,
    channels: { key: string; name: string }[],
    values: Record<string, number | null>,
  ) => {
    const res = await t.call(
      'POST',
      '/ingest',
      {
        boot_id: 'b',
        channels: channels.map((c) => ({ ...c, kind: 'temperature', unit: '°C' })),
        readings: Object.entries(values).map(([channel, value], i) => ({
          seq: i + 1,
          channel,
          ts: T0 + i,
          value,
          ...(value === null ? { status: 'unavailable' } : {}),
        })),
      },
      token,
    );
    expect(res.status, JSON.stringify(res.body)).to.equal(200);
  };

  beforeEach(async () => {
    t = await startTestHub();
    const a = await t.pairDevice('smoker-pi');
    const b = await t.pairDevice('kettle-pi');
    smoker = a.device_id;
    other = b.device_id;
    await ingest(
      a.token,
      [
        { key: 'pit', name: 'Pit' },
        { key: 'meat1', name: 'Brisket' },
        { key: 'meat2', name: 'Meat 2' },
        { key: 'cpu', name: 'CPU' },
      ],
      { pit: 110, meat1: 60, meat2: null, cpu: 50 },
    );
    await ingest(b.token, [{ key: 'pit', name: 'Pit' }], { pit: 90 });
  });
  afterEach(() => t.stop());

  const services = () => t.hub.ctx.services;
  const keysOf = (channels: { series_id: number }[]) =>
    channels.map((c) => t.hub.ctx.store.series.get(c.series_id)!.key);

  it('starts a cook with the plugged probes in the roles the form proposes, never overlapping', () => {
    const s = services().sessions.startForDevice(smoker, 'home_assistant');
    expect(s.kind).to.equal('cook');
    expect(keysOf(s.channels)).to.deep.equal(['pit', 'meat1', 'cpu']);
    expect(s.channels.map((c) => c.role)).to.deep.equal(['pit', 'meat', 'other']);
    expect(() => services().sessions.startForDevice(smoker, 'home_assistant')).to.throw(
      /already runs/,
    );
    expect(t.hub.ctx.store.sessions.active()).to.have.length(1);
  });

  it('starts a session of the node’s usual kind', () => {
    const pit = t.hub.ctx.store.series.ofDevice(smoker).find((s) => s.key === 'pit')!;
    const brew = services().sessions.start(
      { kind: 'brew', name: 'Lager', channels: [{ series_id: pit.id, role: 'chamber' }] },
      'admin',
    );
    services().sessions.end(brew.id, Date.now(), 'admin');
    expect(services().sessions.startForDevice(smoker, 'home_assistant').kind).to.equal('brew');
  });

  it('ends only that node’s current session', () => {
    const mine = services().sessions.startForDevice(smoker, 'home_assistant');
    const theirs = services().sessions.startForDevice(other, 'home_assistant');
    const ended = services().sessions.endForDevice(smoker, 'home_assistant');
    expect(ended.map((s) => s.id)).to.deep.equal([mine.id]);
    expect(t.hub.ctx.store.sessions.active().map((s) => s.id)).to.deep.equal([theirs.id]);
    expect(() => services().sessions.endForDevice(smoker, 'home_assistant')).to.throw(
      /Nothing to end|no active/,
    );
  });
});
