/**
 * MCP9600 register map (Microchip DS20005426, section 5). Temperatures are 16-bit
 * big-endian two's complement with 0.0625 °C per LSB.
 */
export const REG_HOT_JUNCTION = 0x00;
export const REG_COLD_JUNCTION = 0x02;
/** Status: burst complete[7], TH update[6], input range[4] (open or out-of-range thermocouple). */
export const REG_STATUS = 0x04;
/** Thermocouple sensor configuration: type[6:4], filter coefficient[2:0]. */
export const REG_SENSOR_CONFIG = 0x05;
/** Device configuration: cold-junction resolution[7], ADC resolution[6:5], burst[4:2], mode[1:0]. */
export const REG_DEVICE_CONFIG = 0x06;
/** Device id[15:8] and revision[7:0]. */
export const REG_DEVICE_ID = 0x20;

/** Device id of the MCP9600; 0x41 is the MCP9601 (same registers plus open/short detection). */
export const DEVICE_IDS = [0x40, 0x41];
export const STATUS_INPUT_RANGE = 0x10;

/** Thermocouple type → type code in REG_SENSOR_CONFIG[6:4]. */
export const THERMOCOUPLE_CODES: Readonly<Record<string, number>> = {
  K: 0b000,
  J: 0b001,
  T: 0b010,
  N: 0b011,
  S: 0b100,
  E: 0b101,
  B: 0b110,
  R: 0b111,
};

/** Converts a temperature register word to °C. */
export function wordToCelsius(word: number): number {
  const signed = word >= 0x8000 ? word - 0x10000 : word;
  return signed * 0.0625;
}
