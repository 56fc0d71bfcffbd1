import { expect } from 'chai';
import { gzipSync } from 'node:zlib';
import { PIT, readings, startTestHub, type TestHub } from '../helpers.js';

describe('POST /api/v1/ingest', () => {
  let t: TestHub;
  let device: { device_id: string; token: string };
  beforeEach(async () => {
    t = await startTestHub();
    device = await t.pairDevice();
  });
  afterEach(() => t.stop());

  const count = () => t.sql().prepare('SELECT count(*) FROM readings').pluck().get() as number;

  it('stores what was sent and acknowledges the highest seq', async () => {
    const batch = { boot_id: 'b1', channels: [PIT], readings: readings(1, 10) };
    const res = await t.call('POST', '/ingest', batch, device.token);
    expect(res.status).to.equal(200);
    expect(res.body.ack_seq).to.equal(10);
    expect(res.body.commands).to.deep.equal([]);
    expect(res.body.config_etag).to.be.a('string');
    const series = (await t.call('GET', '/series')).body;
    expect(series).to.have.length(1);
    expect(series[0]).to.include({ key: 'pit', unit: '°C', device_id: device.device_id });
    const hist = (await t.call('GET', `/series/${series[0].id}/readings?from=0`)).body;
    expect(hist.downsampled).to.equal(false);
    expect(hist.points).to.deep.equal(batch.readings.map((r) => [r.ts, r.value]));
  });

  it('stores a batch sent three times once', async () => {
    const batch = { boot_id: 'b1', channels: [PIT], readings: readings(1, 50) };
    for (let i = 0; i < 3; i++)
      expect((await t.call('POST', '/ingest', batch, device.token)).body.ack_seq).to.equal(50);
    expect(count()).to.equal(50);
  });

  it('accepts gzip bodies', async () => {
    const body = gzipSync(
      JSON.stringify({ boot_id: 'b1', channels: [PIT], readings: readings(1, 5) }),
    );
    const res = await t.call('POST', '/ingest', new Uint8Array(body), device.token, {
      'content-encoding': 'gzip',
    });
    expect(res.status).to.equal(200);
    expect(count()).to.equal(5);
  });

  it('holds the acknowledgement at a gap until it is filled, storing both sides once', async () => {
    await t.call(
      'POST',
      '/ingest',
      { boot_id: 'b', channels: [PIT], readings: readings(1, 5) },
      device.token,
    );
    const ahead = await t.call(
      'POST',
      '/ingest',
      { boot_id: 'b', readings: readings(11, 5) },
      device.token,
    );
    expect(ahead.body.ack_seq).to.equal(5);
    const overlap = await t.call(
      'POST',
      '/ingest',
      { boot_id: 'b', readings: readings(4, 10) },
      device.token,
    );
    expect(overlap.body.ack_seq).to.equal(15);
    expect(count()).to.equal(15);
  });

  it('moves the acknowledgement past seqs the edge reports dropped, and counts them once', async () => {
    await t.call(
      'POST',
      '/ingest',
      { boot_id: 'b', channels: [PIT], readings: readings(1, 5) },
      device.token,
    );
    const batch = { boot_id: 'b', readings: readings(21, 5), dropped: [{ from: 6, to: 20 }] };
    expect((await t.call('POST', '/ingest', batch, device.token)).body.ack_seq).to.equal(25);
    await t.call('POST', '/ingest', batch, device.token);
    expect(t.hub.ctx.store.devices.get(device.device_id)!.dropped_total).to.equal(15);
  });

  it('rejects a malformed batch with 400 problem+json naming the field, storing nothing', async () => {
    const bad = {
      boot_id: 'b',
      channels: [PIT],
      readings: [...readings(1, 3), { seq: 4, channel: 'pit', ts: 'soon', value: 1 }],
    };
    const res = await t.call('POST', '/ingest', bad, device.token);
    expect(res.status).to.equal(400);
    expect(res.headers.get('content-type')).to.match(/^application\/problem\+json/);
    expect(res.body.errors).to.deep.include({ path: '/readings/3/ts', message: 'must be integer' });
    expect(count()).to.equal(0);
    expect((await t.call('GET', '/series')).body).to.deep.equal([]);
  });

  it('rejects readings of an unannounced channel with 422 and stores nothing of the batch', async () => {
    const batch = {
      boot_id: 'b',
      channels: [PIT],
      readings: [...readings(1, 3), ...readings(4, 1, 'meat1')],
    };
    const res = await t.call('POST', '/ingest', batch, device.token);
    expect(res.status).to.equal(422);
    expect(res.body.errors[0].path).to.equal('/readings/3/channel');
    expect(count()).to.equal(0);
    expect((await t.call('GET', '/series')).body).to.deep.equal([]);
  });

  it('stores concurrent batches of several devices together, a refused one alone undone', async () => {
    const others = [device, await t.pairDevice('b'), await t.pairDevice('c')];
    const bad = await t.pairDevice('bad');
    const posts = [
      ...others.map((d) =>
        t.call(
          'POST',
          '/ingest',
          { boot_id: 'b', channels: [PIT], readings: readings(1, 400) },
          d.token,
        ),
      ),
      t.call(
        'POST',
        '/ingest',
        {
          boot_id: 'b',
          channels: [PIT],
          readings: [...readings(1, 5), ...readings(6, 1, 'meat1')],
        },
        bad.token,
      ),
    ];
    const answers = await Promise.all(posts);
    expect(answers.map((a) => a.status)).to.deep.equal([200, 200, 200, 422]);
    expect(answers.slice(0, 3).map((a) => a.body.ack_seq)).to.deep.equal([400, 400, 400]);
    expect(count()).to.equal(1200);
    const ack = t.sql().prepare('SELECT ack_seq FROM devices WHERE id = ?').pluck();
    expect(ack.get(bad.device_id)).to.equal(0);
  });

  it('answers 413 to a batch over the reading limit', async () => {
    const res = await t.call(
      'POST',
      '/ingest',
      { boot_id: 'b', channels: [PIT], readings: readings(1, 5001) },
      device.token,
    );
    expect(res.status).to.equal(413);
    expect(count()).to.equal(0);
  });

  it('answers 413 to a body over the size limit, gzip bomb included', async () => {
    const bomb = gzipSync(Buffer.from(`{"boot_id":"${'x'.repeat(64 * 1024 * 1024)}"}`));
    const res = await t.call('POST', '/ingest', new Uint8Array(bomb), device.token, {
      'content-encoding': 'gzip',
    });
    expect(res.status).to.equal(413);
  });

  it('answers 400 to invalid JSON', async () => {
    const res = await t.call('POST', '/ingest', '{"boot_id": ', device.token);
    expect(res.status).to.equal(400);
    expect(res.body.title).to.equal('Malformed JSON');
  });

  it('refuses a missing (401) or unknown (401) device token, and the admin token (401)', async () => {
    const batch = { boot_id: 'b', channels: [PIT], readings: readings(1, 1) };
    expect((await t.call('POST', '/ingest', batch, null)).status).to.equal(401);
    expect(
      (await t.call('POST', '/ingest', batch, `bpd_${device.device_id}_${'A'.repeat(32)}`)).status,
    ).to.equal(401);
    expect((await t.call('POST', '/ingest', batch)).status).to.equal(401);
    expect(count()).to.equal(0);
  });

  it('stops accepting a device token once the device is deleted', async () => {
    const batch = { boot_id: 'b', channels: [PIT], readings: readings(1, 1) };
    expect((await t.call('POST', '/ingest', batch, device.token)).status).to.equal(200);
    expect((await t.call('DELETE', `/devices/${device.device_id}`)).status).to.equal(204);
    expect((await t.call('POST', '/ingest', batch, device.token)).status).to.equal(401);
  });
});
