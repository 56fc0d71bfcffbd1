import { expect } from 'chai';
import sinon from 'sinon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDb, type Db } from '../../src/store/db.js';
import { IngestRejected } from '../../src/store/errors.js';
import { mergeRanges, SqliteSeqLedger, toRanges, type SeqRange } from '../../src/store/seq.js';

describe('seq ranges', () => {
  it('merges overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        [7, 9],
        [1, 3],
        [4, 5],
        [8, 12],
      ]),
    ).to.deep.equal([
      [1, 5],
      [7, 12],
    ]);
  });

  it('turns seqs into ranges', () => {
    expect(toRanges([5, 3, 4, 9, 10, 1])).to.deep.equal([
      [1, 1],
      [3, 5],
      [9, 10],
    ]);
    // In order, as an edge sends them (no sort), and with a repeat.
    expect(toRanges([1, 2, 3, 7, 8, 12])).to.deep.equal([
      [1, 3],
      [7, 8],
      [12, 12],
    ]);
    expect(toRanges([4, 5, 5, 6, 2])).to.deep.equal([
      [2, 2],
      [4, 6],
    ]);
    expect(toRanges([])).to.deep.equal([]);
  });
});

describe('SqliteSeqLedger', () => {
  let dir: string;
  let db: Db;
  const DEV = 'dev-1';

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'brewpit-seq-'));
    db = openDb(path.join(dir, 'store.db'));
    db.prepare("INSERT INTO devices (id, name, created_at) VALUES (?, 'd', 0)").run(DEV);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const stored = (): SeqRange[] =>
    db
      .prepare('SELECT from_seq, to_seq FROM seq_ranges WHERE device_id = ? ORDER BY from_seq')
      .raw()
      .all(DEV) as SeqRange[];

  /** One batch through the ledger, in a transaction like ingest's. */
  const apply = (
    ledger: SqliteSeqLedger,
    ack: number,
    seqs: number[],
    dropped = [] as SeqRange[],
  ) =>
    db.transaction(() => {
      const view = ledger.open(
        DEV,
        ack,
        seqs,
        dropped.map(([from, to]) => ({ from, to })),
      );
      const fresh = seqs.filter((s) => !view.known(s));
      return { ...view.commit(fresh), fresh };
    })();

  it('advances the acknowledgement over contiguous seqs and keeps the rest pending', () => {
    const ledger = new SqliteSeqLedger(db);
    expect(apply(ledger, 2, [3, 4, 5, 7, 8]).ack).to.equal(5);
    expect(stored()).to.deep.equal([[7, 8]]);
    // The gap filled: the pending range joins the acknowledgement and is gone.
    expect(apply(ledger, 5, [6]).ack).to.equal(8);
    expect(stored()).to.deep.equal([]);
  });

  it('knows seqs at or below the acknowledgement and inside stored ranges', () => {
    const ledger = new SqliteSeqLedger(db);
    apply(ledger, 0, [1, 2, 10, 11, 20]);
    const r = apply(ledger, 2, [2, 3, 10, 11, 12, 20, 21]);
    expect(r.fresh).to.deep.equal([3, 12, 21]);
    expect(stored()).to.deep.equal([
      [10, 12],
      [20, 21],
    ]);
  });

  it('merges a batch with the ranges on both sides of it, and only those rows change', () => {
    const ledger = new SqliteSeqLedger(db);
    apply(ledger, 0, [5, 6, 10, 11, 40]);
    apply(ledger, 0, [7, 8, 9]);
    expect(stored()).to.deep.equal([
      [5, 11],
      [40, 40],
    ]);
  });

  it('counts dropped seqs it did not know, and lets them close gaps', () => {
    const ledger = new SqliteSeqLedger(db);
    apply(ledger, 0, [1, 2, 6, 7]);
    const r = apply(
      ledger,
      2,
      [9],
      [
        [3, 7],
        [8, 8],
      ],
    );
    // 3-5 and 8 were unknown; 6-7 had been stored.
    expect(r).to.include({ ack: 9, dropped: 4 });
    expect(stored()).to.deep.equal([]);
  });

  it('refuses a dropped range past the seqs the device has sent (plus one batch)', () => {
    const ledger = new SqliteSeqLedger(db);
    apply(ledger, 0, [1, 2, 3]);
    expect(() => apply(ledger, 3, [], [[4, Number.MAX_SAFE_INTEGER]]))
      .to.throw(IngestRejected)
      .with.property('errors')
      .that.deep.equals([
        {
          path: '/dropped/0/to',
          message: 'is beyond the seqs this device has sent (highest 3, plus one batch: 5003)',
        },
      ]);
    // A batch the hub refused, reported as dropped, is within bounds.
    expect(apply(ledger, 3, [], [[4, 5003]]).ack).to.equal(5003);
  });

  it('refuses (409) a batch that would leave more gaps than the limit, and writes nothing', () => {
    const ledger = new SqliteSeqLedger(db, 10);
    apply(ledger, 0, [3, 5, 7, 9, 11, 13, 15, 17, 19, 21]);
    expect(stored()).to.have.length(10);
    let err: unknown;
    try {
      apply(ledger, 0, [23]);
    } catch (e) {
      err = e;
    }
    expect(err).to.be.instanceOf(IngestRejected);
    expect(err).to.include({ status: 409, title: 'Too many seq gaps' });
    expect(stored()).to.have.length(10);
    // Filling gaps is always accepted, and then there is room again.
    expect(apply(ledger, 0, [1, 2, 4]).ack).to.equal(5);
    apply(ledger, 5, [23]);
    expect(stored()).to.have.length(9);
  });

  it('reads only the ranges a batch falls among, however many gaps the device has', () => {
    const ledger = new SqliteSeqLedger(db, 100_000);
    // 20,000 gaps: every other seq.
    apply(
      ledger,
      0,
      Array.from({ length: 20_000 }, (_, i) => 2 * i + 3),
    );
    expect(stored()).to.have.length(20_000);
    const load = sinon.spy(ledger as unknown as { load(): SeqRange[] }, 'load');
    // The next contiguous seqs merge into the acknowledgement: one stored range read and removed.
    expect(apply(ledger, 0, [1, 2]).ack).to.equal(3);
    expect(load.returnValues).to.deep.equal([[[3, 3]]]);
    // A batch in the middle reads its two neighbours only.
    apply(ledger, 3, [20_000]);
    expect(load.returnValues[1]).to.deep.equal([
      [19_999, 19_999],
      [20_001, 20_001],
    ]);
    expect(stored()).to.have.length(19_998);
  });
});
