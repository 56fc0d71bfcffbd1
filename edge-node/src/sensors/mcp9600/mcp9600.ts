import type { I2cDevice } from '../../bus/i2c.js';
import { SensorReadError, SensorSetupError, errorMessage } from '../../errors.js';
import { hex } from '../common.js';
import type { Sensor, SensorValues } from '../types.js';
import {
  DEVICE_IDS,
  REG_COLD_JUNCTION,
  REG_DEVICE_CONFIG,
  REG_DEVICE_ID,
  REG_HOT_JUNCTION,
  REG_SENSOR_CONFIG,
  REG_STATUS,
  STATUS_INPUT_RANGE,
  THERMOCOUPLE_CODES,
  wordToCelsius,
} from './registers.js';
import type { Mcp9600Options } from './schema.js';

/**
 * An MCP9600 thermocouple amplifier in continuous mode. The chip does cold-junction
 * compensation itself; the hot-junction register is the thermocouple temperature.
 */
export class Mcp9600 implements Sensor {
  readonly label: string;

  constructor(
    private readonly dev: I2cDevice,
    private readonly options: Mcp9600Options,
    private readonly keys: { hot: string; cold: string },
  ) {
    this.label = dev.label('mcp9600');
  }

  async setup(): Promise<void> {
    let id: number;
    try {
      id = (await this.dev.readWordBE(REG_DEVICE_ID)) >> 8;
    } catch (err) {
      throw new SensorSetupError(
        'i2c_error',
        `Failed to set up '${this.label}': ${errorMessage(err)}`,
        { cause: err },
      );
    }
    if (!DEVICE_IDS.includes(id)) {
      throw new SensorSetupError(
        'wrong_chip_id',
        `Failed to set up '${this.label}': device id ${hex(id)}, expected ${DEVICE_IDS.map(hex).join(' or ')}`,
      );
    }
    try {
      const type = THERMOCOUPLE_CODES[this.options.thermocouple] ?? 0;
      await this.dev.writeByte(REG_SENSOR_CONFIG, (type << 4) | this.options.filter);
      // 0x00: cold junction 0.0625 °C, 18-bit ADC, normal (continuous) mode.
      await this.dev.writeByte(REG_DEVICE_CONFIG, 0x00);
    } catch (err) {
      throw new SensorSetupError(
        'i2c_error',
        `Failed to set up '${this.label}': ${errorMessage(err)}`,
        { cause: err },
      );
    }
  }

  async read(): Promise<SensorValues> {
    try {
      const status = await this.dev.readByte(REG_STATUS);
      const cold = wordToCelsius(await this.dev.readWordBE(REG_COLD_JUNCTION));
      // Input range set: the thermocouple voltage is outside the ADC range, which is what an
      // open (unplugged) thermocouple looks like; the hot-junction value is then meaningless.
      const hot =
        status & STATUS_INPUT_RANGE
          ? null
          : wordToCelsius(await this.dev.readWordBE(REG_HOT_JUNCTION));
      return { [this.keys.hot]: hot, [this.keys.cold]: cold };
    } catch (err) {
      throw new SensorReadError(
        'i2c_error',
        `Failed to read '${this.label}': ${errorMessage(err)}`,
        { cause: err },
      );
    }
  }
}
