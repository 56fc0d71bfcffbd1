/**
 * Bit-level writing and reading for the cold-block codec, in 32-bit little-endian words (one
 * layout on every machine the hub runs on, ARM or x86). Integers up to 2^53 are safe: anything
 * wider than 32 bits is split into a high and a low word, never shifted as a whole, because
 * JavaScript's bit operators work on 32 bits.
 */

const TWO_32 = 2 ** 32;

/** Quotients at or above this are written as an escape (length + plain bits), not in unary. */
export const RICE_ESCAPE = 20;

/** Appends bits to a growing buffer. */
export class BitWriter {
  private words = new Uint32Array(64);
  private w = 0;
  /** Bits of the current word already used, held in the low end of `cur` until it is full. */
  private used = 0;
  private cur = 0;

  /** Bits written so far. */
  get length(): number {
    return this.w * 32 + this.used;
  }

  /** Writes the low `bits` (0–32) bits of `value` (an unsigned integer below 2^bits). */
  write(value: number, bits: number): void {
    if (bits === 0) return;
    const free = 32 - this.used;
    if (bits < free) {
      this.cur = ((this.cur << bits) | value) >>> 0;
      this.used += bits;
      return;
    }
    const rest = bits - free; // 0..31 bits spill into the next word
    const top = rest === 0 ? value >>> 0 : value >>> rest;
    this.push(((free === 32 ? 0 : this.cur << free) | top) >>> 0);
    this.cur = rest === 0 ? 0 : (value & (0xffffffff >>> (32 - rest))) >>> 0;
    this.used = rest;
  }

  /** Writes `bits` (0–53) bits of a non-negative integer below 2^53. */
  writeWide(value: number, bits: number): void {
    if (bits <= 32) return this.write(value >>> 0, bits);
    this.write(Math.floor(value / TWO_32), bits - 32);
    this.write((value % TWO_32) >>> 0, 32);
  }

  /** `count` one bits (a unary quotient). */
  ones(count: number): void {
    for (; count >= 32; count -= 32) this.write(0xffffffff, 32);
    if (count > 0) this.write(0xffffffff >>> (32 - count), count);
  }

  /**
   * A non-negative integer below 2^53 in Rice code with parameter `k`: the quotient `z >> k` in
   * unary, a zero, then the low `k` bits. A quotient of RICE_ESCAPE or more (an outlier: a gap in
   * the timestamps, a step in the values) is written as RICE_ESCAPE ones, a 6-bit length and the
   * plain bits, so one outlier costs ~30 bits rather than millions.
   */
  rice(z: number, k: number): void {
    const q = Math.floor(z / 2 ** k);
    if (q < RICE_ESCAPE) {
      this.ones(q);
      this.write(0, 1);
      this.writeWide(z - q * 2 ** k, k);
      return;
    }
    const len = bitLength(z);
    this.ones(RICE_ESCAPE);
    this.write(len, 6);
    this.writeWide(z, len);
  }

  /** The bits written, padded with zeros to whole words, as bytes. */
  finish(): Uint8Array {
    const n = this.w + (this.used > 0 ? 1 : 0);
    const out = new Uint8Array(n * 4);
    const view = new DataView(out.buffer);
    for (let i = 0; i < this.w; i++) view.setUint32(i * 4, this.words[i]!, true);
    if (this.used > 0) view.setUint32(this.w * 4, (this.cur << (32 - this.used)) >>> 0, true);
    return out;
  }

  private push(word: number): void {
    if (this.w === this.words.length) {
      const grown = new Uint32Array(this.words.length * 2);
      grown.set(this.words);
      this.words = grown;
    }
    this.words[this.w++] = word;
  }
}

/** Reads what a `BitWriter` wrote. Reading past the end yields zeros and sets `overrun`. */
export class BitReader {
  private readonly words: Uint32Array;
  /** Position in bits. */
  pos = 0;

  constructor(bytes: Uint8Array) {
    const n = Math.ceil(bytes.length / 4);
    // One spare word, so a read that ends exactly at the last word never indexes past it.
    this.words = new Uint32Array(n + 1);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    for (let i = 0; i < n; i++) {
      const at = i * 4;
      this.words[i] =
        at + 4 <= bytes.length ? view.getUint32(at, true) : partialWord(bytes, at, view);
    }
  }

  /** True once a read went past the data: the block is truncated or corrupt. */
  get overrun(): boolean {
    return this.pos > (this.words.length - 1) * 32;
  }

  /** Reads `bits` (0–32) bits as an unsigned integer. */
  read(bits: number): number {
    if (bits === 0) return 0;
    const wi = this.pos >>> 5;
    const off = this.pos & 31;
    this.pos += bits;
    const head = (this.words[wi]! << off) >>> 0;
    if (off + bits <= 32) return head >>> (32 - bits);
    const lo = off + bits - 32;
    return ((head >>> (32 - bits)) | (this.words[wi + 1]! >>> (32 - lo))) >>> 0;
  }

  /** Reads `bits` (0–53) bits written by `writeWide`. */
  readWide(bits: number): number {
    if (bits <= 32) return this.read(bits);
    const hi = this.read(bits - 32);
    return hi * TWO_32 + this.read(32);
  }

  /** Counts one bits up to `max`, consuming the terminating zero when there is one before it. */
  unary(max: number): number {
    let q = 0;
    while (q < max) {
      const wi = this.pos >>> 5;
      const off = this.pos & 31;
      // Leading ones of the rest of this word: count leading zeros of its complement.
      const rest = ~(this.words[wi]! << off) >>> 0;
      const run = Math.min(Math.clz32(rest), 32 - off, max - q);
      q += run;
      this.pos += run;
      if (q === max) return q;
      if (run < 32 - off) {
        this.pos++; // the zero
        return q;
      }
      if (wi + 1 >= this.words.length) return q; // ran off the end: overrun tells the caller
    }
    return q;
  }

  /**
   * Reads `count` Rice-coded zigzagged integers (`BitWriter.rice(zigzag(v), k)`) into `out`: the
   * decoder's inner loop, with the position in a local and the common case (a quotient inside
   * the current word, `k` below 32) without calls.
   */
  riceSigned(k: number, count: number, out: Float64Array, at = 0): void {
    const words = this.words;
    const end = words.length - 1;
    const div = 2 ** k;
    let pos = this.pos;
    for (let i = 0; i < count; i++) {
      let q = 0;
      let escaped = false;
      for (;;) {
        const wi = pos >>> 5;
        const off = pos & 31;
        const avail = 32 - off;
        const run = Math.min(Math.clz32(~(words[wi]! << off)), avail, RICE_ESCAPE - q);
        q += run;
        pos += run;
        if (q === RICE_ESCAPE) {
          escaped = true;
          break;
        }
        if (run < avail) {
          pos++; // the terminating zero
          break;
        }
        if (wi >= end) break; // past the data: `overrun` reports it
      }
      let z: number;
      if (escaped) {
        this.pos = pos;
        z = this.readWide(this.read(6));
        pos = this.pos;
      } else if (k === 0) {
        z = q;
      } else if (k < 32) {
        const wi = pos >>> 5;
        const off = pos & 31;
        const head = (words[wi]! << off) >>> 0;
        const low =
          off + k <= 32
            ? head >>> (32 - k)
            : ((head >>> (32 - k)) | (words[wi + 1]! >>> (64 - off - k))) >>> 0;
        pos += k;
        z = q * div + low;
      } else {
        this.pos = pos;
        z = q * div + this.readWide(k);
        pos = this.pos;
      }
      out[at + i] = z < 0x80000000 ? (z >>> 1) ^ -(z & 1) : unzigzag(z);
    }
    this.pos = pos;
  }

  /** Reads one value written by `BitWriter.rice`. */
  rice(k: number): number {
    const q = this.unary(RICE_ESCAPE);
    if (q < RICE_ESCAPE) return q * 2 ** k + this.readWide(k);
    return this.readWide(this.read(6));
  }
}

function partialWord(bytes: Uint8Array, at: number, view: DataView): number {
  let w = 0;
  for (let b = 0; at + b < bytes.length; b++) w |= view.getUint8(at + b) << (8 * b);
  return w >>> 0;
}

/** Bits needed for a non-negative integer below 2^53 (0 for 0). */
export function bitLength(z: number): number {
  if (z < TWO_32) return 32 - Math.clz32(z);
  return 64 - Math.clz32(Math.floor(z / TWO_32));
}

/** Signed → unsigned, small magnitudes first: 0, −1, 1, −2, … → 0, 1, 2, 3, … (|v| < 2^52). */
export function zigzag(v: number): number {
  return v >= 0 ? 2 * v : -2 * v - 1;
}

/** Inverse of `zigzag`. */
export function unzigzag(z: number): number {
  return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
}

/**
 * The Rice parameter that codes `zs` in the fewest bits, and that size. The optimum sits next to
 * log2 of the mean, so only a few parameters around it are tried exactly.
 */
export function bestRice(zs: ArrayLike<number>): { k: number; bits: number } {
  let sum = 0;
  for (let i = 0; i < zs.length; i++) sum += zs[i]!;
  const guess = zs.length ? Math.max(0, Math.floor(Math.log2(sum / zs.length + 1))) : 0;
  let best = { k: 0, bits: Infinity };
  for (let k = Math.max(0, guess - 2); k <= Math.min(52, guess + 2); k++) {
    const bits = riceBits(zs, k);
    if (bits < best.bits) best = { k, bits };
  }
  return best;
}

function riceBits(zs: ArrayLike<number>, k: number): number {
  const div = 2 ** k;
  let bits = 0;
  for (let i = 0; i < zs.length; i++) {
    const z = zs[i]!;
    const q = Math.floor(z / div);
    bits += q < RICE_ESCAPE ? q + 1 + k : RICE_ESCAPE + 6 + bitLength(z);
  }
  return bits;
}
