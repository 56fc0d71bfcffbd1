/**
 * Bosch compensation for the BME280 (datasheet BST-BME280-DS002 section 4.2.3 and 8.1),
 * in the double-precision and the integer variant. Pure functions over the calibration.
 */

/** Trimming parameters read from the chip's NVM. */
export interface Bme280Calibration {
  T1: number;
  T2: number;
  T3: number;
  P1: number;
  P2: number;
  P3: number;
  P4: number;
  P5: number;
  P6: number;
  P7: number;
  P8: number;
  P9: number;
  H1: number;
  H2: number;
  H3: number;
  H4: number;
  H5: number;
  H6: number;
}

/** Raw ADC words of one conversion. */
export interface Bme280Raw {
  adcT: number;
  adcP: number;
  adcH: number;
}

/** Compensated values: °C, Pa, %RH. */
export interface Bme280Values {
  temperature: number;
  pressure: number;
  humidity: number;
}

/** Decodes calibration block 1 (0x88–0xA1, 26 bytes) and block 2 (0xE1–0xE7, 7 bytes). */
export function parseCalibration(block1: Buffer, block2: Buffer): Bme280Calibration {
  const u16 = (o: number): number => block1.readUInt16LE(o);
  const s16 = (o: number): number => block1.readInt16LE(o);
  // dig_H4 and dig_H5 are 12-bit values sharing the nibbles of 0xE5; the high bytes are signed.
  const e4 = block2.readInt8(3);
  const e5 = block2.readUInt8(4);
  const e6 = block2.readInt8(5);
  return {
    T1: u16(0),
    T2: s16(2),
    T3: s16(4),
    P1: u16(6),
    P2: s16(8),
    P3: s16(10),
    P4: s16(12),
    P5: s16(14),
    P6: s16(16),
    P7: s16(18),
    P8: s16(20),
    P9: s16(22),
    H1: block1.readUInt8(25),
    H2: block2.readInt16LE(0),
    H3: block2.readUInt8(2),
    H4: e4 * 16 + (e5 & 0x0f),
    H5: e6 * 16 + (e5 >> 4),
    H6: block2.readInt8(6),
  };
}

/** Double-precision compensation (datasheet section 8.1). */
export function compensateDouble(c: Bme280Calibration, raw: Bme280Raw): Bme280Values {
  const { adcT, adcP, adcH } = raw;
  let v1 = (adcT / 16384 - c.T1 / 1024) * c.T2;
  const dT = adcT / 131072 - c.T1 / 8192;
  let v2 = dT * dT * c.T3;
  const tFine = v1 + v2;
  const temperature = tFine / 5120;

  v1 = tFine / 2 - 64000;
  v2 = (v1 * v1 * c.P6) / 32768;
  v2 = v2 + v1 * c.P5 * 2;
  v2 = v2 / 4 + c.P4 * 65536;
  v1 = ((c.P3 * v1 * v1) / 524288 + c.P2 * v1) / 524288;
  v1 = (1 + v1 / 32768) * c.P1;
  let pressure = 0; // the datasheet returns 0 to avoid a division by zero
  if (v1 !== 0) {
    let p = 1048576 - adcP;
    p = ((p - v2 / 4096) * 6250) / v1;
    const w1 = (c.P9 * p * p) / 2147483648;
    const w2 = (p * c.P8) / 32768;
    pressure = p + (w1 + w2 + c.P7) / 16;
  }

  let h = tFine - 76800;
  h =
    (adcH - (c.H4 * 64 + (c.H5 / 16384) * h)) *
    ((c.H2 / 65536) * (1 + (c.H6 / 67108864) * h * (1 + (c.H3 / 67108864) * h)));
  h = h * (1 - (c.H1 * h) / 524288);
  const humidity = Math.min(100, Math.max(0, h));
  return { temperature, pressure, humidity };
}

/** Arithmetic right shift without JavaScript's 32-bit truncation. */
const sar = (x: number, n: number): number => Math.floor(x / 2 ** n);

/** Integer compensation (datasheet section 4.2.3: 32-bit T and H, 64-bit P). */
export function compensateInteger(c: Bme280Calibration, raw: Bme280Raw): Bme280Values {
  const { adcT, adcP, adcH } = raw;
  const var1 = sar((sar(adcT, 3) - c.T1 * 2) * c.T2, 11);
  const d = sar(adcT, 4) - c.T1;
  const var2 = sar(sar(d * d, 12) * c.T3, 14);
  const tFine = var1 + var2;
  const temperature = sar(tFine * 5 + 128, 8) / 100;
  return {
    temperature,
    pressure: pressureInt64(c, tFine, adcP) / 256,
    humidity: humidityInt32(c, tFine, adcH) / 1024,
  };
}

function pressureInt64(c: Bme280Calibration, tFine: number, adcP: number): number {
  const B = BigInt;
  let v1 = B(tFine) - 128000n;
  let v2 = v1 * v1 * B(c.P6);
  v2 = v2 + ((v1 * B(c.P5)) << 17n);
  v2 = v2 + (B(c.P4) << 35n);
  v1 = ((v1 * v1 * B(c.P3)) >> 8n) + ((v1 * B(c.P2)) << 12n);
  v1 = (((1n << 47n) + v1) * B(c.P1)) >> 33n;
  if (v1 === 0n) return 0;
  let p = 1048576n - B(adcP);
  p = (((p << 31n) - v2) * 3125n) / v1;
  v1 = (B(c.P9) * (p >> 13n) * (p >> 13n)) >> 25n;
  v2 = (B(c.P8) * p) >> 19n;
  p = ((p + v1 + v2) >> 8n) + (B(c.P7) << 4n);
  return Number(p); // Q24.8 Pa
}

function humidityInt32(c: Bme280Calibration, tFine: number, adcH: number): number {
  let v = tFine - 76800;
  const a = sar(adcH * 16384 - c.H4 * 2 ** 20 - c.H5 * v + 16384, 15);
  const b = sar(
    (sar(sar(v * c.H6, 10) * (sar(v * c.H3, 11) + 32768), 10) + 2097152) * c.H2 + 8192,
    14,
  );
  v = a * b;
  v = v - sar(sar(sar(v, 15) * sar(v, 15), 7) * c.H1, 4);
  v = Math.min(419430400, Math.max(0, v));
  return sar(v, 12); // Q22.10 %RH
}
