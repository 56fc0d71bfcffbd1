import type { I2cDevice } from '../../bus/i2c.js';
import { SensorReadError, SensorSetupError, errorMessage } from '../../errors.js';
import { delay, hex } from '../common.js';
import type { Sensor, SensorValues } from '../types.js';
import {
  compensateDouble,
  compensateInteger,
  parseCalibration,
  type Bme280Calibration,
} from './compensation.js';
import {
  ADC_SKIPPED_16,
  ADC_SKIPPED_20,
  BME280_CHIP_ID,
  BMP280_CHIP_IDS,
  FILTER_CODE,
  MODE_FORCED,
  OVERSAMPLING_CODE,
  REG,
  RESET_COMMAND,
  STATUS_IM_UPDATE,
  STATUS_MEASURING,
} from './registers.js';
import type { Bme280Options } from './schema.js';

/** Channel keys the chip logic returns; the descriptor maps them to the configured keys. */
export interface Bme280Keys {
  temperature: string;
  humidity: string;
  pressure: string;
}

/**
 * A BME280 in forced mode: every `read()` starts one conversion, waits for it and
 * compensates the raw words. Forced mode keeps the chip asleep between polls (self-heating
 * would bias an ambient reading) and means every value belongs to this poll.
 */
export class Bme280 implements Sensor {
  readonly label: string;
  private calibration: Bme280Calibration | undefined;

  constructor(
    private readonly dev: I2cDevice,
    private readonly options: Bme280Options,
    private readonly keys: Bme280Keys,
  ) {
    this.label = dev.label('bme280');
  }

  async setup(): Promise<void> {
    const id = await this.wrap('setup', () => this.dev.readByte(REG.CHIP_ID), SensorSetupError);
    if (id !== BME280_CHIP_ID) {
      const hint = BMP280_CHIP_IDS.includes(id) ? ' (a BMP280: no humidity sensor)' : '';
      throw new SensorSetupError(
        'wrong_chip_id',
        `Failed to set up '${this.label}': chip id ${hex(id)}${hint}, expected ${hex(BME280_CHIP_ID)}`,
      );
    }
    await this.wrap(
      'setup',
      async () => {
        await this.dev.writeByte(REG.RESET, RESET_COMMAND);
        await delay(2); // start-up time after reset is 2 ms (datasheet table 1)
        for (let i = 0; i < 10 && (await this.dev.readByte(REG.STATUS)) & STATUS_IM_UPDATE; i++) {
          await delay(2);
        }
        const block1 = await this.dev.readBlock(REG.CALIB_00, REG.CALIB_00_LENGTH);
        const block2 = await this.dev.readBlock(REG.CALIB_26, REG.CALIB_26_LENGTH);
        this.calibration = parseCalibration(block1, block2);
        await this.dev.writeByte(REG.CONFIG, (FILTER_CODE[this.options.iir_filter] ?? 0) << 2);
      },
      SensorSetupError,
    );
    if (this.calibration && (this.calibration.T1 === 0 || this.calibration.P1 === 0)) {
      throw new SensorSetupError(
        'bad_calibration',
        `Failed to set up '${this.label}': calibration reads as zero`,
      );
    }
  }

  async read(): Promise<SensorValues> {
    const calibration = this.calibration;
    if (!calibration) throw new SensorReadError('not_set_up', `'${this.label}' is not set up`);
    const raw = await this.wrap('read', () => this.measure(), SensorReadError);
    if (raw.adcT === ADC_SKIPPED_20 || raw.adcP === ADC_SKIPPED_20 || raw.adcH === ADC_SKIPPED_16) {
      throw new SensorReadError(
        'no_data',
        `Failed to read '${this.label}': conversion skipped (chip reset?)`,
      );
    }
    const v =
      this.options.compensation === 'integer'
        ? compensateInteger(calibration, raw)
        : compensateDouble(calibration, raw);
    return {
      [this.keys.temperature]: v.temperature,
      [this.keys.humidity]: v.humidity,
      [this.keys.pressure]: v.pressure / 100, // Pa -> hPa, the wire unit
    };
  }

  private async measure(): Promise<{ adcT: number; adcP: number; adcH: number }> {
    const os = OVERSAMPLING_CODE[this.options.oversampling] ?? 1;
    await this.dev.writeByte(REG.CTRL_HUM, os);
    await this.dev.writeByte(REG.CTRL_MEAS, (os << 5) | (os << 2) | MODE_FORCED);
    // Maximum measurement time, datasheet 9.1: 1.25 + 2.3·T + (2.3·P + 0.575) + (2.3·H + 0.575) ms.
    const n = this.options.oversampling;
    await delay(Math.ceil(1.25 + 2.3 * n * 3 + 1.15));
    for (let i = 0; (await this.dev.readByte(REG.STATUS)) & STATUS_MEASURING; i++) {
      if (i >= 10) throw new Error('conversion did not finish');
      await delay(5);
    }
    const d = await this.dev.readBlock(REG.DATA, REG.DATA_LENGTH);
    const u = (i: number): number => d[i] ?? 0;
    return {
      adcP: (u(0) << 12) | (u(1) << 4) | (u(2) >> 4),
      adcT: (u(3) << 12) | (u(4) << 4) | (u(5) >> 4),
      adcH: (u(6) << 8) | u(7),
    };
  }

  private async wrap<T>(
    what: 'setup' | 'read',
    fn: () => Promise<T>,
    Err: typeof SensorReadError | typeof SensorSetupError,
  ): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof SensorReadError || err instanceof SensorSetupError) throw err;
      const code =
        (err as { code?: string }).code === 'i2c_unavailable' ? 'i2c_unavailable' : 'i2c_error';
      throw new Err(
        code,
        `Failed to ${what === 'read' ? 'read' : 'set up'} '${this.label}': ${errorMessage(err)}`,
        {
          cause: err,
        },
      );
    }
  }
}
