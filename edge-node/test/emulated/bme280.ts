import { RegisterFile } from './i2c.js';

/**
 * Calibration from the Bosch BMP280 datasheet's worked example (section 3.12: T1 27504 …
 * P9 6000) plus humidity words typical of real BME280 parts. Realistic, and the T/P part
 * comes with published expected results (25.08 °C, 100653.27 Pa for the raw values below).
 */
export const REALISTIC_CALIBRATION = {
  T1: 27504,
  T2: 26435,
  T3: -1000,
  P1: 36477,
  P2: -10685,
  P3: 3024,
  P4: 2855,
  P5: 140,
  P6: -7,
  P7: 15500,
  P8: -14600,
  P9: 6000,
  H1: 75,
  H2: 362,
  H3: 0,
  H4: 313,
  H5: 50,
  H6: 30,
};
/** Raw words of the datasheet example, with a humidity word for ~45 %RH. */
export const EXAMPLE_RAW = { adcT: 519888, adcP: 415148, adcH: 28000 };

/** Encodes calibration words into the chip's NVM layout (0x88… and 0xE1…). */
export function encodeCalibration(c: typeof REALISTIC_CALIBRATION): {
  block1: Buffer;
  block2: Buffer;
} {
  const b1 = Buffer.alloc(26);
  b1.writeUInt16LE(c.T1, 0);
  b1.writeInt16LE(c.T2, 2);
  b1.writeInt16LE(c.T3, 4);
  b1.writeUInt16LE(c.P1, 6);
  [c.P2, c.P3, c.P4, c.P5, c.P6, c.P7, c.P8, c.P9].forEach((v, i) => b1.writeInt16LE(v, 8 + 2 * i));
  b1.writeUInt8(c.H1, 25);
  const b2 = Buffer.alloc(7);
  b2.writeInt16LE(c.H2, 0);
  b2.writeUInt8(c.H3, 2);
  b2.writeInt8(c.H4 >> 4, 3); // 0xE4: H4[11:4]
  b2.writeUInt8(((c.H5 & 0x0f) << 4) | (c.H4 & 0x0f), 4); // 0xE5: H5[3:0] | H4[3:0]
  b2.writeInt8(c.H5 >> 4, 5); // 0xE6: H5[11:4]
  b2.writeInt8(c.H6, 6);
  return { block1: b1, block2: b2 };
}

/** A BME280 register file: chip id, NVM calibration, forced-mode conversions of set raw values. */
export class EmulatedBme280 extends RegisterFile {
  raw = { ...EXAMPLE_RAW };
  constructor(chipId = 0x60, calibration = REALISTIC_CALIBRATION) {
    super();
    this.regs[0xd0] = chipId;
    const { block1, block2 } = encodeCalibration(calibration);
    block1.copy(this.regs, 0x88);
    block2.copy(this.regs, 0xe1);
    // Data registers hold the "skipped" pattern until the first conversion.
    this.regs.set([0x80, 0, 0, 0x80, 0, 0, 0x80, 0], 0xf7);
  }

  protected override onWrite(register: number): void {
    if (register === 0xf4 && (this.regs[0xf4]! & 0x03) !== 0) {
      const { adcT, adcP, adcH } = this.raw;
      this.regs.set(
        [
          adcP >> 12,
          (adcP >> 4) & 0xff,
          (adcP & 0x0f) << 4,
          adcT >> 12,
          (adcT >> 4) & 0xff,
          (adcT & 0x0f) << 4,
          adcH >> 8,
          adcH & 0xff,
        ],
        0xf7,
      );
      this.regs[0xf4] = this.regs[0xf4]! & ~0x03; // back to sleep after a forced conversion
    }
  }
}
