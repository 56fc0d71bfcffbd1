/**
 * ADS1115 register map (TI SBAS444, section 8.6). Registers are 16-bit big-endian.
 *
 * Config register bit layout:
 * `OS[15] MUX[14:12] PGA[11:9] MODE[8] DR[7:5] COMP_MODE[4] COMP_POL[3] COMP_LAT[2] COMP_QUE[1:0]`
 */
export const REG_CONVERSION = 0x00;
export const REG_CONFIG = 0x01;

/** Write: start a single conversion. Read: 1 when no conversion is running. */
export const OS_SINGLE = 0x8000;
/** MUX for single-ended input AINx against GND: 0b100 + x. */
const muxSingleEnded = (channel: number): number => (0b100 + channel) << 12;
/** Single-shot (power-down) mode. */
const MODE_SINGLE = 0x0100;
/**
 * Comparator disabled (COMP_QUE = 11), ALERT/RDY high impedance: set after reset and by every
 * conversion this driver starts, which is how `scan` recognises the chip.
 */
export const COMP_DISABLE = 0x0003;

/** Full-scale range in volts → PGA code. */
const PGA_CODES: ReadonlyMap<number, number> = new Map([
  [6.144, 0b000],
  [4.096, 0b001],
  [2.048, 0b010],
  [1.024, 0b011],
  [0.512, 0b100],
  [0.256, 0b101],
]);

/** Samples per second → DR code. */
const DATA_RATE_CODES: ReadonlyMap<number, number> = new Map([
  [8, 0b000],
  [16, 0b001],
  [32, 0b010],
  [64, 0b011],
  [128, 0b100],
  [250, 0b101],
  [475, 0b110],
  [860, 0b111],
]);

/** Largest positive code; a single-ended input at or above full scale reads this. */
export const FULL_SCALE_CODE = 0x7fff;

/** Config word for one single-shot conversion of `channel`. */
export function configWord(channel: number, fsr: number, dataRate: number): number {
  const pga = PGA_CODES.get(fsr) ?? 0b001;
  const dr = DATA_RATE_CODES.get(dataRate) ?? 0b100;
  return OS_SINGLE | muxSingleEnded(channel) | (pga << 9) | MODE_SINGLE | (dr << 5) | COMP_DISABLE;
}
