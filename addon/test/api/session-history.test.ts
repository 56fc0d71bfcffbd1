import { expect } from 'chai';
import type { IngestBatch } from '@brewpit/protocol';
import { startTestHub, type TestHub } from '../helpers.js';

/** A small seeded PRNG (mulberry32): a failing range can be replayed from the seed in the message. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const T0 = Date.UTC(2025, 10, 20, 6, 0, 17, 250); // deliberately off every minute and hour boundary
const DAYS = 3;
const N = DAYS * 86_400; // 1 s data

describe('GET /sessions/{id}/history over days of 1 s data', function () {
  this.timeout(120_000);
  let t: TestHub;
  let sessionId: string;
  let seriesIds: number[];
  const seed = Number(process.env.HISTORY_SEED ?? 20251120);

  before(async () => {
    // The data is a year old: the compression job (every 10 minutes) would move it into cold
    // blocks mid-test, out of the `readings` table this test's truth is read from. Answers
    // over cold blocks are checked against the same truth in the cold storage tests.
    t = await startTestHub({ BREWPIT_COMPRESS_AFTER_DAYS: '0' });
    const { device_id } = await t.pairDevice();
    const rnd = prng(seed);
    const { readings } = t.hub.ctx.store;
    // pit: a random walk with lid-open dips and spikes; meat: a slow ramp with a few flagged readings and a gap.
    let pit = 110;
    let seq = 1;
    const channels: IngestBatch['channels'] = [
      { key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit' },
      { key: 'meat', kind: 'temperature', unit: '°C', name: 'Meat' },
    ];
    for (let start = 0; start < N; start += 2500) {
      const batch: IngestBatch = { boot_id: 'b', channels, readings: [] };
      for (let i = start; i < Math.min(N, start + 2500); i++) {
        pit += (rnd() - 0.5) * 0.8 + (rnd() < 0.0005 ? -30 : 0) + (110 - pit) * 0.01;
        const ts = T0 + i * 1000;
        batch.readings.push({
          seq: seq++,
          channel: 'pit',
          ts,
          value: Math.round((pit + (rnd() < 0.0002 ? 60 : 0)) * 100) / 100,
        });
        if (i % 86_400 > 40_000 && i % 86_400 < 43_600) continue; // an hour without meat readings each day
        const flagged = rnd() < 0.001;
        batch.readings.push({
          seq: seq++,
          channel: 'meat',
          ts,
          value: flagged ? 6553.5 : 4 + (i / N) * 90 + rnd(),
          ...(flagged ? { status: 'spike' as const } : {}),
        });
      }
      readings.ingest(device_id, batch);
    }
    // The loop above held the event loop for seconds: let the server close the keep-alive
    // sockets it timed out meanwhile before the next call, or that call may land on one (ECONNRESET).
    await new Promise((r) => setTimeout(r, 100));
    const series = (await t.call('GET', '/series')).body as { id: number; key: string }[];
    seriesIds = ['pit', 'meat'].map((k) => series.find((s) => s.key === k)!.id);
    const res = await t.call('POST', '/sessions', {
      kind: 'cook',
      name: 'Three-day test',
      started_at: T0,
      channels: [
        { series_id: seriesIds[0], role: 'pit' },
        { series_id: seriesIds[1], role: 'meat' },
      ],
    });
    sessionId = res.body.id;
    await t.call('POST', `/sessions/${sessionId}/end`, { ended_at: T0 + N * 1000 });
  });
  after(() => t.stop());

  const raw = (id: number, from: number, to: number) =>
    t
      .sql()
      .prepare(
        'SELECT min(value) AS min, max(value) AS max FROM readings WHERE series_id = ? AND ts BETWEEN ? AND ? AND status = 0',
      )
      .get(id, from, to) as { min: number | null; max: number | null };
  const valueAt = (id: number, ts: number) =>
    t
      .sql()
      .prepare('SELECT value FROM readings WHERE series_id = ? AND ts = ? AND status = 0')
      .pluck()
      .get(id, ts);

  it('returns at most max_points per series, real readings in time order, with the exact min and max of the range', async () => {
    const rnd = prng(seed + 1);
    const span = N * 1000;
    for (let trial = 0; trial < 80; trial++) {
      // ranges from seconds to the whole session, anywhere in it (and past its ends)
      const len = Math.floor(Math.exp(rnd() * Math.log(span * 1.1)));
      const from = T0 - 60_000 + Math.floor(rnd() * (span - len + 120_000));
      const to = from + len;
      const maxPoints = [2, 3, 10, 100, 500, 1000, 4000, 20000][Math.floor(rnd() * 8)]!;
      const res = await t.call(
        'GET',
        `/sessions/${sessionId}/history?from=${from}&to=${to}&max_points=${maxPoints}`,
      );
      const where = `seed ${seed}, trial ${trial}: from=${from} to=${to} max_points=${maxPoints}`;
      expect(res.status, where).to.equal(200);
      res.body.series.forEach(
        (s: { series_id: number; points: [number, number | null][] }, i: number) => {
          expect(s.series_id).to.equal(seriesIds[i]);
          expect(s.points.length, where).to.be.at.most(maxPoints);
          const values = s.points.map((p) => p[1]).filter((v): v is number => v !== null);
          const truth = raw(s.series_id, from, to);
          expect(values.length ? Math.min(...values) : null, `min, ${where}`).to.equal(truth.min);
          expect(values.length ? Math.max(...values) : null, `max, ${where}`).to.equal(truth.max);
          for (let k = 0; k < s.points.length; k++) {
            const [ts, v] = s.points[k]!;
            if (k > 0) expect(ts, `time order, ${where}`).to.be.greaterThan(s.points[k - 1]![0]);
            expect(ts >= from && ts <= to, `in range, ${where}`).to.equal(true);
            if (v !== null)
              expect(valueAt(s.series_id, ts), `a real reading, ${where}`).to.equal(v);
          }
        },
      );
    }
  });

  it('answers the same chart in columns at /chart, to the declared precision, with Server-Timing', async () => {
    const rnd = prng(seed + 2);
    const span = N * 1000;
    for (let trial = 0; trial < 12; trial++) {
      const len = Math.floor(Math.exp(rnd() * Math.log(span)));
      const from = T0 + Math.floor(rnd() * (span - len));
      const q = `from=${from}&to=${from + len}&max_points=${[100, 4000][trial % 2]}`;
      const where = `seed ${seed}, trial ${trial}: ${q}`;
      const [pairs, cols] = await Promise.all([
        t.call('GET', `/sessions/${sessionId}/history?${q}`),
        t.call('GET', `/sessions/${sessionId}/chart?${q}`),
      ]);
      expect(cols.status, where).to.equal(200);
      expect(cols.headers.get('server-timing'), where).to.match(/^db;dur=[\d.]+, json;dur=[\d.]+$/);
      expect(pairs.headers.get('server-timing'), where).to.match(/^db;dur=/);
      expect(cols.body).to.include({ session_id: sessionId, from, to: from + len });
      cols.body.series.forEach(
        (c: { decimals: number; t: number[]; v: (number | null)[]; tier: string }, i: number) => {
          const points = pairs.body.series[i].points as [number, number | null][];
          expect(c.decimals, where).to.equal(3); // announced without a precision
          expect(['raw', '1m', '1h']).to.include(c.tier);
          expect(c.t.length, where).to.equal(points.length);
          expect(
            c.v.every((v) => v === null || Number.isInteger(v)),
            where,
          ).to.equal(true);
          let ts = from;
          c.t.forEach((dt, k) => {
            ts += dt;
            expect(ts, where).to.equal(points[k]![0]);
            const v = c.v[k]!;
            if (points[k]![1] === null) expect(v, where).to.equal(null);
            else expect(Math.abs(v / 1000 - points[k]![1]!), where).to.be.at.most(0.0005);
          });
        },
      );
    }
  });

  it('defaults to the whole session and never returns the flagged 6553.5 spike', async () => {
    const res = await t.call('GET', `/sessions/${sessionId}/history`);
    expect(res.body).to.include({ from: T0, to: T0 + N * 1000 });
    const meat = res.body.series[1];
    expect(meat.points.length).to.be.at.most(4000);
    expect(Math.max(...meat.points.map((p: [number, number]) => p[1]))).to.be.below(100);
  });
});
