import type { W1Bus } from '../../bus/w1.js';
import { SensorReadError, SensorSetupError, errorMessage } from '../../errors.js';
import type { Sensor, SensorValues } from '../types.js';
import type { Ds18b20Options } from './schema.js';

/** Raw value of the temperature register after power-on, before any conversion: 85 °C. */
const POWER_ON_MILLI = 85000;

/**
 * Parses the two lines of a `w1_slave` file:
 * ```
 * 72 01 4b 46 7f ff 0e 10 57 : crc=57 YES
 * 72 01 4b 46 7f ff 0e 10 57 t=23125
 * ```
 * Returns milli-°C. Throws `SensorReadError` with code `bad_crc`, `power_on_value` or
 * `bad_format`.
 */
export function parseW1Slave(text: string, label: string): number {
  const [crcLine = '', dataLine = ''] = text.split('\n');
  if (!/crc=[0-9a-f]{2} YES\s*$/i.test(crcLine)) {
    throw new SensorReadError(
      'bad_crc',
      `Failed to read '${label}': CRC check failed (noisy bus or loose wire)`,
    );
  }
  const m = /t=(-?\d+)\s*$/.exec(dataLine);
  if (!m)
    throw new SensorReadError('bad_format', `Failed to read '${label}': no t= value in w1_slave`);
  const milli = Number(m[1]);
  if (milli === POWER_ON_MILLI) {
    throw new SensorReadError(
      'power_on_value',
      `Failed to read '${label}': 85 °C power-on value (the probe lost power before converting)`,
    );
  }
  return milli;
}

/** A DS18B20 read through the kernel's w1-therm driver (which does the conversion). */
export class Ds18b20 implements Sensor {
  readonly label: string;

  constructor(
    private readonly w1: W1Bus,
    private readonly options: Ds18b20Options,
  ) {
    this.label = `ds18b20 ${options.address}`;
  }

  async setup(): Promise<void> {
    const present = await this.w1.list('28');
    if (!present.includes(this.options.address)) {
      const others = present.length
        ? ` (present: ${present.join(', ')})`
        : ' (no 1-Wire devices: is dtoverlay=w1-gpio set?)';
      throw new SensorSetupError(
        'not_found',
        `Failed to set up '${this.label}': not on the 1-Wire bus${others}`,
      );
    }
  }

  async read(): Promise<SensorValues> {
    let text: string;
    try {
      text = await this.w1.read(this.options.address, 'w1_slave');
    } catch (err) {
      const gone = (err as NodeJS.ErrnoException).code === 'ENOENT';
      if (gone) return { [this.options.key]: null }; // unplugged: the kernel removed the device
      throw new SensorReadError(
        'w1_error',
        `Failed to read '${this.label}': ${errorMessage(err)}`,
        { cause: err },
      );
    }
    return { [this.options.key]: parseW1Slave(text, this.label) / 1000 };
  }
}
