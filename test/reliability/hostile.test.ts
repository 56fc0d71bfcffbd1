/**
 * Hostile input from the LAN, replayed against a real hub process (issue 16). Each attack is
 * measured against a benign request of the same run, as a ratio of medians over interleaved
 * samples, never as an absolute time: the machine is shared and slow, the ratio is what the
 * hub's design decides.
 *
 *  - an unauthenticated 4 MB gzip (4 KB on the wire) costs less than 5x a small authorised ingest;
 *  - a 1-reading ingest after 20,000 seq gaps costs less than 3x one before (and, at the default
 *    limit, the gaps are refused with 409 long before 20,000);
 *  - a 30 KB numeric form field costs less than 5x a normal hydrometer post;
 *  - no value or timestamp, in any path, gets a 5xx; the latest value is never pinned by a reading
 *    from the future;
 *  - no unauthenticated endpoint names a device;
 *  - no CSV export holds a cell a spreadsheet would run as a formula;
 *  - forged tokens and slow headers from another address cost a bounded amount, and /health
 *    stays quick meanwhile.
 */
import { strict as assert } from 'node:assert';
import http from 'node:http';
import { connect, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MAX_CLOCK_SKEW_MS } from '@brewpit/protocol';
import { setTimeout as sleep } from 'node:timers/promises';
import { HubProcess, requireBuilt } from '../support/processes.js';
import { report } from './harness.js';

/** "Another machine" to the hub: a loopback address other than 127.0.0.1. */
const LAN = '127.0.0.2';
const PIT = { key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit' };

interface Answer {
  status: number;
  type: string;
  body: string;
  ms: number;
}

/** One request, timed from the first byte sent to the last byte read; `from` picks the source. */
function send(
  base: string,
  o: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
    from?: string;
  },
): Promise<Answer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        method: o.method ?? 'GET',
        path: `/api/v1${o.path}`,
        headers: {
          ...(o.body !== undefined ? { 'content-length': String(Buffer.byteLength(o.body)) } : {}),
          ...o.headers,
        },
        localAddress: o.from,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            type: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
            ms: Number(process.hrtime.bigint() - started) / 1e6,
          }),
        );
      },
    );
    req.on('error', reject);
    if (o.body !== undefined) req.write(o.body);
    req.end();
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/**
 * Medians of `rounds` interleaved runs of a benign and an attack request (benign, attack,
 * benign, …), after a warm-up of each, so a slow moment of the machine hits both alike.
 */
async function compare(
  rounds: number,
  benign: () => Promise<Answer>,
  attack: () => Promise<Answer>,
  check: (a: Answer) => void,
): Promise<{ benign: number; attack: number; ratio: number }> {
  await benign();
  check(await attack());
  const b: number[] = [];
  const a: number[] = [];
  for (let i = 0; i < rounds; i++) {
    b.push((await benign()).ms);
    const answer = await attack();
    check(answer);
    a.push(answer.ms);
  }
  const mb = median(b);
  const ma = median(a);
  return { benign: mb, attack: ma, ratio: ma / mb };
}

/** A 4xx problem+json answer. */
function refused(a: Answer, what: string): void {
  assert.ok(a.status >= 400 && a.status < 500, `${what}: ${a.status} ${a.body.slice(0, 200)}`);
  assert.match(a.type, /^application\/problem\+json/, what);
}

describe('reliability: hostile input from the LAN', function () {
  this.timeout(300_000);
  let dir: string;
  let hub: HubProcess;
  let token: string;
  let deviceId: string;
  let seq = 0;
  const admin = () => ({ authorization: `Bearer ${hub.adminToken}` });

  /** A small authorised batch: the benign request most attacks are measured against. */
  const smallIngest = () =>
    send(hub.url, {
      method: 'POST',
      path: '/ingest',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        boot_id: 'hostile',
        readings: [{ seq: ++seq, channel: 'pit', ts: Date.now() - 3_600_000 + seq, value: 100 }],
      }),
    }).then((a) => {
      assert.equal(a.status, 200, a.body);
      return a;
    });

  before(async function () {
    requireBuilt();
    dir = mkdtempSync(join(tmpdir(), 'brewpit-rel-hostile-'));
    hub = new HubProcess({ dir });
    await hub.start();
    const device = await hub.createDevice('Grandma Smokey Qx7');
    token = device.token;
    deviceId = device.device_id;
    const first = await hub.api('/ingest', {
      method: 'POST',
      token,
      body: JSON.stringify({ boot_id: 'hostile', channels: [PIT], readings: [] }),
    });
    assert.equal(first.status, 200);
  });

  after(async () => {
    await hub?.kill('SIGTERM');
    if (dir && !process.env['BREWPIT_KEEP']) rmSync(dir, { recursive: true, force: true });
  });

  it('an unauthenticated 4 MB gzip costs less than 5x a small authorised ingest', async () => {
    const bomb = gzipSync(Buffer.from(`[${'0,'.repeat(2 * 1024 * 1024 - 1)}0]`));
    assert.ok(bomb.length < 16_384, `the bomb is small on the wire (${bomb.length} B)`);
    const attack = () =>
      send(hub.url, {
        method: 'POST',
        path: '/ingest',
        headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' },
        body: bomb,
      });
    const r = await compare(30, smallIngest, attack, (a) => refused(a, 'gzip bomb'));
    // Four in parallel while /health is measured against /health alone.
    const health = () => send(hub.url, { path: '/health' });
    const alone: number[] = [];
    const loaded: number[] = [];
    for (let i = 0; i < 10; i++) {
      alone.push((await health()).ms);
      const [h] = await Promise.all([health(), attack(), attack(), attack(), attack()]);
      loaded.push(h.ms);
    }
    const healthRatio = median(loaded) / median(alone);
    report('hostile-gzip-bomb', {
      bomb_bytes: bomb.length,
      ingest_ms: r.benign,
      bomb_ms: r.attack,
      ratio: r.ratio,
      health_under_4_bombs_ratio: healthRatio,
    });
    assert.ok(r.ratio < 5, `the bomb costs ${r.ratio.toFixed(2)}x a small ingest`);
    assert.ok(healthRatio < 5, `/health under four bombs: ${healthRatio.toFixed(2)}x`);
  });

  it('a 1-reading ingest after 20,000 seq gaps costs less than 3x one before; the default limit refuses the gaps', async () => {
    // The default hub: the attack is refused with 409 once 1,000 gaps wait.
    const attacker = await hub.createDevice('Gap Maker Qx7');
    const gapBatch = (from: number) =>
      JSON.stringify({
        boot_id: 'gaps',
        channels: [PIT],
        readings: Array.from({ length: 2000 }, (_, i) => ({
          seq: from + 2 * i,
          channel: 'pit',
          ts: Date.now() - 86_400_000 + from + 2 * i,
          value: 1,
        })),
      });
    const refusedGaps = await hub.api('/ingest', {
      method: 'POST',
      token: attacker.token,
      body: gapBatch(2),
    });
    assert.equal(refusedGaps.status, 409, await refusedGaps.text());
    // A hub that tracks up to 50,000 gaps, to show the bookkeeping does not slow with them.
    const wide = new HubProcess({
      dir: join(dir, 'wide'),
      env: { BREWPIT_SEQ_GAP_LIMIT: '50000', BREWPIT_INGEST_RATE_LIMIT: '0' },
    });
    await wide.start();
    try {
      const d = await wide.createDevice('gappy');
      let next = 0;
      const one = () =>
        send(wide.url, {
          method: 'POST',
          path: '/ingest',
          headers: { authorization: `Bearer ${d.token}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            boot_id: 'b',
            channels: [PIT],
            readings: [
              { seq: ++next, channel: 'pit', ts: Date.now() - 3_600_000 + next, value: 2 },
            ],
          }),
        }).then((a) => {
          assert.equal(a.status, 200, a.body);
          return a;
        });
      const sample = async (n: number) => {
        await one();
        const xs: number[] = [];
        for (let i = 0; i < n; i++) xs.push((await one()).ms);
        return median(xs);
      };
      const before = await sample(40);
      // 10 batches of 2,000 every-other seqs far above the acknowledgement: 20,000 gaps.
      for (let b = 0; b < 10; b++) {
        const res = await wide.api('/ingest', {
          method: 'POST',
          token: d.token,
          body: gapBatch(1_000_000 + b * 4000),
        });
        assert.equal(res.status, 200, await res.text());
      }
      const after = await sample(40);
      const ratio = after / before;
      report('hostile-seq-gaps', {
        gaps: 20_000,
        before_ms: before,
        after_ms: after,
        ratio,
        default_limit_answer: 409,
      });
      assert.ok(ratio < 3, `a 1-reading ingest after 20,000 gaps costs ${ratio.toFixed(2)}x`);
    } finally {
      await wide.kill('SIGTERM');
    }
  });

  it('a 30 KB numeric field costs less than 5x a normal hydrometer post', async () => {
    const gw = await hub.json<{ token: string }>('/compat/tokens', {
      method: 'POST',
      body: JSON.stringify({ name: 'hostile' }),
    });
    const form = (temp: string) =>
      send(hub.url, {
        method: 'POST',
        path: `/compat/tilt/${gw.token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `Color=RED&Temp=${temp}&SG=1.050`,
      });
    let t = 60;
    const normal = () =>
      form(String(60 + (++t % 10) / 10)).then((a) => {
        assert.equal(a.status, 200, a.body);
        return a;
      });
    const attack = () => form(`${'1'.repeat(30 * 1024)}x`);
    const r = await compare(30, normal, attack, (a) => refused(a, '30 KB numeric field'));
    report('hostile-numeric-field', {
      field_bytes: 30 * 1024,
      normal_ms: r.benign,
      attack_ms: r.attack,
      ratio: r.ratio,
    });
    assert.ok(r.ratio < 5, `a 30 KB numeric field costs ${r.ratio.toFixed(2)}x a normal post`);
  });

  it('answers no value and no timestamp with a 5xx, in any path', async () => {
    const now = Date.now();
    const values: unknown[] = [
      1e308,
      -1e308,
      1.7976931348623157e308,
      5e-324,
      -0,
      1e15,
      -1e15,
      1e15 + 2,
      '1e999',
      null,
      'NaN',
      true,
      [],
    ];
    const times: unknown[] = [
      0,
      -1,
      946_684_799_999,
      now,
      now + MAX_CLOCK_SKEW_MS + 1,
      now + 86_400_000,
      4_102_444_800_000,
      4_102_444_800_001,
      Number.MAX_SAFE_INTEGER,
      1.5,
      '2025-01-01',
    ];
    let cases = 0;
    const statuses = new Map<number, number>();
    const check = (a: Answer, what: string) => {
      cases++;
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      assert.ok(a.status < 500, `${what}: ${a.status} ${a.body.slice(0, 200)}`);
      if (a.status >= 400) refused(a, what);
    };
    const d = await hub.createDevice('Odd Values Qx7');
    let s = 0;
    const ingest = (readings: unknown[]) =>
      send(hub.url, {
        method: 'POST',
        path: '/ingest',
        headers: { authorization: `Bearer ${d.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ boot_id: 'v', channels: [PIT], readings }),
      });
    for (const value of values)
      for (const ts of [now - 60_000, ...times])
        check(await ingest([{ seq: ++s, channel: 'pit', ts, value }]), `ingest ${value} @ ${ts}`);
    // The largest values of both signs, again and again in one minute and one hour: the rollups
    // stay finite, and history over them answers.
    for (let i = 0; i < 20; i++)
      check(
        await ingest(
          Array.from({ length: 50 }, (_, j) => ({
            seq: ++s,
            channel: 'pit',
            ts: now - 120_000 + i * 50 + j,
            value: (i + j) % 2 ? 1e15 : -1e15,
          })),
        ),
        'extremes',
      );
    const series = await hub.json<{ id: number; device_id: string }[]>('/series');
    const id = series.find((x) => x.device_id === d.device_id)!.id;
    for (const max of [2, 10, 4000]) {
      const h = await send(hub.url, {
        path: `/series/${id}/readings?from=0&to=${now + 86_400_000}&max_points=${max}`,
        headers: admin(),
      });
      check(h, `history max_points=${max}`);
      const points = (JSON.parse(h.body) as { points: [number, number | null][] }).points;
      for (const [, v] of points) assert.ok(v === null || Number.isFinite(v), `finite: ${v}`);
    }
    // Every hydrometer format, with every unit it converts from.
    const gw = await hub.json<{ token: string }>('/compat/tokens', {
      method: 'POST',
      body: JSON.stringify({ name: 'values' }),
    });
    for (const value of values.filter((v) => v !== null)) {
      for (const unit of ['C', 'F', 'K']) {
        const bf = await send(hub.url, {
          method: 'POST',
          path: `/compat/brewfather/${gw.token}`,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            name: 'values',
            temp: value,
            temp_unit: unit,
            gravity: value,
            pressure: value,
            pressure_unit: 'BAR',
            temp_target: value,
            gravity_target: value,
          }),
        });
        check(bf, `brewfather ${value} ${unit}`);
        const isp = await send(hub.url, {
          method: 'POST',
          path: `/compat/ispindel/${gw.token}`,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            name: 'values',
            ID: 1,
            angle: value,
            temperature: value,
            temp_units: unit,
            gravity: value,
          }),
        });
        check(isp, `ispindel ${value} ${unit}`);
      }
      const tilt = await send(hub.url, {
        method: 'POST',
        path: `/compat/tilt/${gw.token}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `Color=BLUE&Temp=${encodeURIComponent(String(value))}&SG=${encodeURIComponent(String(value))}&Timepoint=${encodeURIComponent(String(value))}`,
      });
      check(tilt, `tilt ${value}`);
    }
    report('hostile-values', {
      cases,
      ...Object.fromEntries([...statuses].map(([k, v]) => [`http_${k}`, v])),
    });
  });

  it('never lets a reading from the future pin the latest value', async () => {
    const d = await hub.createDevice('Pinned Qx7');
    const post = (seq: number, ts: number, value: number) =>
      hub.api('/ingest', {
        method: 'POST',
        token: d.token,
        body: JSON.stringify({
          boot_id: 'p',
          channels: [PIT],
          readings: [{ seq, channel: 'pit', ts, value }],
        }),
      });
    const now = Date.now();
    const futures = [Date.UTC(2099, 11, 31), now + 86_400_000, now + MAX_CLOCK_SKEW_MS + 1000];
    for (const [i, ts] of futures.entries()) {
      const res = await post(1, ts, 999 + i);
      assert.equal(res.status, 422, `a reading dated ${new Date(ts).toISOString()} is refused`);
      const body = (await res.json()) as { errors: { path: string }[] };
      assert.equal(body.errors[0]!.path, '/readings/0/ts');
    }
    assert.equal((await post(1, now - 1000, 21)).status, 200);
    const latest = (await hub.json<{ device_id: string; last_value: number }[]>('/series')).find(
      (x) => x.device_id === d.device_id,
    )!;
    assert.equal(latest.last_value, 21);
    report('hostile-future-reading', { refused: futures.length, last_value: latest.last_value });
  });

  it('names no device on an endpoint that takes no token', async () => {
    const names = ['Grandma Smokey', 'Gap Maker', 'Odd Values', 'Pinned', 'Qx7'];
    const doc = await hub.json<{ paths: Record<string, Record<string, { security: unknown[] }>> }>(
      '/openapi.json',
      { token: null },
    );
    const open = Object.entries(doc.paths)
      .filter(([, ops]) => ops['get'] && ops['get'].security.length === 0)
      .map(([p]) => p);
    assert.ok(open.includes('/health'));
    const leaks: string[] = [];
    for (const p of [...open, '/metrics']) {
      const a = await send(hub.url, { path: p });
      for (const n of names) if (a.body.includes(n)) leaks.push(`${p} names '${n}'`);
    }
    const metrics = await send(hub.url, { path: '/metrics' });
    assert.equal(metrics.status, 401);
    report('hostile-open-endpoints', { endpoints: open.length + 1, leaks: leaks.length });
    assert.deepEqual(leaks, []);
  });

  it('writes no formula cell into a CSV export', async () => {
    const d = await hub.createDevice('=cmd|" /C calc"!A0');
    const evil = ['=1+1', '+SUM(A1)', '-2+3', '@NOW()', '\tTAB', '=HYPERLINK("http://x")'];
    const channels = evil.map((name, i) => ({
      key: `c${i}`,
      kind: 'temperature',
      unit: i % 2 ? '=°C' : '+°C',
      name,
    }));
    const res = await hub.api('/ingest', {
      method: 'POST',
      token: d.token,
      body: JSON.stringify({
        boot_id: 'csv',
        channels,
        readings: channels.map((c, i) => ({
          seq: i + 1,
          channel: c.key,
          ts: Date.now() - 60_000,
          value: -5.5,
        })),
      }),
    });
    // A tab is a control character: names with one are refused outright.
    assert.equal(res.status, 400);
    const clean = channels.filter((c) => !c.name.includes('\t'));
    const ok = await hub.api('/ingest', {
      method: 'POST',
      token: d.token,
      body: JSON.stringify({
        boot_id: 'csv',
        channels: clean,
        readings: clean.map((c, i) => ({
          seq: i + 1,
          channel: c.key,
          ts: Date.now() - 60_000 + i,
          value: -5.5,
        })),
      }),
    });
    assert.equal(ok.status, 200, await ok.text());
    const series = (await hub.json<{ id: number; device_id: string }[]>('/series')).filter(
      (x) => x.device_id === d.device_id,
    );
    const session = await hub.json<{ id: string }>('/sessions', {
      method: 'POST',
      body: JSON.stringify({
        kind: 'cook',
        name: '=evil()',
        started_at: Date.now() - 120_000,
        channels: series.map((x) => ({ series_id: x.id, role: 'pit', label: '@label' })),
      }),
    });
    const csv = await send(hub.url, {
      path: `/sessions/${session.id}/export.csv`,
      headers: admin(),
    });
    assert.equal(csv.status, 200);
    const cells = csv.body
      .split('\r\n')
      .filter(Boolean)
      .flatMap((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '')))
      .map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));
    const formulas = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
    report('hostile-csv', { cells: cells.length, formula_cells: formulas.length });
    assert.deepEqual(formulas, []);
  });

  it('bounds forged tokens from another address, and /health stays quick meanwhile', async () => {
    // The real device id with made-up secrets: each one costs a scrypt check unless refused first.
    const forged = (i: number) => `bpd_${deviceId}_${String(i).padStart(32, 'x')}`;
    const health = () => send(hub.url, { path: '/health' });
    const alone: number[] = [];
    for (let i = 0; i < 10; i++) alone.push((await health()).ms);
    // 16 connections at a time (the per-address cap is 32), 200 forged tokens in all.
    const answers: Answer[] = [];
    let next = 0;
    const worker = async () => {
      while (next < 200) {
        const i = next++;
        answers.push(
          await send(hub.url, {
            method: 'POST',
            path: '/ingest',
            headers: { authorization: `Bearer ${forged(i)}` },
            body: '{}',
            from: LAN,
          }),
        );
      }
    };
    const attackStarted = Date.now();
    const attack = Promise.all(Array.from({ length: 16 }, worker)).then(
      () => (Date.now() - attackStarted) / 1000,
    );
    const during: number[] = [];
    for (let i = 0; i < 10; i++) during.push((await health()).ms);
    const attackSeconds = await attack;
    // The budget: 20 at once, then one more every 3 s the attack lasted (a busy machine is slow).
    const budget = 20 + Math.floor(attackSeconds / 3);
    const checked = answers.filter((a) => a.status === 401).length;
    const limited = answers.filter((a) => a.status === 429).length;
    const ratio = median(during) / median(alone);
    report('hostile-forged-tokens', {
      sent: answers.length,
      checked,
      limited,
      health_ratio: ratio,
      attack_s: attackSeconds,
    });
    assert.ok(
      checked <= budget,
      `at most the failure budget (${budget}) was checked with scrypt (${checked})`,
    );
    assert.equal(checked + limited, answers.length);
    assert.ok(ratio < 5, `/health during 200 forged tokens: ${ratio.toFixed(2)}x`);
  });

  it('caps the connections of one address and cuts slow headers off', async () => {
    const port = Number(new URL(hub.url).port);
    const sockets: Socket[] = [];
    const closedAt: number[] = [];
    const started = Date.now();
    await Promise.all(
      Array.from(
        { length: 48 },
        () =>
          new Promise<void>((resolve) => {
            const s = connect({ host: '127.0.0.1', port, localAddress: LAN }, () => {
              s.write('POST /api/v1/ingest HTTP/1.1\r\nHost: hub\r\n');
              resolve();
            });
            s.on('error', () => resolve());
            s.on('close', () => closedAt.push(Date.now() - started));
            sockets.push(s);
          }),
      ),
    );
    // Trickle a header byte a second, as a slow-loris client does.
    const trickle = setInterval(() => {
      for (const s of sockets) if (!s.destroyed) s.write('X');
    }, 1000);
    const health = () => send(hub.url, { path: '/health' });
    await sleep(500);
    const cappedAtOnce = closedAt.length;
    const during: number[] = [];
    for (let i = 0; i < 5; i++) during.push((await health()).ms);
    for (let i = 0; i < 15 && closedAt.length < sockets.length; i++) await sleep(1000);
    clearInterval(trickle);
    for (const s of sockets) s.destroy();
    const alone: number[] = [];
    for (let i = 0; i < 5; i++) alone.push((await health()).ms);
    report('hostile-slow-headers', {
      connections: sockets.length,
      closed_at_once: cappedAtOnce,
      cut_off_after_s: Math.max(...closedAt) / 1000,
      health_ratio: median(during) / median(alone),
    });
    assert.ok(
      cappedAtOnce >= 16,
      `connections past the per-address cap closed at once (${cappedAtOnce})`,
    );
    assert.equal(
      closedAt.length,
      sockets.length,
      'every slow-header connection was cut off by the hub',
    );
  });
});
