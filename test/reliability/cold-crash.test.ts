/**
 * Cold-storage crash: the hub is killed with SIGKILL at random moments while it compresses, over
 * and over. A store of 36 hours of 1 Hz readings on four channels (two with a precision, one of
 * raw doubles, one hydrometer-like) lies past `compress_after_days`; every start runs a
 * compression pass at once. Each cycle a client posts late readings into hours that are already
 * compressed (an edge back after days offline), so the next pass has decode-merge-reencode work,
 * and the hub is killed a random 0–400 ms after it answers /health. A kill counts as "during
 * compression" when that run logged the pass starting and not finishing. After the last kill, a
 * final drain and a clean pass, every reading — base and late — is there exactly once, with its
 * value, and the cold bookkeeping (blocks, figures) agrees with the data.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Channel, Reading } from '@brewpit/protocol';
import { Store } from '../../addon/src/store/index.js';
import { HubProcess, requireBuilt } from '../support/processes.js';
import { rng } from '../support/stats.js';
import { sleep, waitFor } from '../support/wait.js';
import { report, SOAK } from './harness.js';

const KILLS = Number(process.env['BREWPIT_COLD_CRASH_KILLS'] ?? (SOAK ? 400 : 100));
const SEED = Number(process.env['BREWPIT_COLD_CRASH_SEED'] ?? 20251201);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BASE_HOURS = 36;
const LATE_PER_CYCLE = 150;

const CHANNELS: Channel[] = [
  { key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit', precision: 1 },
  { key: 'meat', kind: 'temperature', unit: '°C', name: 'Meat', precision: 1 },
  { key: 'raw', kind: 'other', unit: '', name: 'Raw doubles' },
  { key: 'gravity', kind: 'gravity', unit: 'SG', name: 'Gravity', precision: 3 },
];

/** A value exact at the channel's precision (so the comparison below can be exact too). */
function value(c: Channel, i: number, salt: number): number {
  const x = Math.sin(i * 0.001 + salt) * 30 + ((i * 7919 + salt) % 13) / 10;
  if (c.precision === undefined) return 100 + x / 7;
  return (
    Math.round((c.key === 'gravity' ? 1.05 + x / 1000 : 100 + x) * 10 ** c.precision) /
    10 ** c.precision
  );
}

type Expected = Map<string, Map<number, number | null>>;

describe('reliability: kill -9 during cold-storage compression', function () {
  // Each cycle is a hub start (about a second on a quiet machine, several under load).
  this.timeout((SOAK ? 40 : 15) * 60_000);
  let dir: string;
  let hub: HubProcess | undefined;

  before(function () {
    requireBuilt();
    dir = mkdtempSync(join(tmpdir(), 'brewpit-rel-cold-'));
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed')
      console.error(`--- hub log (tail) ---\n${hub?.log.slice(-4000)}`);
  });
  after(async () => {
    await hub?.kill();
    if (dir && !process.env['BREWPIT_KEEP']) rmSync(dir, { recursive: true, force: true });
    else if (dir) console.log('kept', dir);
  });

  it(`keeps every reading exactly once across ${KILLS} kills during compression`, async () => {
    const random = rng(SEED);
    const now = Date.now();
    const t0 = Math.floor((now - 3 * DAY) / HOUR) * HOUR - BASE_HOURS * HOUR;
    const expected: Expected = new Map(CHANNELS.map((c) => [c.key, new Map()]));
    const { token, deviceId, lastSeq } = buildBase(join(dir, 'hub'), t0, expected);

    hub = new HubProcess({
      dir,
      env: { BREWPIT_COMPRESS_AFTER_DAYS: '1', BREWPIT_INGEST_RATE_LIMIT: '0' },
    });
    let seq = lastSeq;
    let pending: Reading[] = [];
    const taken = new Set<string>();
    const post = async (readings: Reading[]) => {
      const res = await fetch(`${hub!.url}/api/v1/ingest`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ boot_id: 'late', readings }),
      });
      if (res.status !== 200) throw new Error(`ingest answered ${res.status}: ${await res.text()}`);
      const { ack_seq } = (await res.json()) as { ack_seq: number };
      pending = pending.filter((r) => r.seq > ack_seq);
    };
    const lateReadings = () => {
      const out: Reading[] = [];
      for (let k = 0; k < LATE_PER_CYCLE && pending.length + out.length < 4000; k++) {
        const c = CHANNELS[Math.floor(random() * CHANNELS.length)]!;
        const ts = t0 + Math.floor(random() * BASE_HOURS * 3600) * 1000 + 500; // between two readings
        if (taken.has(`${c.key}:${ts}`)) continue;
        taken.add(`${c.key}:${ts}`);
        const v = value(c, ts / 1000, 7);
        expected.get(c.key)!.set(ts, v);
        out.push({ seq: ++seq, channel: c.key, ts, value: v });
      }
      return out;
    };

    const started = Date.now();
    let cycles = 0;
    let killsDuring = 0;
    let acked = 0;
    while (killsDuring < KILLS && cycles < KILLS * 3) {
      cycles++;
      const mark = hub.log.length;
      await hub.start();
      pending.push(...lateReadings());
      const sent = post(pending).then(
        () => acked++,
        () => undefined, // killed mid-request: resent next cycle
      );
      await sleep(random() * 400);
      await hub.kill('SIGKILL');
      await sent;
      const run = hub.log.slice(mark);
      if (run.includes('"msg":"Compressing') && !/"msg":"Compressed \d+ readings/.test(run))
        killsDuring++;
    }
    assert.ok(
      killsDuring >= KILLS,
      `only ${killsDuring} of ${cycles} kills landed during compression`,
    );

    // Final drain: everything unacknowledged is resent, then one clean start compresses it all.
    await hub.start();
    await waitFor(
      'late readings acknowledged',
      async () => {
        if (pending.length) await post(pending);
        return pending.length === 0;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    await hub.kill('SIGTERM');
    const finalStart = Date.now();
    await hub.start();
    await waitFor(
      'a finished pass',
      async () => {
        const s = (await hub!.json('/storage')) as {
          compression: {
            running: boolean;
            last_pass_finished_at: number | null;
            backlog_hours: number;
          };
        };
        return (
          !s.compression.running &&
          (s.compression.last_pass_finished_at ?? 0) >= finalStart &&
          s.compression.backlog_hours === 0
        );
      },
      { timeoutMs: 120_000, intervalMs: 250 },
    );
    await hub.kill('SIGTERM');

    const found = verify(join(dir, 'hub', 'brewpit.db'), deviceId, expected);
    report('cold-crash', {
      kills_during_compression: killsDuring,
      cycles,
      seed: SEED,
      hub_starts: hub.starts,
      late_batches_acked: acked,
      readings: found.readings,
      cold_readings: found.cold,
      blocks: found.blocks,
      seconds: (Date.now() - started) / 1000,
    });
  });
});

/** The store before the first start: 36 h at 1 Hz on four channels, through the store's own ingest. */
function buildBase(dataDir: string, t0: number, expected: Expected) {
  mkdirSync(dataDir, { recursive: true });
  const store = Store.open(join(dataDir, 'brewpit.db'));
  try {
    const { device_id, token } = store.devices.create('cold-crash');
    let seq = 0;
    let batch: Reading[] = [];
    const flush = () => {
      store.readings.ingest(device_id, { boot_id: 'base', channels: CHANNELS, readings: batch });
      batch = [];
    };
    for (let i = 0; i < BASE_HOURS * 3600; i++) {
      const ts = t0 + i * 1000 + (i % 5 === 2 ? 3 : 0); // a little timer jitter
      for (const c of CHANNELS) {
        const spike = (i + c.key.length) % 701 === 0;
        const v = spike ? 6553.5 : value(c, i, c.key.length);
        batch.push({
          seq: ++seq,
          channel: c.key,
          ts,
          value: v,
          ...(spike ? { status: 'spike' as const } : {}),
        });
        expected.get(c.key)!.set(ts, spike ? null : v);
      }
      if (batch.length >= 5000) flush();
    }
    if (batch.length) flush();
    return { token, deviceId: device_id, lastSeq: seq };
  } finally {
    store.close();
  }
}

/** Every reading exactly once with its value (through the store, hot and cold alike), and consistent cold bookkeeping. */
function verify(file: string, deviceId: string, expected: Expected) {
  const store = Store.open(file);
  const db = new Database(file, { readonly: true });
  try {
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    let readings = 0;
    for (const [key, id] of store.readings.seriesIds(deviceId)) {
      const want = [...expected.get(key)!].sort((a, b) => a[0] - b[0]);
      const got = store.series.exportRows(id, 0, Number.MAX_SAFE_INTEGER);
      assert.equal(
        got.length,
        want.length,
        `${key}: ${got.length} readings stored, ${want.length} expected`,
      );
      got.forEach(([ts, v], i) => {
        const [wts, wv] = want[i]!;
        assert.ok(ts === wts && v === wv, `${key}[${i}]: got ${ts} ${v}, expected ${wts} ${wv}`);
      });
      readings += got.length;
    }
    const q = (sql: string, ...args: unknown[]) =>
      db
        .prepare(sql)
        .pluck()
        .get(...args) as number;
    const hot = q('SELECT count(*) FROM readings');
    const cold = q('SELECT coalesce(sum(n), 0) FROM cold_blocks');
    assert.equal(hot + cold, readings, 'rows and block counts add up to the readings');
    assert.equal(
      q('SELECT coalesce(sum(readings), 0) FROM cold_series'),
      cold,
      'cold figures match the blocks',
    );
    assert.equal(
      q('SELECT coalesce(sum(blocks), 0) FROM cold_series'),
      q('SELECT count(*) FROM cold_blocks'),
    );
    assert.equal(hot, 0, 'every reading (all days old) ended up compressed');
    const bad = q(`SELECT count(*) FROM cold_blocks b WHERE n > 4096 OR t0 / ${HOUR} != t1 / ${HOUR}
      OR EXISTS (SELECT 1 FROM cold_blocks o WHERE o.series_id = b.series_id AND o.id != b.id AND o.t0 <= b.t1 AND o.t1 >= b.t0)`);
    assert.equal(bad, 0, 'blocks are disjoint, within one hour, at most 4,096 readings');
    return { readings, cold, blocks: q('SELECT count(*) FROM cold_blocks') };
  } finally {
    db.close();
    store.close();
  }
}
