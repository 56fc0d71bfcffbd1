import type { EmulatedChip } from './i2c.js';

const FSR: Record<number, number> = {
  0: 6.144,
  1: 4.096,
  2: 2.048,
  3: 1.024,
  4: 0.512,
  5: 0.256,
  6: 0.256,
  7: 0.256,
};

/**
 * An ADS1115 whose inputs are NTC voltage dividers: `setProbe(ch, ohms)` puts a probe of that
 * resistance on AINch (`null`: unplugged, the input floats to vref through the fixed resistor).
 * Conversions compute Vo = vref·R/(R + Rfixed) and quantise it like the chip.
 */
export class EmulatedAds1115 implements EmulatedChip {
  private config = 0x8583;
  private conversion = 0;
  private readonly probes: (number | null)[] = [null, null, null, null];

  constructor(
    readonly vref = 3.3,
    readonly rFixed = 10_000,
  ) {}

  setProbe(channel: number, ohms: number | null): void {
    this.probes[channel] = ohms;
  }

  read(register: number, length: number): Buffer {
    const b = Buffer.alloc(Math.max(2, length));
    b.writeUInt16BE(register === 0 ? this.conversion & 0xffff : this.config, 0);
    return b.subarray(0, length);
  }

  write(register: number, data: Buffer): void {
    if (register !== 1) return;
    const word = data.readUInt16BE(0);
    this.config = word & 0x7fff; // OS reads 0 while converting…
    if (word & 0x8000) this.convert(word);
    this.config |= 0x8000; // …and the emulated conversion is instant
  }

  private convert(word: number): void {
    const mux = (word >> 12) & 0x7;
    const fsr = FSR[(word >> 9) & 0x7]!;
    const r = mux >= 4 ? this.probes[mux - 4] : null;
    const vo = r === null || r === undefined ? this.vref : (this.vref * r) / (r + this.rFixed);
    this.conversion = Math.max(-32768, Math.min(32767, Math.round((vo / fsr) * 32768)));
  }
}
