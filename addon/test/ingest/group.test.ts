import { expect } from 'chai';
import sinon from 'sinon';
import { MAX_CHANNELS_PER_DEVICE } from '../../src/ingest/service.js';
import { PIT, readings, sample, startTestHub, type TestHub } from '../helpers.js';

describe('IngestService: group commit', () => {
  let t: TestHub;
  let spies: { alone: sinon.SinonSpy; within: sinon.SinonSpy };
  beforeEach(async () => {
    t = await startTestHub();
    const store = t.hub.ctx.store.readings;
    spies = { alone: sinon.spy(store, 'ingest'), within: sinon.spy(store, 'ingestWithin') };
  });
  afterEach(async () => {
    sinon.restore();
    await t.stop();
  });

  const good = () => ({ boot_id: 'b', channels: [PIT], readings: readings(1, 100) });
  /** Refused by the store (422): its last reading is on a channel never announced. */
  const bad = (n: number) => ({
    boot_id: 'b',
    channels: [PIT],
    readings: [...readings(1, n), ...readings(n + 1, 1, 'meat1')],
  });
  const stored = (deviceId: string) =>
    t
      .sql()
      .prepare(
        'SELECT count(*) FROM readings r JOIN series s ON s.id = r.series_id WHERE s.device_id = ?',
      )
      .pluck()
      .get(deviceId) as number;
  /** Batches queued in one turn of the event loop: the service stores them as one group. */
  const group = (batches: [string, object][]) =>
    Promise.allSettled(batches.map(([id, b]) => t.hub.ctx.services.ingest.ingest(id, b as never)));
  const devices = async (n: number) =>
    Promise.all(Array.from({ length: n }, (_, i) => t.pairDevice(`d${i}`)));
  /** The device ids each spy was called with, in order. */
  const calls = (spy: sinon.SinonSpy) => spy.getCalls().map((c) => c.args[0] as string);

  it('stores a group with no savepoint when every batch is accepted', async () => {
    const ds = await devices(3);
    const out = await group(ds.map((d) => [d.device_id, good()]));
    expect(out.map((o) => o.status)).to.deep.equal(['fulfilled', 'fulfilled', 'fulfilled']);
    for (const d of ds) expect(stored(d.device_id)).to.equal(100);
    expect(calls(spies.within)).to.deep.equal(ds.map((d) => d.device_id));
    expect(spies.alone.callCount).to.equal(0);
  });

  it('stores the others of a group once when one batch is refused, and that one not again', async () => {
    const [a, refused, c] = await devices(3);
    const out = await group([
      [a!.device_id, good()],
      [refused!.device_id, bad(5)],
      [c!.device_id, good()],
    ]);
    expect(out.map((o) => o.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
    const err = (out[1] as PromiseRejectedResult).reason;
    expect(err.status).to.equal(422);
    expect(err.errors[0].path).to.equal('/readings/5/channel');
    expect(stored(a!.device_id)).to.equal(100);
    expect(stored(c!.device_id)).to.equal(100);
    expect(stored(refused!.device_id)).to.equal(0);
    // The first attempt stopped at the refusal and was rolled back; the second stored the
    // others, each in a savepoint, and did not run the refused batch again.
    expect(calls(spies.within)).to.deep.equal([a!.device_id, refused!.device_id]);
    expect(calls(spies.alone)).to.deep.equal([a!.device_id, c!.device_id]);
    const ack = t.sql().prepare('SELECT ack_seq FROM devices WHERE id = ?').pluck();
    expect([a, refused, c].map((d) => ack.get(d!.device_id))).to.deep.equal([100, 0, 100]);
  });

  it('answers each of two refused batches of a group with its own problem', async () => {
    const [a, r1, c, r2] = await devices(4);
    const out = await group([
      [a!.device_id, good()],
      [r1!.device_id, bad(5)],
      [c!.device_id, good()],
      [r2!.device_id, bad(3)],
    ]);
    expect(out.map((o) => o.status)).to.deep.equal([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
    ]);
    const path = (o: PromiseSettledResult<unknown>) =>
      (o as PromiseRejectedResult).reason.errors[0].path;
    expect([path(out[1]!), path(out[3]!)]).to.deep.equal([
      '/readings/5/channel',
      '/readings/3/channel',
    ]);
    expect([a, r1, c, r2].map((d) => stored(d!.device_id))).to.deep.equal([100, 0, 100, 0]);
  });

  it('keeps readings whose time is already stored out, with no savepoint to undo them', async () => {
    const [d] = await devices(1);
    await group([[d!.device_id, { boot_id: 'b', channels: [PIT], readings: readings(1, 200) }]]);
    // Seqs 201-400 dated like seqs 101-300: the first 100 collide with stored readings, so
    // their 100-row inserts fail and are redone row by row inside the group's transaction.
    const late = readings(201, 200, 'pit', 1_763_800_000_000 - 100 * 5000);
    const [out] = await group([[d!.device_id, { boot_id: 'b', readings: late }]]);
    expect(out!.status).to.equal('fulfilled');
    expect((out as PromiseFulfilledResult<{ ack_seq: number }>).value.ack_seq).to.equal(400);
    expect(stored(d!.device_id)).to.equal(300);
    expect(spies.within.lastCall.returnValue.collisions).to.equal(100);
    expect(spies.alone.callCount).to.equal(0);
  });

  it('does not store a lone refused batch a second time', async () => {
    const [d] = await devices(1);
    const out = await group([[d!.device_id, bad(5)]]);
    expect(out[0]!.status).to.equal('rejected');
    expect(calls(spies.within)).to.deep.equal([d!.device_id]);
    expect(spies.alone.callCount).to.equal(0);
    expect(stored(d!.device_id)).to.equal(0);
  });

  it('counts an announcement past the quota once, though its group was stored twice', async () => {
    const [full, refused] = await devices(2);
    const channel = (i: number) => ({
      key: `c${i}`,
      kind: 'temperature',
      unit: '°C',
      name: `C${i}`,
    });
    await group([
      [
        full!.device_id,
        {
          boot_id: 'b',
          channels: Array.from({ length: MAX_CHANNELS_PER_DEVICE }, (_, i) => channel(i)),
          readings: [],
        },
      ],
    ]);
    const out = await group([
      [
        full!.device_id,
        { boot_id: 'b', channels: [channel(MAX_CHANNELS_PER_DEVICE)], readings: [] },
      ],
      [refused!.device_id, bad(5)],
    ]);
    expect(out.map((o) => o.status)).to.deep.equal(['fulfilled', 'rejected']);
    expect(calls(spies.alone)).to.deep.equal([full!.device_id]);
    const text = (await t.call('GET', '/metrics')).body as string;
    expect(sample(text, 'brewpit_quota_refusals_total', 'quota="channels_per_device"')).to.equal(1);
    expect(t.hub.ctx.store.readings.seriesIds(full!.device_id).size).to.equal(
      MAX_CHANNELS_PER_DEVICE,
    );
  });

  it('refuses to store outside a transaction', () => {
    expect(() => t.hub.ctx.store.readings.ingestWithin('any', good())).to.throw(
      'ingestWithin needs a transaction',
    );
  });
});
