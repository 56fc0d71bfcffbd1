import type { ColdSeriesStats, ColdStep, ColdStore } from '../contract.js';
import type { Db } from '../db.js';
import { HOUR, lowerBound, type BlockMeta, type ColdBlocks } from './blocks.js';
import { ColdBlockCorrupt, encodeBlock, MAX_BLOCK_READINGS, type Columns } from './codec.js';

/**
 * Hot rows one step reads at most. With at most two blocks merged besides, a step handles at
 * most ~12,000 readings: a few milliseconds, about what one ingest batch holds the store for.
 */
const STEP_ROWS = MAX_BLOCK_READINGS;
/** Blocks one step merges at most (an hour at 1 Hz is one block; at 2 Hz, two). */
const MERGE_BLOCKS = 2;

type HotRow = [ts: number, value: number | null, status: number];

/**
 * Compression of hot readings into cold blocks (`ColdStore`). A step is one transaction: the hot
 * rows it read are deleted, the blocks they overlap are replaced, and the new blocks and the
 * series' figures are written together — a kill at any instant leaves either the rows or the
 * blocks, never both, never neither.
 */
export class SqliteColdStore implements ColdStore {
  private readonly stmts;

  constructor(
    private readonly db: Db,
    private readonly blocks: ColdBlocks,
  ) {
    this.stmts = {
      oldestHot: db
        .prepare('SELECT min(ts) FROM readings WHERE series_id = ? AND ts >= ? AND ts < ?')
        .pluck(),
      hotRows: db
        .prepare(
          'SELECT ts, value, status FROM readings WHERE series_id = ? AND ts BETWEEN ? AND ? ORDER BY ts LIMIT ?',
        )
        .raw(),
      deleteHot: db.prepare('DELETE FROM readings WHERE series_id = ? AND ts BETWEEN ? AND ?'),
      deleteBlock: db.prepare('DELETE FROM cold_blocks WHERE id = ?'),
      insertBlock:
        db.prepare(`INSERT INTO cold_blocks (series_id, t0, t1, n, ok_n, min, max, sum, decimals, data)
        VALUES (@s, @t0, @t1, @n, @okN, @min, @max, @sum, @decimals, @data)`),
      precision: db.prepare('SELECT precision FROM series WHERE id = ?').pluck(),
      account: db.prepare(`INSERT INTO cold_series (series_id, blocks, readings, bytes, saved_bytes)
        VALUES (@s, @blocks, @readings, @bytes, @saved) ON CONFLICT (series_id) DO UPDATE SET
          blocks = blocks + excluded.blocks, readings = readings + excluded.readings,
          bytes = bytes + excluded.bytes, saved_bytes = saved_bytes + excluded.saved_bytes`),
      stats: db
        .prepare(
          'SELECT c.series_id, s.device_id, c.blocks, c.readings, c.bytes, c.saved_bytes FROM cold_series c JOIN series s ON s.id = c.series_id ORDER BY c.series_id',
        )
        .raw(),
      pageSize: db.prepare('PRAGMA page_size').pluck(),
      pageCount: db.prepare('PRAGMA page_count').pluck(),
      freePages: db.prepare('PRAGMA freelist_count').pluck(),
    };
  }

  oldestHotHour(seriesId: number, before: number, from = 0): number | null {
    const ts = this.stmts.oldestHot.get(seriesId, from, before) as number | null;
    return ts === null ? null : Math.floor(ts / HOUR) * HOUR;
  }

  compressStep(seriesId: number, hour: number): ColdStep {
    const { replaced, ...step } = this.db.transaction(() => this.stepTx(seriesId, hour))();
    this.blocks.forget(replaced);
    return step;
  }

  stats(): ColdSeriesStats[] {
    const rows = this.stmts.stats.all() as [number, string, number, number, number, number][];
    return rows.map(([series_id, device_id, blocks, readings, bytes, saved_bytes]) => ({
      series_id,
      device_id,
      blocks,
      readings,
      bytes,
      saved_bytes,
    }));
  }

  private stepTx(s: number, hour: number): ColdStep & { replaced: number[] } {
    const none = { moved: 0, blocks: 0, savedBytes: 0, duplicates: 0, replaced: [] };
    const end = hour + HOUR - 1;
    let hot = this.stmts.hotRows.all(s, hour, end, STEP_ROWS) as HotRow[];
    if (!hot.length) return none;
    const pagesBefore = this.pagesInUse();
    const lo = hot[0]![0];
    let hi = hot.length === STEP_ROWS ? hot[hot.length - 1]![0] : end;
    let old = this.blocks.overlapping(s, lo, hi);
    if (old.length > MERGE_BLOCKS) {
      // Stop before the third block; the hot rows after it wait for the next step.
      hi = old[MERGE_BLOCKS]!.t0 - 1;
      old = old.slice(0, MERGE_BLOCKS);
      hot = hot.filter((r) => r[0] <= hi);
    }
    const oldData = old.map((b) => this.blocks.data(b.id));
    const { merged, duplicates } = merge(
      hot,
      old.map((b, i) => this.blocks.decode(b, oldData[i]!)),
    );
    const minDecimals = Math.max(0, ...old.map((b) => b.decimals ?? 0));
    const precision = this.stmts.precision.get(s) as number | null;
    this.stmts.deleteHot.run(s, lo, hot[hot.length - 1]![0]);
    for (const b of old) this.stmts.deleteBlock.run(b.id);
    let bytes = -oldData.reduce((sum, d) => sum + d.length, 0);
    const chunks = Math.ceil(merged.ts.length / MAX_BLOCK_READINGS);
    const size = Math.ceil(merged.ts.length / chunks);
    for (let a = 0; a < merged.ts.length; a += size) {
      const part = slice(merged, a, Math.min(merged.ts.length, a + size));
      const { data, summary } = encodeBlock(part, precision, minDecimals);
      this.stmts.insertBlock.run({
        s,
        t0: part.ts[0]!,
        t1: part.ts[part.ts.length - 1]!,
        ...summary,
        data,
      });
      bytes += data.length;
    }
    const savedBytes = (pagesBefore - this.pagesInUse()) * (this.stmts.pageSize.get() as number);
    this.stmts.account.run({
      s,
      blocks: chunks - old.length,
      readings: hot.length - duplicates,
      bytes,
      saved: savedBytes,
    });
    return {
      moved: hot.length,
      blocks: chunks,
      savedBytes,
      duplicates,
      replaced: old.map((b) => b.id),
    };
  }

  /** Pages holding data, as this transaction sees them: freed pages are reusable space. */
  private pagesInUse(): number {
    return (this.stmts.pageCount.get() as number) - (this.stmts.freePages.get() as number);
  }
}

/**
 * Per ingest batch: whether a cold block already holds a (series, ts), so a late resend of a
 * reading compressed meanwhile is a collision, as it would be against a hot row. Live readings
 * are newer than every block and cost one lookup per series and batch. A block that cannot be
 * decoded counts as not holding it: the reading is kept (hot) rather than the edge's whole batch
 * refused for ever; the damaged block is reported where it is read (queries, compression).
 */
export class ColdLookup {
  private readonly newest = new Map<number, number>();

  constructor(private readonly blocks: ColdBlocks) {}

  has(seriesId: number, ts: number): boolean {
    let newest = this.newest.get(seriesId);
    if (newest === undefined) this.newest.set(seriesId, (newest = this.blocks.lastTs(seriesId)));
    if (ts > newest) return false;
    const [b] = this.blocks.overlapping(seriesId, ts, ts, 1);
    if (!b) return false;
    try {
      const times = this.blocks.times(b);
      return times[lowerBound(times, ts)] === ts;
    } catch (err) {
      if (err instanceof ColdBlockCorrupt) return false;
      throw err;
    }
  }
}

/**
 * Hot rows and decoded blocks as one time-ordered set of columns. Ingest never lets a hot row
 * share a block's timestamp; should one anyway (a store written by other means), the block's
 * reading — the one stored first — is kept and the hot one counted as a duplicate, rather than
 * the step failing on that hour for ever.
 */
function merge(hot: HotRow[], blocks: Columns[]): { merged: Columns; duplicates: number } {
  const all: { ts: number; value: number; status: number }[] = [];
  for (const [ts, value, status] of hot) all.push({ ts, value: value ?? NaN, status });
  for (const b of blocks)
    for (let i = 0; i < b.ts.length; i++)
      all.push({ ts: b.ts[i]!, value: b.value[i]!, status: b.status[i]! });
  // Stable: at an equal timestamp the hot row comes first and the block's reading replaces it.
  if (blocks.length) all.sort((x, y) => x.ts - y.ts);
  const merged: Columns = {
    ts: new Float64Array(all.length),
    value: new Float64Array(all.length),
    status: new Uint8Array(all.length),
  };
  let k = -1;
  for (const r of all) {
    if (k < 0 || merged.ts[k] !== r.ts) k++;
    merged.ts[k] = r.ts;
    merged.value[k] = r.value;
    merged.status[k] = r.status;
  }
  const n = k + 1;
  return { merged: slice(merged, 0, n), duplicates: all.length - n };
}

function slice(c: Columns, a: number, b: number): Columns {
  return {
    ts: c.ts.subarray(a, b),
    value: c.value.subarray(a, b),
    status: c.status.subarray(a, b),
  };
}

export type { BlockMeta };
