import { expect } from 'chai';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { Packr } from 'msgpackr/pack';
import { directEncoding, MSGPACK_TYPES } from '../../src/ingest/body.js';
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
    // Written directly (not with res.json): the same JSON with its type and length, and no
    // ETag of its own, which no client of a POST could use.
    expect(res.headers.get('content-type')).to.equal('application/json; charset=utf-8');
    expect(res.headers.get('content-length')).to.equal(
      String(Buffer.byteLength(JSON.stringify(res.body))),
    );
    expect(res.headers.get('etag')).to.equal(null);
    const series = (await t.call('GET', '/series')).body;
    expect(series).to.have.length(1);
    expect(series[0]).to.include({ key: 'pit', unit: '°C', device_id: device.device_id });
    const hist = (await t.call('GET', `/series/${series[0].id}/readings?from=0`)).body;
    expect(hist.downsampled).to.equal(false);
    expect(hist.points).to.deep.equal(batch.readings.map((r) => [r.ts, r.value]));
  });

  it('answers the etag of the config the device would fetch, and the new one once it changes', async () => {
    const batch = (from: number) => ({
      boot_id: 'b1',
      channels: [PIT],
      readings: readings(from, 1),
    });
    const fetched = async () =>
      (
        await t.call('GET', `/devices/${device.device_id}/config`, undefined, device.token)
      ).headers.get('etag');
    const before = await fetched();
    expect((await t.call('POST', '/ingest', batch(1), device.token)).body.config_etag).to.equal(
      before,
    );
    const patch = { config: { sample_interval_s: 2, targets: { pit: 110 } } };
    expect((await t.call('PATCH', `/devices/${device.device_id}`, patch)).status).to.equal(200);
    const after = await fetched();
    expect(after).to.not.equal(before);
    expect((await t.call('POST', '/ingest', batch(2), device.token)).body.config_etag).to.equal(
      after,
    );
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

  describe('bodies read whole', () => {
    const big = (n: number) => ({ boot_id: 'b1', channels: [PIT], readings: readings(1, n) });
    const gz = (body: unknown) => new Uint8Array(gzipSync(JSON.stringify(body)));

    it('stores a 5,000-reading batch in any encoding the hub takes', async () => {
      const batch = big(5000);
      const json = Buffer.from(JSON.stringify(batch));
      const bodies: [string, Buffer][] = [
        ['gzip', gzipSync(json)],
        ['deflate', deflateSync(json)],
        ['br', brotliCompressSync(json)],
        ['identity', json],
      ];
      for (const [encoding, body] of bodies) {
        const res = await t.call('POST', '/ingest', new Uint8Array(body), device.token, {
          'content-encoding': encoding,
          'content-type': 'application/json; charset=utf-8',
        });
        expect(res.status, encoding).to.equal(200);
        expect(res.body.ack_seq, encoding).to.equal(5000);
      }
      const stored = t.sql().prepare('SELECT ts, value FROM readings ORDER BY ts').raw().all();
      expect(stored).to.deep.equal(batch.readings.map((r) => [r.ts, r.value]));
    });

    it('answers every refused body as the general JSON parser does', async () => {
      const bad = big(1000);
      (bad.readings[700] as { value: unknown }).value = 'hot';
      const bodies: [string, Uint8Array, Record<string, string>][] = [
        ['an invalid reading', gz(bad), { 'content-encoding': 'gzip' }],
        [
          'a non-finite value',
          new Uint8Array(
            Buffer.from(JSON.stringify(big(1000)).replace(/"value":[^,}]+/, '"value":1e400')),
          ),
          {},
        ],
        ['too many readings', gz(big(5001)), { 'content-encoding': 'gzip' }],
        ['malformed JSON', new Uint8Array(Buffer.from(JSON.stringify(big(1000)).slice(0, -3))), {}],
        ['an empty body', new Uint8Array(0), {}],
        ['an array', gz(big(1000).readings), { 'content-encoding': 'gzip' }],
        ['a broken gzip stream', gz(big(1000)).slice(0, 4000), { 'content-encoding': 'gzip' }],
        [
          'a gzip bomb',
          new Uint8Array(gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x20))),
          { 'content-encoding': 'gzip' },
        ],
        ['an unknown encoding', gz(big(10)), { 'content-encoding': 'constructor' }],
        ['an empty gzip body', new Uint8Array(0), { 'content-encoding': 'gzip' }],
        ['gzip of nothing', gz(''), { 'content-encoding': 'gzip' }],
        [
          'plain JSON labelled gzip',
          new Uint8Array(Buffer.from(JSON.stringify(big(10)))),
          { 'content-encoding': 'gzip' },
        ],
        [
          'gzip followed by garbage',
          new Uint8Array(Buffer.concat([gzipSync('{"boot_id": 7}'), Buffer.from('garbage')])),
          { 'content-encoding': 'gzip' },
        ],
        [
          'a deflate bomb',
          new Uint8Array(deflateSync(Buffer.alloc(8 * 1024 * 1024, 0x20))),
          { 'content-encoding': 'deflate' },
        ],
        [
          'a byte-order mark before an invalid batch',
          new Uint8Array(Buffer.from('\ufeff{"boot_id": 7}')),
          {},
        ],
        [
          'a brotli bomb',
          new Uint8Array(brotliCompressSync(Buffer.alloc(8 * 1024 * 1024, 0x20))),
          { 'content-encoding': 'br' },
        ],
      ];
      for (const [what, body, headers] of bodies) {
        const direct = await t.call('POST', '/ingest', body, device.token, headers);
        // A parameter besides the charset sends the body through the general parser.
        const general = await t.call('POST', '/ingest', body, device.token, {
          ...headers,
          'content-type': 'application/json; charset=utf-8; profile=x',
        });
        expect(direct.status, what).to.be.within(400, 499);
        expect({ status: direct.status, body: direct.body }, what).to.deep.equal({
          status: general.status,
          body: general.body,
        });
      }
      expect(count()).to.equal(0);
    });

    it('reads whole only the usual bodies, and leaves the rest to the general parser', () => {
      const of = (headers: Record<string, string>) =>
        directEncoding({ headers: { 'content-length': '10', ...headers } } as never);
      expect(of({})).to.equal('identity');
      expect(of({ 'content-encoding': 'GZIP' })).to.equal('gzip');
      expect(of({ 'content-encoding': 'deflate', 'content-type': 'text/plain' })).to.equal(
        'deflate',
      );
      expect(of({ 'content-type': 'application/json; charset="UTF-8"' })).to.equal('identity');
      expect(of({ 'content-encoding': 'zstd' })).to.equal(null);
      expect(of({ 'content-encoding': 'br' })).to.equal(null);
      expect(of({ 'content-encoding': 'constructor' })).to.equal(null);
      expect(of({ 'content-type': 'application/json; charset=utf-16' })).to.equal(null);
      expect(of({ 'content-type': 'application/json; charset=utf-8; profile=x' })).to.equal(null);
      expect(directEncoding({ headers: {} } as never)).to.equal(null);
    });
  });

  describe('MessagePack bodies', () => {
    // What edge nodes send (msgpackr's records), and standard MessagePack as any library writes it.
    const records = new Packr({ useRecords: true });
    const standard = new Packr({ useRecords: false });
    const big = (n: number, from = 1) => ({
      boot_id: 'b1',
      channels: [PIT],
      readings: readings(from, n),
    });
    const post = (body: Buffer, headers: Record<string, string> = {}) =>
      t.call('POST', '/ingest', new Uint8Array(body), device.token, {
        'content-type': 'application/msgpack',
        ...headers,
      });
    const stored = () =>
      t.sql().prepare('SELECT ts, value FROM readings ORDER BY ts').raw().all() as number[][];
    const storedOf = (deviceId: string) =>
      t
        .sql()
        .prepare(
          'SELECT ts, value FROM readings JOIN series ON series.id = series_id WHERE device_id = ? ORDER BY ts',
        )
        .raw()
        .all(deviceId) as number[][];

    it('stores them as the same batch in JSON, in every MessagePack type and encoding taken', async () => {
      const batch = big(2000);
      const expected = batch.readings.map((r) => [r.ts, r.value]);
      const json = await t.call('POST', '/ingest', batch, device.token);
      expect(json.status).to.equal(200);
      // Every answer to a device names the body types it takes, MessagePack among them.
      const accepted = json.headers.get('accept-post')!.split(', ');
      expect(accepted).to.include.members(['application/json', ...MSGPACK_TYPES]);
      expect(storedOf(device.device_id)).to.deep.equal(expected);

      const bodies: [string, Buffer, Record<string, string>][] = [
        ['records, gzip', gzipSync(records.pack(batch)), { 'content-encoding': 'gzip' }],
        ['records, deflate', deflateSync(records.pack(batch)), { 'content-encoding': 'deflate' }],
        ['records', records.pack(batch), {}],
        ['standard', standard.pack(batch), { 'content-type': 'application/vnd.msgpack' }],
        ['x-msgpack', standard.pack(batch), { 'content-type': 'application/x-msgpack' }],
        ['with a parameter', records.pack(batch), { 'content-type': 'Application/MsgPack; q=1' }],
      ];
      for (const [what, body, headers] of bodies) {
        // A device of its own for each, so each body's rows are compared on their own.
        const other = await t.pairDevice();
        const res = await t.call('POST', '/ingest', new Uint8Array(body), other.token, {
          'content-type': 'application/msgpack',
          ...headers,
        });
        expect(res.status, what).to.equal(200);
        expect(res.body.ack_seq, what).to.equal(2000);
        expect(res.headers.get('accept-post'), what).to.include('application/msgpack');
        expect(storedOf(other.device_id), what).to.deep.equal(expected);
      }
    });

    it('reads each body on its own: records one body defines mean nothing in the next', async () => {
      // 0x40-0x7f are record references in msgpackr's extension and small integers in standard
      // MessagePack: seqs 64-127 sent plainly after a body of records stay integers.
      expect((await post(records.pack(big(63)))).body.ack_seq).to.equal(63);
      const res = await post(standard.pack(big(64, 64)));
      expect(res.status).to.equal(200);
      expect(res.body.ack_seq).to.equal(127);
      expect(stored()).to.deep.equal(big(127).readings.map((r) => [r.ts, r.value]));
    });

    it('refuses a bad body with a 4xx naming the problem, and stores nothing', async () => {
      const valid = records.pack(big(1000));
      const withValue = (value: unknown, field = 'value') => {
        const b = big(3);
        (b.readings[1] as Record<string, unknown>)[field] = value;
        return standard.pack(b);
      };
      const nested = Buffer.concat([Buffer.alloc(100_000, 0x91), Buffer.from([0xc0])]);
      const cases: [string, Buffer, Record<string, string>, number, RegExp][] = [
        ['truncated', valid.subarray(0, valid.length - 5), {}, 400, /ends before its last value/],
        ['trailing bytes', Buffer.concat([valid, Buffer.from([1])]), {}, 400, /bytes follow/],
        ['nested 100,000 deep', nested, {}, 400, /not valid MessagePack: it is nested too deeply/],
        [
          'the byte MessagePack never uses',
          Buffer.from([0xc1]),
          {},
          400,
          /does not define \(0xC1\)/,
        ],
        ['a string cut short', Buffer.from([0xa5, 0x61]), {}, 400, /ends before its last value/],
        ['JSON labelled MessagePack', Buffer.from(JSON.stringify(big(3))), {}, 400, /MessagePack/],
        ['NaN', withValue(NaN), {}, 400, /\/readings\/1\/value/],
        ['Infinity', withValue(-Infinity), {}, 400, /\/readings\/1\/value/],
        ['a time as a Date', withValue(new Date(1_763_800_000_000), 'ts'), {}, 400, /\/ts/],
        ['a seq past 2^53', withValue(2n ** 63n, 'seq'), {}, 400, /\/readings\/1\/seq/],
        ['bytes for a channel', withValue(Buffer.from('pit'), 'channel'), {}, 400, /channel/],
        ['an array', records.pack(big(3).readings), {}, 400, /must be object/],
        ['a number', standard.pack(7), {}, 400, /must be object/],
        ['an empty body', Buffer.alloc(0), {}, 400, /boot_id/],
        [
          'too many readings',
          gzipSync(records.pack(big(5001))),
          { 'content-encoding': 'gzip' },
          413,
          /at most 5000/,
        ],
        [
          'a gzip bomb',
          gzipSync(standard.pack({ boot_id: 'x'.repeat(64 * 1024 * 1024) })),
          { 'content-encoding': 'gzip' },
          413,
          /larger than/,
        ],
        [
          'a broken gzip stream',
          gzipSync(valid).subarray(0, 100),
          { 'content-encoding': 'gzip' },
          400,
          /./,
        ],
        [
          'brotli',
          brotliCompressSync(valid),
          { 'content-encoding': 'br' },
          415,
          /gzip, deflate or identity/,
        ],
      ];
      for (const [what, body, headers, status, detail] of cases) {
        const res = await post(body, headers);
        expect(res.status, what).to.equal(status);
        expect(res.headers.get('content-type'), what).to.match(/^application\/problem\+json/);
        expect(JSON.stringify(res.body), what).to.match(detail);
      }
      expect(count()).to.equal(0);
      // The decoder is left as it was: the next good body is stored.
      expect((await post(valid)).body.ack_seq).to.equal(1000);
    });
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
