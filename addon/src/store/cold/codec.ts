import { BitReader, BitWriter, bestRice, bitLength, unzigzag, zigzag } from './bits.js';
import { decodeXor, encodeXor } from './xor.js';

/**
 * The cold-block codec: the readings of one series over at most an hour, in a few bits each.
 *
 * - **Timestamps** as delta-of-delta (Gorilla), Rice-coded with the parameter that suits the
 *   block: readings at 1 Hz with a few ms of timer jitter cost ~3 bits, a perfectly regular
 *   series ~1 bit, a gap ~30 bits once.
 * - **Values** of ok readings as scaled integers (`round(value × 10^decimals)`), first- or
 *   second-order differences, Rice-coded: exact to the precision the series declares, and
 *   lossless for values that are short decimals anyway (what most probes and `HA` sources send).
 *   Values that are neither fall back to Gorilla's XOR encoding, which is lossless for any double.
 * - **Everything else** (flagged readings, readings without a value) as exceptions, kept exactly:
 *   they are rare, and never charted.
 *
 * The blob is a header and three sections, each padded to 32-bit words, so the timestamps can be
 * read without the values.
 */

/** Readings as columns; `value` is NaN where a reading has none (SQLite never stores NaN). */
export interface Columns {
  ts: Float64Array;
  value: Float64Array;
  /** Status codes as stored in `readings.status`; 0 is ok. */
  status: Uint8Array;
}

/** Figures of a block kept beside it, over its ok values as decoded. */
export interface BlockSummary {
  n: number;
  okN: number;
  /** Null when the block has no ok value. */
  min: number | null;
  max: number | null;
  sum: number;
  /** Decimals the values were scaled by; null when they are XOR-coded (exact doubles). */
  decimals: number | null;
}

/** Thrown when a blob is not a block this codec wrote (truncated, corrupt, newer version). */
export class ColdBlockCorrupt extends Error {
  readonly code = 'cold_block_corrupt';
}

const VERSION = 1;
/** Most readings one block holds (an hour at 1 Hz fits; section sizes stay within 16 bits). */
export const MAX_BLOCK_READINGS = 4096;
/** Largest scaled integer: differences of second order stay below 2^53. */
const MAX_SCALED = 2 ** 49;
/** Most decimals tried for a lossless scaled encoding of a series without a precision. */
const MAX_LOSSLESS_DECIMALS = 6;

/** Is reading `i` an ok reading with a value (coded in the value section)? */
const regular = (c: Columns, i: number) => c.status[i] === 0 && !Number.isNaN(c.value[i]!);

/**
 * Encodes readings sorted by strictly increasing `ts` (1 to MAX_BLOCK_READINGS of them). With `precision`
 * (decimals the series declares) ok values are rounded to it; `minDecimals` keeps values that
 * were already rounded finer (a block being merged) from being rounded twice.
 */
export function encodeBlock(
  c: Columns,
  precision: number | null,
  minDecimals = 0,
): { data: Uint8Array; summary: BlockSummary; decoded: Float64Array } {
  const n = c.ts.length;
  if (n === 0 || n > MAX_BLOCK_READINGS)
    throw new RangeError(`A block holds 1 to ${MAX_BLOCK_READINGS} readings, not ${n}`);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (regular(c, i)) idx.push(i);
  const raw = Float64Array.from(idx, (i) => c.value[i]!);
  const decimals =
    precision === null
      ? losslessDecimals(raw, minDecimals)
      : fitsScaled(raw, Math.max(precision, minDecimals));
  const values = decimals === null ? raw : scaleAll(raw, decimals);

  const header = new BitWriter();
  const ts = encodeTimestamps(c.ts);
  const exceptions = encodeExceptions(c);
  const vals = new BitWriter();
  if (values.length) {
    if (decimals === null) encodeXor(vals, raw);
    else encodeScaled(vals, values);
  }
  const sections = [ts.finish(), exceptions.finish(), vals.finish()];
  header.write(VERSION, 8);
  header.write(n, 16);
  header.write(decimals === null ? 1 : 0, 1);
  header.write(decimals ?? 0, 4);
  header.write(sections[0]!.length / 4, 16);
  header.write(sections[1]!.length / 4, 16);
  const data = concat([header.finish(), ...sections]);

  const decoded = new Float64Array(values.length);
  for (let j = 0; j < values.length; j++)
    decoded[j] = decimals === null ? raw[j]! : values[j]! / 10 ** decimals;
  return { data, summary: summarise(n, decoded, decimals), decoded };
}

/** Decodes a whole block. */
export function decodeBlock(data: Uint8Array): Columns {
  const h = readHeader(data);
  const ts = decodeTimestamps(new BitReader(data.subarray(h.tsAt, h.excAt)), h.n);
  const value = new Float64Array(h.n);
  const status = new Uint8Array(h.n);
  const exc = new BitReader(data.subarray(h.excAt, h.valAt));
  const excepted = new Uint8Array(h.n);
  const count = exc.read(16);
  for (let e = 0; e < count; e++) {
    const i = exc.read(16);
    if (i >= h.n || excepted[i])
      throw new ColdBlockCorrupt(`Exception ${e} of a cold block names reading ${i} of ${h.n}`);
    excepted[i] = 1;
    status[i] = exc.read(3);
    value[i] = exc.read(1) ? readDouble(exc) : NaN;
  }
  if (exc.overrun) throw new ColdBlockCorrupt('Cold block exceptions are truncated');
  const at: number[] = [];
  for (let i = 0; i < h.n; i++) if (!excepted[i]) at.push(i);
  const vals = new BitReader(data.subarray(h.valAt));
  if (at.length) {
    if (h.decimals === null) decodeXor(vals, at.length, value, at);
    else decodeScaled(vals, at, value, 10 ** h.decimals);
  }
  if (vals.overrun) throw new ColdBlockCorrupt('Cold block values are truncated');
  return { ts, value, status };
}

/** Only the timestamps of a block (counting or finding readings needs no values). */
export function decodeTimes(data: Uint8Array): Float64Array {
  const h = readHeader(data);
  return decodeTimestamps(new BitReader(data.subarray(h.tsAt, h.excAt)), h.n);
}

function readHeader(data: Uint8Array) {
  if (data.length < 8 || data.length % 4 !== 0)
    throw new ColdBlockCorrupt(`A cold block of ${data.length} bytes is not whole`);
  const r = new BitReader(data.subarray(0, 8));
  const version = r.read(8);
  if (version !== VERSION) throw new ColdBlockCorrupt(`Unknown cold block version ${version}`);
  const n = r.read(16);
  const xor = r.read(1) === 1;
  const decimals = r.read(4);
  const tsAt = 8;
  const excAt = tsAt + r.read(16) * 4;
  const valAt = excAt + r.read(16) * 4;
  if (n === 0 || valAt > data.length)
    throw new ColdBlockCorrupt('A cold block header does not match its size');
  return { n, decimals: xor ? null : decimals, tsAt, excAt, valAt };
}

function encodeTimestamps(ts: Float64Array): BitWriter {
  const w = new BitWriter();
  w.writeWide(ts[0]!, 53);
  const zs = new Float64Array(Math.max(0, ts.length - 1));
  let prev = 0;
  for (let i = 1; i < ts.length; i++) {
    const delta = ts[i]! - ts[i - 1]!;
    if (!(delta > 0)) throw new RangeError(`Block timestamps must increase (at ${i})`);
    zs[i - 1] = zigzag(delta - prev);
    prev = delta;
  }
  const { k } = bestRice(zs);
  w.write(k, 6);
  for (const z of zs) w.rice(z, k);
  return w;
}

function decodeTimestamps(r: BitReader, n: number): Float64Array {
  const ts = new Float64Array(n);
  ts[0] = r.readWide(53);
  const k = r.read(6);
  r.riceSigned(k, n - 1, ts, 1);
  let delta = 0;
  for (let i = 1; i < n; i++) {
    delta += ts[i]!;
    ts[i] = ts[i - 1]! + delta;
  }
  if (r.overrun) throw new ColdBlockCorrupt('Cold block timestamps are truncated');
  return ts;
}

/** Readings that are not ok values, exactly: index, status, and the double when there is one. */
function encodeExceptions(c: Columns): BitWriter {
  const w = new BitWriter();
  const at: number[] = [];
  for (let i = 0; i < c.ts.length; i++) if (!regular(c, i)) at.push(i);
  w.write(at.length, 16);
  for (const i of at) {
    w.write(i, 16);
    w.write(c.status[i]!, 3);
    const v = c.value[i]!;
    w.write(Number.isNaN(v) ? 0 : 1, 1);
    if (!Number.isNaN(v)) writeDouble(w, v);
  }
  return w;
}

const dv = new DataView(new ArrayBuffer(8));
function writeDouble(w: BitWriter, v: number): void {
  dv.setFloat64(0, v, true);
  w.write(dv.getUint32(4, true), 32);
  w.write(dv.getUint32(0, true), 32);
}
function readDouble(r: BitReader): number {
  dv.setUint32(4, r.read(32), true);
  dv.setUint32(0, r.read(32), true);
  return dv.getFloat64(0, true);
}

/**
 * Scaled integers: the first value, then first differences (slow noisy probes) or second
 * differences (smooth ramps), whichever codes smaller, Rice-coded.
 */
function encodeScaled(w: BitWriter, v: Float64Array): void {
  const d1 = new Float64Array(Math.max(0, v.length - 1));
  const d2 = new Float64Array(Math.max(0, v.length - 2));
  for (let i = 1; i < v.length; i++) d1[i - 1] = zigzag(v[i]! - v[i - 1]!);
  for (let i = 2; i < v.length; i++) d2[i - 2] = zigzag(v[i]! - 2 * v[i - 1]! + v[i - 2]!);
  const r1 = bestRice(d1);
  const r2 = bestRice(d2);
  const order = v.length > 2 && r2.bits + 58 < r1.bits ? 2 : 1;
  writeLengthPrefixed(w, zigzag(v[0]!));
  w.write(order, 2);
  if (order === 2) writeLengthPrefixed(w, d1[0]!);
  const { k, zs } = order === 1 ? { k: r1.k, zs: d1 } : { k: r2.k, zs: d2 };
  w.write(k, 6);
  for (const z of zs) w.rice(z, k);
}

function decodeScaled(r: BitReader, at: number[], out: Float64Array, scale: number): void {
  const m = at.length;
  const v = new Float64Array(m);
  v[0] = unzigzag(readLengthPrefixed(r));
  const order = r.read(2);
  let first = 1;
  if (order === 2 && m > 1) {
    v[1] = v[0]! + unzigzag(readLengthPrefixed(r));
    first = 2;
  }
  r.riceSigned(r.read(6), m - first, v, first);
  if (order === 2) {
    let delta = first === 2 ? v[1]! - v[0]! : 0;
    for (let i = first; i < m; i++) {
      delta += v[i]!;
      v[i] = v[i - 1]! + delta;
    }
  } else {
    for (let i = 1; i < m; i++) v[i] = v[i - 1]! + v[i]!;
  }
  for (let i = 0; i < m; i++) out[at[i]!] = v[i]! / scale;
}

function writeLengthPrefixed(w: BitWriter, z: number): void {
  const len = bitLength(z);
  w.write(len, 6);
  w.writeWide(z, len);
}

function readLengthPrefixed(r: BitReader): number {
  return r.readWide(r.read(6));
}

/** The fewest decimals (from `min`) at which every value is an exact short decimal, or null. */
function losslessDecimals(raw: Float64Array, min: number): number | null {
  for (let d = min; d <= MAX_LOSSLESS_DECIMALS; d++) {
    const scale = 10 ** d;
    let exact = true;
    for (let j = 0; j < raw.length && exact; j++) {
      const s = Math.round(raw[j]! * scale);
      exact = Math.abs(s) <= MAX_SCALED && s / scale === raw[j];
    }
    if (exact) return d;
  }
  return null;
}

/** `decimals` when every value scales within range, else null (XOR, lossless). */
function fitsScaled(raw: Float64Array, decimals: number): number | null {
  const scale = 10 ** decimals;
  for (let j = 0; j < raw.length; j++)
    if (!(Math.abs(Math.round(raw[j]! * scale)) <= MAX_SCALED)) return null;
  return decimals;
}

function scaleAll(raw: Float64Array, decimals: number): Float64Array {
  const scale = 10 ** decimals;
  // `+ 0` turns −0 into 0: the integer is what is stored, and −0 has no integer of its own.
  return Float64Array.from(raw, (x) => Math.round(x * scale) + 0);
}

function summarise(n: number, decoded: Float64Array, decimals: number | null): BlockSummary {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of decoded) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  const ok = decoded.length > 0;
  return {
    n,
    okN: decoded.length,
    min: ok ? min : null,
    max: ok ? max : null,
    sum,
    decimals,
  };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
