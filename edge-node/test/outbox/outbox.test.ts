import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Outbox, type NewReading } from '../../src/outbox/outbox.js';

const CHANNELS = ['pit', 'meat1', 'meat2', 'ambient'];
/** One tick of 4 channels at `ts`. */
const tick = (ts: number): NewReading[] =>
  CHANNELS.map((channel, i) => ({ channel, ts, value: 100 + i + (ts % 7), status: 'ok' }));

describe('Outbox', () => {
  let dir: string;
  let box: Outbox | undefined;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'brewpit-outbox-'))));
  afterEach(() => {
    box?.close();
    box = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
  const open = (max = 0): Outbox => (box = Outbox.open(join(dir, 'outbox.db'), max));

  it('numbers readings from 1 and deletes only acknowledged ones', () => {
    const o = open();
    assert.deepEqual(
      o.append(tick(1000)).map((r) => r.seq),
      [1, 2, 3, 4],
    );
    o.append(tick(2000));
    assert.equal(o.ack(3), 3);
    assert.deepEqual(
      o.peek(10).map((r) => r.seq),
      [4, 5, 6, 7, 8],
    );
    assert.equal(o.stats().lastAckSeq, 3);
  });

  it('never reuses a seq, even after every row was deleted and the file reopened', () => {
    let o = open();
    o.append(tick(1000));
    o.ack(4);
    assert.equal(o.stats().depth, 0);
    o.close();
    o = open();
    assert.equal(o.append(tick(2000))[0]!.seq, 5);
  });

  it('uses WAL with synchronous FULL', () => {
    const o = open();
    assert.equal(o.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(o.db.pragma('synchronous', { simple: true }), 2);
  });

  it('renumbers a fresh outbox after the seqs the hub already holds, once', () => {
    const o = open();
    o.append(tick(1000));
    assert.ok(o.needsSeqSync());
    o.syncSeqBase(500);
    assert.ok(!o.needsSeqSync());
    assert.deepEqual(
      o.peek(10).map((r) => r.seq),
      [501, 502, 503, 504],
    );
    assert.equal(o.append(tick(2000))[0]!.seq, 505);
    o.close();
    const again = open();
    assert.ok(!again.needsSeqSync());
    assert.equal(again.next, 509);
  });

  it('keeps its in-memory figures equal to the file through append, ack, reject, thinning and reopening', function () {
    this.timeout(60_000);
    const counted = (o: Outbox) => ({
      depth: (o.db.prepare('SELECT count(*) AS n FROM readings').get() as { n: number }).n,
      pending:
        (
          o.db.prepare('SELECT sum(to_seq - from_seq + 1) AS n FROM dropped').get() as {
            n: number | null;
          }
        ).n ?? 0,
    });
    const check = (o: Outbox, what: string) => {
      const s = o.stats();
      const c = counted(o);
      assert.equal(s.depth, c.depth, `depth after ${what}`);
      assert.equal(o.depth, c.depth, `depth getter after ${what}`);
      assert.equal(s.droppedPending, c.pending, `droppedPending after ${what}`);
      assert.equal(s.lastAckSeq, Number(o.meta('last_ack_seq') ?? 0), `lastAckSeq after ${what}`);
      assert.equal(
        s.droppedTotal,
        Number(o.meta('dropped_total') ?? 0),
        `droppedTotal after ${what}`,
      );
      assert.equal(
        s.rejectedTotal,
        Number(o.meta('rejected_total') ?? 0),
        `rejectedTotal after ${what}`,
      );
    };
    let o = open(64 * 1024);
    for (let i = 0; i < 200; i++) o.append(tick(1000 + i * 1000));
    check(o, 'append');
    o.ack(10);
    check(o, 'ack');
    o.reject([20, 21, 400]);
    check(o, 'reject');
    assert.equal(o.stats().rejectedTotal, 3);
    for (let i = 200; i < 2000; i++) o.append(tick(1000 + i * 1000));
    assert.ok(o.stats().droppedTotal > 0, 'thinned');
    check(o, 'thinning');
    o.ack(o.droppedRanges(1)[0]!.to);
    check(o, 'an ack inside the dropped ranges');
    o.close();
    o = open(64 * 1024);
    check(o, 'reopening');
  });

  it('moves the hub past seqs a reset hub lost by reporting them dropped', () => {
    const o = open();
    o.append([...tick(1000), ...tick(2000)]);
    o.ack(6);
    o.ack(0); // hub store was reset
    assert.deepEqual(o.droppedRanges(10), [{ from: 1, to: 6 }]);
  });

  // The thinning and full-disk tests write tens of megabytes with fsync: seconds on a quiet
  // disk, much longer when other suites share it. Nothing here asserts time.
  it('thins to its size bound keeping the time span and counting every dropped seq', function () {
    this.timeout(180_000);
    const max = 256 * 1024;
    const o = open(max);
    const start = 1_763_800_000_000;
    const n = 6000; // 24,000 readings, far beyond 256 kB
    for (let i = 0; i < n; i++) o.append(tick(start + i * 1000));
    const s = o.stats();
    assert.ok(s.usedBytes <= max, `used ${s.usedBytes} > ${max}`);
    const rows = o.peek(1_000_000);
    assert.equal(rows[0]!.ts, start, 'oldest instant kept');
    assert.equal(rows[rows.length - 1]!.ts, start + (n - 1) * 1000, 'newest instant kept');
    assert.ok(s.droppedTotal > 0);
    assert.equal(
      s.droppedTotal + rows.length,
      n * CHANNELS.length,
      'every reading is either kept or counted dropped',
    );
    const ranges = o.droppedRanges(1_000_000);
    assert.equal(
      ranges.reduce((sum, r) => sum + r.to - r.from + 1, 0),
      s.droppedTotal,
      'dropped ranges cover the count',
    );
    const kept = new Set(rows.map((r) => r.seq));
    for (const r of ranges) for (let q = r.from; q <= r.to; q++) assert.ok(!kept.has(q));
    // Whole ticks are dropped: every remaining instant still has all its channels.
    const perTs = new Map<number, number>();
    for (const r of rows) perTs.set(r.ts, (perTs.get(r.ts) ?? 0) + 1);
    assert.ok([...perTs.values()].every((c) => c === CHANNELS.length));
  });

  it('leaves older data coarser, never finer, than newer data after repeated thinning', function () {
    this.timeout(180_000);
    const o = open(128 * 1024);
    const start = 1_763_800_000_000;
    for (let i = 0; i < 3000; i++) o.append(tick(start + i * 1000));
    const ts = [...new Set(o.peek(1_000_000).map((r) => r.ts))];
    const buckets = new Array<number>(10).fill(0);
    for (const t of ts) buckets[Math.min(9, Math.floor((t - start) / 300_000))]!++;
    for (let i = 1; i < buckets.length; i++) {
      assert.ok(buckets[i]! >= buckets[i - 1]! - 1, `density by age ${buckets.join(' ')}`);
    }
    assert.ok(buckets[0]! > 0, 'the oldest stretch is still represented');
    assert.equal(buckets[9], 300, 'the newest data is untouched');
  });

  it('keeps sampling on a full disk: thins, logs once, never throws', function () {
    this.timeout(180_000);
    const o = open(0);
    for (let i = 0; i < 200; i++) o.append(tick(1000 + i));
    const pages = Number(o.db.pragma('page_count', { simple: true }));
    o.db.pragma(`max_page_count = ${pages}`); // the "disk" is full now
    let stored = 0;
    for (let i = 0; i < 2000; i++) stored += o.append(tick(10_000 + i)).length;
    assert.ok(stored > 0, 'thinning made room');
    const s = o.stats();
    assert.ok(s.droppedTotal > 0);
    assert.equal(s.depth + s.droppedTotal + s.lostTotal, (200 + 2000) * CHANNELS.length);
  });

  it('survives kill -9 mid-append without losing committed rows or reusing a seq', async function () {
    this.timeout(120_000);
    const path = join(dir, 'outbox.db');
    const script = fileURLToPath(new URL('./append-forever.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, path], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let committed = 0;
    let buffer = '';
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.stdout.on('data', (d: Buffer) => {
        buffer += d.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const l of lines) if (l) committed = Math.max(committed, Number(l));
        if (committed >= 3000) {
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((r) => child.on('exit', r));
    const o = open();
    const seqs = o.peek(10_000_000).map((r) => r.seq);
    assert.ok(seqs.length >= committed, `${seqs.length} rows < ${committed} committed`);
    seqs.forEach((s, i) => assert.equal(s, i + 1, 'contiguous from 1'));
    const next = o.append(tick(1))[0]!.seq;
    assert.ok(next > seqs[seqs.length - 1]!, 'counter never reused');
  });
});
