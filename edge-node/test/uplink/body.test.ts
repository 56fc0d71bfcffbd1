import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Unpackr } from 'msgpackr/unpack';
import type { Reading } from '@brewpit/protocol';
import { Outbox } from '../../src/outbox/outbox.js';
import { ingestJson, ingestMsgpack, type IngestParts } from '../../src/uplink/body.js';

// Decoded as the hub decodes (`addon/src/ingest/body.ts`).
const unpackr = new Unpackr({ mapsAsObjects: true, int64AsType: 'number' });

describe('ingest bodies', () => {
  const reading = (seq: number, extra: Partial<Reading> = {}): Reading => ({
    seq,
    channel: 'pit',
    ts: 1_764_000_000_000 + seq * 1000,
    value: 100 + seq / 7,
    ...extra,
  });
  const parts = (readings: Reading[], rest: IngestParts['rest'] = {}): IngestParts => ({
    bootId: 'boot-ü',
    readings: { json: JSON.stringify(readings) },
    rest,
  });
  /** The MessagePack body decodes to exactly what the JSON body parses to. */
  const same = (p: IngestParts) => {
    const json: unknown = JSON.parse(ingestJson(p));
    assert.deepEqual(unpackr.unpack(ingestMsgpack(p)), json);
    return json;
  };

  it('carries the same batch as the JSON body, statuses, nulls and long channel keys included', () => {
    const readings = [
      reading(1),
      reading(2, { value: null, status: 'unavailable' }),
      reading(3, { channel: 'x'.repeat(32), value: -0.5 }),
      reading(4, { status: 'spike' }),
      reading(5, { value: 0 }),
      reading(2 ** 40, { ts: 946_684_800_000 }),
    ];
    same(parts(readings));
    same(parts([]));
    same(parts(readings.slice(0, 1)));
  });

  it('keeps the rest of the batch, small integers after the record ids among them', () => {
    // 64 and 65 are written as the bytes of the readings' record ids: they come before the
    // readings, whose records are defined last in the body.
    const rest: IngestParts['rest'] = {
      channels: [{ key: 'pit', kind: 'temperature', unit: '°C', name: 'Pit' }],
      dropped: [{ from: 64, to: 65 }],
      status: { outbox_depth: 64 },
      command_results: undefined,
    };
    const batch = same(parts([reading(66), reading(67, { status: 'frozen' })], rest)) as {
      dropped: unknown;
      command_results?: unknown;
    };
    assert.deepEqual(batch.dropped, [{ from: 64, to: 65 }]);
    assert.equal('command_results' in batch, false);
  });

  it('writes arrays of every size MessagePack distinguishes', () => {
    for (const n of [15, 16, 65_535, 65_536]) {
      const readings = Array.from({ length: n }, (_, i) =>
        reading(i + 1, i % 1000 === 7 ? { status: 'implausible' } : { channel: `ch${i % 8}` }),
      );
      const decoded = unpackr.unpack(ingestMsgpack(parts(readings))) as { readings: Reading[] };
      assert.equal(decoded.readings.length, n);
      assert.deepEqual(decoded.readings, readings);
    }
  });

  it('reads the same readings from the outbox as columns, in the order of their JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brewpit-body-'));
    const outbox = Outbox.open(join(dir, 'outbox.db'), 0);
    try {
      const statuses = ['ok', 'unavailable', 'spike', 'frozen', 'implausible'] as const;
      outbox.append(
        Array.from({ length: 3000 }, (_, i) => ({
          channel: `ch${i % 5}`,
          ts: 1_764_000_000_000 + i * 200,
          value: i % 97 === 0 ? null : Math.sin(i) * 1e3,
          status: statuses[i % 211 === 0 ? (i / 211) % 5 : 0]!,
        })),
      );
      for (const [after, before] of [
        [0, Number.MAX_SAFE_INTEGER],
        [1234, 2000],
        [2999, Number.MAX_SAFE_INTEGER],
        [3000, Number.MAX_SAFE_INTEGER],
      ] as const) {
        const json = outbox.wire(5000, after, before, 'json');
        const columns = outbox.wire(5000, after, before, 'columns');
        assert.deepEqual(
          { count: columns.count, first: columns.first, last: columns.last },
          { count: json.count, first: json.first, last: json.last },
        );
        const fromJson = same({ bootId: 'b', readings: json, rest: {} });
        assert.deepEqual(
          unpackr.unpack(ingestMsgpack({ bootId: 'b', readings: columns, rest: {} })),
          fromJson,
        );
        // And as JSON, should the hub refuse them as MessagePack.
        assert.deepEqual(
          JSON.parse(ingestJson({ bootId: 'b', readings: columns, rest: {} })),
          fromJson,
        );
      }
    } finally {
      outbox.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
