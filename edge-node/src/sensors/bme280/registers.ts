/**
 * BME280 register map (Bosch BST-BME280-DS002, section 5.3). All calibration words are
 * little-endian; measurement data is big-endian with 20-bit T/P and 16-bit H.
 */
export const REG = {
  /** Calibration block 1: dig_T1..dig_P9 (0x88–0x9F), unused 0xA0, dig_H1 at 0xA1. */
  CALIB_00: 0x88,
  CALIB_00_LENGTH: 26,
  /** Chip id, reads 0x60 on a BME280 (0x56–0x58 are BMP280 variants without humidity). */
  CHIP_ID: 0xd0,
  /** Writing 0xB6 performs a power-on reset. */
  RESET: 0xe0,
  /** Calibration block 2: dig_H2..dig_H6 (0xE1–0xE7). */
  CALIB_26: 0xe1,
  CALIB_26_LENGTH: 7,
  /** ctrl_hum: osrs_h[2:0]. Takes effect after the next write to ctrl_meas. */
  CTRL_HUM: 0xf2,
  /** status: measuring[3] (conversion running), im_update[0] (NVM copy running). */
  STATUS: 0xf3,
  /** ctrl_meas: osrs_t[7:5], osrs_p[4:2], mode[1:0] (00 sleep, 01/10 forced, 11 normal). */
  CTRL_MEAS: 0xf4,
  /** config: t_sb[7:5], filter[4:2], spi3w_en[0]. */
  CONFIG: 0xf5,
  /** press_msb … hum_lsb, read in one burst so all three belong to the same conversion. */
  DATA: 0xf7,
  DATA_LENGTH: 8,
} as const;

/** Value of CHIP_ID on a BME280. */
export const BME280_CHIP_ID = 0x60;
/** Chip ids of the humidity-less BMP280, named in the error so users recognise the board. */
export const BMP280_CHIP_IDS = [0x56, 0x57, 0x58];
/** Magic value for REG.RESET. */
export const RESET_COMMAND = 0xb6;
export const STATUS_MEASURING = 0x08;
export const STATUS_IM_UPDATE = 0x01;
export const MODE_FORCED = 0x01;
/** Value the data registers hold when a measurement was skipped (0x80000 for 20-bit). */
export const ADC_SKIPPED_20 = 0x80000;
export const ADC_SKIPPED_16 = 0x8000;

/** osrs_x register codes for oversampling 1…16 (0 would skip the measurement). */
export const OVERSAMPLING_CODE: Readonly<Record<number, number>> = {
  1: 1,
  2: 2,
  4: 3,
  8: 4,
  16: 5,
};
/** IIR filter coefficient codes. */
export const FILTER_CODE: Readonly<Record<string, number>> = {
  off: 0,
  '2': 1,
  '4': 2,
  '8': 3,
  '16': 4,
};
