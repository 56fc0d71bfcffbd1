import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestBatch } from '@brewpit/protocol';
import { checker } from '../../src/config/validate.js';
import { Outbox } from '../../src/outbox/outbox.js';

describe('Outbox.wire (readings serialised by SQLite)', () => {
  let dir: string;
  let outbox: Outbox;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'brewpit-wire-'));
    outbox = Outbox.open(join(dir, 'outbox.db'), 0);
  });
  afterEach(() => {
    outbox.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the readings as the protocol has them, every value parsing back to the same double', () => {
    const values = [0.1 + 0.2, 20.123456789012345, 1 / 3, -40, 1e-7, 123456789.12345678, null];
    const ts = 1_763_800_000_000;
    outbox.append(
      values.map((value, i) => ({
        channel: i % 2 ? 'pit' : 'meat1',
        ts: ts + i,
        value,
        status:
          value === null
            ? ('unavailable' as const)
            : i === 3
              ? ('spike' as const)
              : ('ok' as const),
      })),
    );
    const slice = outbox.wire(100);
    const bySeq = (a: { seq: number }, b: { seq: number }) => a.seq - b.seq;
    assert.deepEqual(
      (JSON.parse(slice.json!) as { seq: number }[]).sort(bySeq),
      outbox.peek(100).map((r) => {
        const { status, ...rest } = r;
        return status === 'ok' ? rest : { ...rest, status };
      }),
    );
    assert.deepEqual([slice.count, slice.first, slice.last], [7, { seq: 1, ts }, 7]);
    const check = checker(IngestBatch);
    assert.ok(check(JSON.parse(`{"boot_id":"b","readings":${slice.json}}`)).ok, 'a valid batch');
  });

  it('honours the limit and the seq window, and says when there is nothing', () => {
    outbox.append(
      Array.from({ length: 10 }, (_, i) => ({
        channel: 'pit',
        ts: i + 1,
        value: i,
        status: 'ok' as const,
      })),
    );
    const s = outbox.wire(3, 4);
    assert.deepEqual(
      JSON.parse(s.json!).map((r: { seq: number }) => r.seq),
      [5, 6, 7],
    );
    assert.deepEqual(
      JSON.parse(outbox.wire(10, 4, 7).json!).map((r: { seq: number }) => r.seq),
      [5, 6],
    );
    assert.deepEqual(outbox.wire(10, 10), { json: '[]', count: 0, first: undefined, last: 0 });
  });
});
