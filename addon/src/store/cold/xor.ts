import type { BitReader, BitWriter } from './bits.js';

/**
 * Gorilla's XOR encoding of doubles (Pelkonen et al., "Gorilla: A Fast, Scalable, In-Memory Time
 * Series Database", VLDB 2015, section 4.1.2): each value is XORed with the one before; an equal
 * value costs one bit, otherwise only the bits between the XOR's leading and trailing zeros are
 * written, reusing the previous window when they fit in it. Lossless for every double; the cold
 * store uses it for series without a declared precision whose values are not short decimals.
 *
 * Doubles are handled as two 32-bit halves, since JavaScript's bit operators are 32-bit.
 */

const view = new DataView(new ArrayBuffer(8));

function halves(v: number): [hi: number, lo: number] {
  view.setFloat64(0, v, true);
  return [view.getUint32(4, true), view.getUint32(0, true)];
}

function fromHalves(hi: number, lo: number): number {
  view.setUint32(4, hi, true);
  view.setUint32(0, lo, true);
  return view.getFloat64(0, true);
}

const ctz32 = (x: number) => 31 - Math.clz32(x & -x);

/** Writes `len` bits of the 64-bit value (hi:lo) shifted right by `shift`. */
function writeSlice(w: BitWriter, hi: number, lo: number, shift: number, len: number): void {
  if (shift >= 32) return w.write(hi >>> (shift - 32), len);
  const low = shift === 0 ? lo : ((hi << (32 - shift)) | (lo >>> shift)) >>> 0;
  if (len <= 32) return w.write(low, len);
  w.write(shift === 0 ? hi : hi >>> shift, len - 32);
  w.write(low, 32);
}

/** Reads what `writeSlice` wrote and shifts it back into place. */
function readSlice(r: BitReader, shift: number, len: number): [hi: number, lo: number] {
  const high = len > 32 ? r.read(len - 32) : 0;
  const low = r.read(Math.min(len, 32));
  if (shift >= 32) return [(low << (shift - 32)) >>> 0, 0];
  if (shift === 0) return [high, low];
  return [((high << shift) | (low >>> (32 - shift))) >>> 0, (low << shift) >>> 0];
}

/** Appends `values` (at least one) to `w`. */
export function encodeXor(w: BitWriter, values: ArrayLike<number>): void {
  let [ph, pl] = halves(values[0]!);
  w.write(ph, 32);
  w.write(pl, 32);
  let lead = -1;
  let trail = 0;
  for (let i = 1; i < values.length; i++) {
    const [h, l] = halves(values[i]!);
    const xh = (h ^ ph) >>> 0;
    const xl = (l ^ pl) >>> 0;
    [ph, pl] = [h, l];
    if (xh === 0 && xl === 0) {
      w.write(0, 1);
      continue;
    }
    const lz = xh !== 0 ? Math.clz32(xh) : 32 + Math.clz32(xl);
    const tz = xl !== 0 ? ctz32(xl) : 32 + ctz32(xh);
    if (lead >= 0 && lz >= lead && tz >= trail) {
      w.write(0b10, 2);
      writeSlice(w, xh, xl, trail, 64 - lead - trail);
      continue;
    }
    // A new window: 5 bits of leading zeros (capped at 31), 6 bits of length − 1.
    lead = Math.min(lz, 31);
    trail = tz;
    const len = 64 - lead - trail;
    w.write(0b11, 2);
    w.write(lead, 5);
    w.write(len - 1, 6);
    writeSlice(w, xh, xl, trail, len);
  }
}

/** Reads `count` values written by `encodeXor` into `out` at the given indexes. */
export function decodeXor(r: BitReader, count: number, out: Float64Array, at: ArrayLike<number>) {
  let ph = r.read(32);
  let pl = r.read(32);
  out[at[0]!] = fromHalves(ph, pl);
  let lead = 0;
  let trail = 0;
  for (let i = 1; i < count; i++) {
    if (r.read(1) === 1) {
      if (r.read(1) === 1) {
        lead = r.read(5);
        trail = 64 - lead - (r.read(6) + 1);
      }
      const [xh, xl] = readSlice(r, trail, 64 - lead - trail);
      ph = (ph ^ xh) >>> 0;
      pl = (pl ^ xl) >>> 0;
    }
    out[at[i]!] = fromHalves(ph, pl);
  }
}
