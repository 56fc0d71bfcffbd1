import { expect } from 'chai';
import fc from 'fast-check';
import { BitReader, BitWriter, bitLength, unzigzag, zigzag } from '../../../src/store/cold/bits.js';
import {
  ColdBlockCorrupt,
  decodeBlock,
  decodeTimes,
  encodeBlock,
  MAX_BLOCK_READINGS,
  type Columns,
} from '../../../src/store/cold/codec.js';

const T0 = Date.UTC(2025, 10, 22, 8, 0, 0);

/** Readings as the store holds them: increasing ts, a value or none, a status code 0–4. */
const readings = (o: { values?: fc.Arbitrary<number> } = {}) =>
  fc
    .array(
      fc.record({
        gap: fc.oneof(
          { weight: 8, arbitrary: fc.integer({ min: 995, max: 1005 }) },
          { weight: 1, arbitrary: fc.integer({ min: 1, max: 3_600_000 }) },
        ),
        value: fc.oneof(
          { weight: 9, arbitrary: o.values ?? fc.double({ noNaN: true }) },
          { weight: 1, arbitrary: fc.constant(NaN) },
        ),
        status: fc.oneof(
          { weight: 9, arbitrary: fc.constant(0) },
          { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }) },
        ),
      }),
      { minLength: 1, maxLength: 600 },
    )
    .map((rows): Columns => {
      let t = T0;
      return {
        ts: Float64Array.from(rows, (r) => (t += r.gap)),
        value: Float64Array.from(rows, (r) => r.value),
        status: Uint8Array.from(rows, (r) => r.status),
      };
    });

/** What a reading must decode to: ok values rounded to `decimals`, everything else exact. */
function expected(c: Columns, decimals: number | null): Columns {
  const value = Float64Array.from(c.value, (v, i) =>
    decimals === null || c.status[i] !== 0 || Number.isNaN(v)
      ? v
      : Math.round(v * 10 ** decimals) / 10 ** decimals,
  );
  return { ts: c.ts, value, status: c.status };
}

const same = (a: Columns, b: Columns) => {
  expect(Array.from(a.ts)).to.deep.equal(Array.from(b.ts));
  expect(Array.from(a.status)).to.deep.equal(Array.from(b.status));
  // Object.is: −0, NaN and ±Infinity must come back as they went in.
  a.value.forEach((v, i) =>
    expect(Object.is(v, b.value[i]) || v === b.value[i], `value ${i}`).to.equal(true),
  );
};

describe('cold block codec', () => {
  describe('bits', () => {
    it('reads back any sequence of writes of 0 to 53 bits, and Rice codes', () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.oneof(
              fc
                .integer({ min: 0, max: 53 })
                .chain((bits) =>
                  fc.tuple(
                    fc.constant(bits),
                    fc.double({ min: 0, max: 2 ** bits - 1, noNaN: true }).map(Math.floor),
                  ),
                ),
              fc.tuple(fc.constant(-1), fc.nat()),
            ),
            { maxLength: 200 },
          ),
          fc.integer({ min: 0, max: 20 }),
          (writes, k) => {
            const w = new BitWriter();
            for (const [bits, v] of writes) bits < 0 ? w.rice(v, k) : w.writeWide(v, bits);
            const r = new BitReader(w.finish());
            for (const [bits, v] of writes)
              expect(bits < 0 ? r.rice(k) : r.readWide(bits)).to.equal(v);
            expect(r.overrun).to.equal(false);
          },
        ),
      );
    });

    it('zigzags every safe integer and measures bit lengths', () => {
      fc.assert(
        fc.property(fc.integer({ min: -(2 ** 51), max: 2 ** 51 }), (v) => {
          const z = zigzag(v);
          expect(z).to.be.at.least(0);
          expect(unzigzag(z)).to.equal(v);
        }),
      );
      expect([0, 1, 2, 255, 2 ** 32, 2 ** 52].map(bitLength)).to.deep.equal([0, 1, 2, 8, 33, 53]);
    });
  });

  describe('blocks', () => {
    it('round-trips any readings exactly when the series declares no precision', () => {
      fc.assert(
        fc.property(readings(), (c) => {
          const { data, summary } = encodeBlock(c, null);
          same(decodeBlock(data), c);
          expect(Array.from(decodeTimes(data))).to.deep.equal(Array.from(c.ts));
          expect(summary.n).to.equal(c.ts.length);
        }),
      );
    });

    it('keeps values exact to the declared precision, whatever noise lies beyond it', () => {
      const probe = fc.double({ min: -40, max: 500, noNaN: true });
      fc.assert(
        fc.property(readings({ values: probe }), fc.integer({ min: 0, max: 6 }), (c, p) => {
          const { data, summary } = encodeBlock(c, p);
          const back = decodeBlock(data);
          same(back, expected(c, p));
          expect(summary.decimals).to.equal(p);
        }),
      );
    });

    it('finds a lossless scale for short decimals and summarises what it decodes', () => {
      const c: Columns = {
        ts: Float64Array.from([0, 1000, 2001, 3000, 4000], (d) => T0 + d),
        value: Float64Array.from([21.5, 21.25, NaN, 6553.5, 21.375]),
        status: Uint8Array.from([0, 0, 1, 2, 0]),
      };
      const { data, summary } = encodeBlock(c, null);
      same(decodeBlock(data), c);
      expect(summary).to.deep.equal({
        n: 5,
        okN: 3,
        min: 21.25,
        max: 21.5,
        sum: 21.5 + 21.25 + 21.375,
        decimals: 3,
      });
    });

    it('never rounds values of a merged block a second time (minDecimals)', () => {
      const c: Columns = {
        ts: Float64Array.from([T0, T0 + 1000]),
        value: Float64Array.from([0.15, 0.149]),
        status: Uint8Array.from([0, 0]),
      };
      const back = decodeBlock(encodeBlock(c, 1, 2).data);
      expect(Array.from(back.value)).to.deep.equal([0.15, 0.15]);
    });

    it('codes an hour of a noisy probe at 1 Hz with timer jitter in under a byte a reading', () => {
      let seed = 7;
      const rand = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) as number;
      const n = 3600;
      const c: Columns = {
        ts: Float64Array.from({ length: n }, (_, i) => T0 + i * 1000 + Math.floor(rand() * 4)),
        value: Float64Array.from(
          { length: n },
          (_, i) => 107 + Math.sin(i / 600) * 3 + (rand() - 0.5) * 0.6,
        ),
        status: new Uint8Array(n),
      };
      const { data } = encodeBlock(c, 1);
      expect(data.length / n).to.be.below(1);
      same(decodeBlock(data), expected(c, 1));
    });

    it('refuses to encode unsorted or too many readings, and to decode a damaged blob', () => {
      const two: Columns = {
        ts: Float64Array.from([T0 + 1, T0]),
        value: Float64Array.from([1, 2]),
        status: new Uint8Array(2),
      };
      expect(() => encodeBlock(two, null)).to.throw(RangeError);
      const many = MAX_BLOCK_READINGS + 1;
      expect(() =>
        encodeBlock(
          {
            ts: Float64Array.from({ length: many }, (_, i) => i),
            value: new Float64Array(many),
            status: new Uint8Array(many),
          },
          null,
        ),
      ).to.throw(RangeError);
      const { data } = encodeBlock(
        {
          ts: Float64Array.from([T0, T0 + 1000]),
          value: Float64Array.from([1, 2]),
          status: new Uint8Array(2),
        },
        null,
      );
      expect(() => decodeBlock(data.subarray(0, 6))).to.throw(ColdBlockCorrupt);
      const bad = Uint8Array.from(data);
      bad[0] = 99;
      expect(() => decodeBlock(bad)).to.throw(ColdBlockCorrupt);
    });
  });
});
