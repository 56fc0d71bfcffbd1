import type { DroppedRange } from '@brewpit/protocol';
import type Database from 'better-sqlite3';

/** One sampling instant in the outbox: all readings sharing a timestamp. */
export interface Tick {
  ts: number;
  rows: number;
}

/** Number of equal-duration time strata the thinned window is split into. */
export const STRATA = 64;

/**
 * Chooses which ticks to drop so that about `dropRows` rows go, evenly across time: the
 * window's time span is cut into {@link STRATA} strata of equal duration and each stratum
 * loses the same fraction of its ticks, spread evenly inside it (Bresenham). The first and
 * last tick always stay, so the thinned data still spans the same time. Returns the indices
 * of the ticks to drop, ascending.
 */
export function planThinning(ticks: readonly Tick[], dropRows: number): number[] {
  const totalRows = ticks.reduce((n, t) => n + t.rows, 0);
  if (ticks.length < 3 || dropRows <= 0) return [];
  // Fraction of ticks to drop; the ends are kept, so cap just below the whole window.
  const fraction = Math.min(dropRows / totalRows, (ticks.length - 2) / ticks.length);
  const first = ticks[0]!.ts;
  const span = Math.max(1, ticks[ticks.length - 1]!.ts - first);
  const strata: number[][] = Array.from({ length: STRATA }, () => []);
  ticks.forEach((t, i) => {
    if (i === 0 || i === ticks.length - 1) return;
    const s = Math.min(STRATA - 1, Math.floor(((t.ts - first) / span) * STRATA));
    strata[s]!.push(i);
  });
  const drop: number[] = [];
  let carry = 0; // fractional ticks owed by earlier strata, so small strata are not starved
  for (const members of strata) {
    const want = members.length * fraction + carry;
    const n = Math.min(members.length, Math.floor(want));
    carry = want - n;
    for (let j = 0; j < n; j++) {
      // Evenly spaced picks inside the stratum: the centre of each of n equal slices.
      drop.push(members[Math.floor(((j + 0.5) * members.length) / n)]!);
    }
  }
  return drop.sort((a, b) => a - b);
}

/** Collapses ascending sequence numbers into inclusive ranges. */
export function toRanges(seqs: readonly number[]): DroppedRange[] {
  const ranges: DroppedRange[] = [];
  for (const seq of seqs) {
    const last = ranges[ranges.length - 1];
    if (last && seq === last.to + 1) last.to = seq;
    else if (!last || seq > last.to) ranges.push({ from: seq, to: seq });
  }
  return ranges;
}

/**
 * Deletes evenly spread ticks among the oldest readings after `floor` (the seqs in flight stay)
 * so that about `needRows` rows go: the window is the oldest `2 × needRows` rows (or all), the
 * ticks to drop are chosen by {@link planThinning}. Call inside a transaction. Returns the
 * deleted seqs, ascending, and the size of the window.
 */
export function deleteThinned(
  db: Database.Database,
  floor: number,
  needRows: number,
): { seqs: number[]; windowRows: number } {
  const eligible =
    db
      .prepare<[number], { n: number }>('SELECT count(*) AS n FROM readings WHERE seq > ?')
      .get(floor)?.n ?? 0;
  const windowRows = Math.min(eligible, needRows * 2);
  if (windowRows < 3) return { seqs: [], windowRows };
  const windowEnd =
    db
      .prepare<[number, number], { seq: number }>(
        'SELECT seq FROM readings WHERE seq > ? ORDER BY seq LIMIT 1 OFFSET ?',
      )
      .get(floor, windowRows - 1)?.seq ?? Number.MAX_SAFE_INTEGER;
  const ticks = db
    .prepare<[number, number], Tick & { lo: number; hi: number }>(
      'SELECT ts, count(*) AS rows, min(seq) AS lo, max(seq) AS hi FROM readings WHERE seq > ? AND seq <= ? GROUP BY ts ORDER BY ts',
    )
    .all(floor, windowEnd);
  // A tick's rows were appended in one transaction, so its seqs form a narrow range: use the
  // primary key to find them instead of scanning for the timestamp.
  const seqsOf = db.prepare<[number, number, number], { seq: number }>(
    'SELECT seq FROM readings WHERE seq BETWEEN ? AND ? AND ts = ?',
  );
  const del = db.prepare('DELETE FROM readings WHERE seq BETWEEN ? AND ? AND ts = ?');
  const seqs: number[] = [];
  for (const i of planThinning(ticks, needRows)) {
    const t = ticks[i]!;
    for (const r of seqsOf.all(t.lo, t.hi, t.ts)) seqs.push(r.seq);
    del.run(t.lo, t.hi, t.ts);
  }
  return { seqs: seqs.sort((a, b) => a - b), windowRows };
}
