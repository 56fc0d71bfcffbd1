/**
 * Bad input, by hand: the inputs a fuzzer rarely builds. Every case must get a 4xx
 * `application/problem+json` answer (or, where the input is odd but valid, a 2xx that stores it
 * faithfully), never a 5xx, never a partial batch; and the hub must stay responsive.
 */
import { strict as assert } from 'node:assert';
import { connect, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { MAX_BATCH_READINGS, MAX_INGEST_BODY_BYTES } from '@brewpit/protocol';
import { startTestHub, type TestHub } from '../../addon/test/helpers.js';
import { countReadings } from '../support/stores.js';
import { sleep } from '../support/wait.js';
import { report } from './harness.js';

const PIT = { key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit' };

interface Raw {
  status: number;
  type: string;
  body: string;
}

describe('reliability: hand-written bad input', function () {
  this.timeout(120_000);
  let t: TestHub;
  let device: { device_id: string; token: string };
  let cases = 0;
  const stored = (): number => countReadings(t.dir);

  /** POSTs raw bytes to the ingest endpoint with the device token. */
  const post = async (
    body: string | Buffer,
    headers: Record<string, string> = {},
    path = '/ingest',
    token?: string | null,
  ): Promise<Raw> => {
    cases++;
    const res = await fetch(`${t.url}/api/v1${path}`, {
      method: 'POST',
      headers: {
        ...(token === null ? {} : { authorization: `Bearer ${token ?? device.token}` }),
        'content-type': 'application/json',
        ...headers,
      },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      body: await res.text(),
    };
  };

  /** A 4xx problem+json answer, optionally with a status and a field it names. */
  const refused = (r: Raw, status?: number, field?: RegExp): void => {
    assert.ok(
      r.status >= 400 && r.status < 500,
      `expected a 4xx, got ${r.status}: ${r.body.slice(0, 300)}`,
    );
    if (status) assert.equal(r.status, status, r.body.slice(0, 300));
    assert.match(r.type, /^application\/problem\+json/, `problem+json, got '${r.type}'`);
    const p = JSON.parse(r.body) as { status: number; title: string };
    assert.equal(p.status, r.status);
    if (field) assert.match(r.body, field);
  };

  before(async () => {
    t = await startTestHub();
    device = await t.pairDevice('bad-input');
    // The channel is known, so a batch is refused for its own content only.
    const ok = await post(JSON.stringify({ boot_id: 'b', channels: [PIT], readings: [] }));
    assert.equal(ok.status, 200);
  });

  let storedBefore = 0;
  beforeEach(() => {
    storedBefore = stored();
  });

  afterEach(async () => {
    // Whatever the case did, the hub still answers at once and stored nothing.
    const started = Date.now();
    const health = await fetch(`${t.url}/api/v1/health`);
    assert.equal(health.status, 200);
    assert.ok(Date.now() - started < 2_000, 'the hub answers promptly after the case');
  });

  after(async () => {
    report('bad-input', { cases });
    await t?.stop();
  });

  const reading = (
    seq: number,
    value: unknown = 100,
    ts: unknown = 1_763_800_000_000 + seq * 1000,
  ) => `{"seq":${seq},"channel":"pit","ts":${String(ts)},"value":${String(value)}}`;
  const batch = (...readings: string[]) => `{"boot_id":"b","readings":[${readings.join(',')}]}`;

  it('refuses a body over the size limit with 413', async () => {
    const filler = 'x'.repeat(MAX_INGEST_BODY_BYTES);
    refused(await post(`{"boot_id":"${filler}","readings":[]}`), 413);
    assert.equal(stored(), storedBefore, 'nothing stored');
  });

  it(`refuses more than ${MAX_BATCH_READINGS} readings with 413 naming /readings`, async () => {
    const many = Array.from({ length: MAX_BATCH_READINGS + 1 }, (_, i) => reading(i + 1));
    refused(await post(batch(...many)), 413, /\/readings/);
    assert.equal(stored(), storedBefore, 'nothing stored');
  });

  for (const depth of [10_000, 100_000]) {
    it(`refuses JSON nested ${depth} deep (arrays and objects)`, async () => {
      refused(await post('['.repeat(depth) + ']'.repeat(depth)), 400);
      refused(await post('{"a":'.repeat(depth) + '1' + '}'.repeat(depth)), 400);
      refused(
        await post(`{"boot_id":"b","readings":[${'['.repeat(depth)}${']'.repeat(depth)}]}`),
        400,
      );
    });
  }

  it('refuses NaN, Infinity and -Infinity literals as malformed JSON', async () => {
    for (const v of ['NaN', 'Infinity', '-Infinity'])
      refused(await post(batch(reading(1, v))), 400);
    assert.equal(stored(), storedBefore, 'nothing stored');
  });

  it('refuses numbers beyond what the store holds exactly (1e400, 2^63, -1e400)', async () => {
    // JSON.parse turns 1e400 into Infinity; a stored Infinity poisons rollups and reads back as null.
    refused(await post(batch(reading(1, '1e400'))), 400, /\/readings\/0\/value/);
    refused(await post(batch(reading(1, '-1e400'))), 400, /\/readings\/0\/value/);
    refused(await post(batch(reading(1, 100, '1e400'))), 400, /\/readings\/0\/ts/);
    for (const seq of ['9223372036854775808', '1e400', '-1', '1.5'])
      refused(
        await post(batch(`{"seq":${seq},"channel":"pit","ts":1763800000000,"value":1}`)),
        400,
        /\/readings\/0\/seq/,
      );
    assert.equal(stored(), storedBefore, 'nothing stored');
  });

  it('stores a whole batch or none of it: one bad reading in the middle refuses all', async () => {
    const good = Array.from({ length: 100 }, (_, i) => reading(i + 1));
    good[50] = reading(51, '"hot"');
    refused(await post(batch(...good)), 400, /\/readings\/50\/value/);
    const unknownChannel = Array.from({ length: 100 }, (_, i) => reading(i + 1));
    unknownChannel[70] = `{"seq":71,"channel":"nope","ts":1763800071000,"value":1}`;
    const r = await post(batch(...unknownChannel));
    refused(r, undefined, /\/readings\/70\/channel/);
    assert.equal(stored(), storedBefore, 'nothing stored');
  });

  it('treats duplicate keys and duplicate seqs without storing anything twice', async () => {
    // JSON.parse keeps the last of duplicate keys; the answer must still be consistent.
    const dupKeys = `{"boot_id":"b","readings":[${reading(1)}],"readings":[]}`;
    const r1 = await post(dupKeys);
    assert.ok(r1.status < 500, `duplicate keys: ${r1.status}`);
    const dupSeq = batch(reading(1, 1, 1_763_800_001_000), reading(1, 2, 1_763_800_002_000));
    const r2 = await post(dupSeq);
    assert.ok(r2.status < 500, `duplicate seq: ${r2.status} ${r2.body}`);
    if (r2.status < 300) assert.equal(stored(), storedBefore + 1, 'one seq, one reading');
    else refused(r2, 400, /seq/);
  });

  it('keeps unicode names exactly (emoji, right-to-left, combining marks) and refuses NUL and lone surrogates', async () => {
    const names = [
      '🔥 Brisket 🐄',
      'שלום עולם',
      'مدخن',
      'e\u0301\u0301\u0301',
      'x'.repeat(40) + '\u202e',
    ];
    for (const name of names) {
      const r = await post(
        JSON.stringify({ name }),
        {},
        '/devices',
        (await import('../../addon/test/helpers.js')).ADMIN,
      );
      assert.ok(r.status < 500, `${JSON.stringify(name)}: ${r.status}`);
      if (r.status === 201) {
        const id = (JSON.parse(r.body) as { id: string }).id;
        const got = (await t.call('GET', `/devices/${id}`)).body as { name: string };
        assert.equal(got.name, name, 'the name comes back byte for byte');
      } else refused(r, 400, /\/name/);
    }
    for (const name of ['nul\u0000name', '\ud800lone', '\u0000']) {
      const r = await post(
        `{"name":${JSON.stringify(name)}}`,
        {},
        '/devices',
        (await import('../../addon/test/helpers.js')).ADMIN,
      );
      refused(r, 400, /\/name/);
    }
    // A channel key with NUL or an emoji in an ingest batch: refused whole, never a 5xx.
    for (const key of ['pit\u0000', '🔥']) {
      const r = await post(
        JSON.stringify({ boot_id: 'b', channels: [{ ...PIT, key }], readings: [] }),
      );
      assert.ok(r.status < 500, `channel key ${JSON.stringify(key)}: ${r.status}`);
      if (r.status >= 400) refused(r);
    }
  });

  it('stops inflating a gzip bomb at the limit (413) and refuses corrupt gzip (400)', async () => {
    const bomb = gzipSync(Buffer.alloc(256 * 1024 * 1024, 0x20), { level: 9 });
    const started = Date.now();
    refused(await post(bomb, { 'content-encoding': 'gzip' }), 413);
    const ms = Date.now() - started;
    refused(await post(Buffer.from('not gzip at all'), { 'content-encoding': 'gzip' }), 400);
    refused(
      await post(gzipSync(batch(reading(1))).subarray(0, 30), { 'content-encoding': 'gzip' }),
      400,
    );
    report('gzip-bomb', {
      compressed_kb: Math.round(bomb.length / 1024),
      inflated_mb: 256,
      refused_in_ms: ms,
    });
    assert.equal(stored(), storedBefore, 'nothing stored');
  });

  it('refuses wrong content types and encodings with 4xx problem+json', async () => {
    refused(await post('a=b&c=d', { 'content-type': 'application/x-www-form-urlencoded' }), 400);
    refused(
      await post(Buffer.from([0xff, 0xfe, 0x00, 0x01]), {
        'content-type': 'application/octet-stream',
      }),
      400,
    );
    refused(await post(batch(reading(1)), { 'content-encoding': 'x-bogus' }), 415);
    refused(
      await post(batch(reading(1)), { 'content-type': 'application/json; charset=latin1' }),
      415,
    );
    refused(await post(''), 400);
    refused(await post('{"boot_id":"b","readings":[' + reading(1)), 400); // truncated
    assert.equal(stored(), storedBefore, 'nothing stored');
  });

  it('refuses malformed query strings on history reads with 400 naming the parameter', async () => {
    for (const q of [
      'from=1e400',
      'to=NaN',
      'max_points=-1',
      'max_points=99999999999999999999',
      'from=0x10',
      'from=1&from=2',
    ]) {
      cases++;
      const res = await fetch(`${t.url}/api/v1/series/1/readings?${q}`, {
        headers: { authorization: `Bearer ${(await import('../../addon/test/helpers.js')).ADMIN}` },
      });
      const r = {
        status: res.status,
        type: res.headers.get('content-type') ?? '',
        body: await res.text(),
      };
      assert.ok(r.status === 400 || r.status === 404, `${q}: ${r.status}`);
      refused(r);
    }
  });

  it('answers a body shorter than its Content-Length with 400 and stays up under 200 stalled uploads', async () => {
    const port = Number(new URL(t.url).port);
    const open = (): Promise<Socket> =>
      new Promise((resolve, reject) => {
        const s = connect(port, '127.0.0.1', () => resolve(s));
        s.on('error', reject);
      });
    // Slowloris-ish: headers promise 100 kB, a few bytes arrive, then nothing.
    const stalled: Socket[] = [];
    for (let i = 0; i < 200; i++) {
      const s = await open();
      s.on('error', () => undefined);
      s.write(
        `POST /api/v1/ingest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${device.token}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"boot_id":`,
      );
      stalled.push(s);
    }
    await sleep(200);
    const started = Date.now();
    const ok = await post(JSON.stringify({ boot_id: 'b', readings: [] }));
    const ms = Date.now() - started;
    assert.equal(ok.status, 200, 'a normal client is served while 200 uploads stall');
    // A client that closes its half early: the hub answers 400 (or just closes), never 5xx.
    const s = await open();
    const answer = new Promise<string>((resolve) => {
      let text = '';
      s.on('data', (d: Buffer) => (text += d.toString()));
      s.on('close', () => resolve(text));
      s.on('error', () => resolve(text));
    });
    s.end(
      `POST /api/v1/ingest HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${device.token}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"boot_id":"b"}`,
    );
    const text = await answer;
    assert.doesNotMatch(text, /^HTTP\/1\.1 5/, 'no 5xx for a short body');
    for (const x of stalled) x.destroy();
    report('slow-uploads', { stalled_connections: stalled.length, normal_request_ms: ms });
    assert.equal(stored(), storedBefore, 'nothing stored');
  });
});
