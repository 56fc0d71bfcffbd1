import type { I2cDevice } from '../../bus/i2c.js';
import { SensorReadError, SensorSetupError, errorMessage } from '../../errors.js';
import { delay } from '../common.js';
import type { Sensor, SensorValues } from '../types.js';
import { PROBES } from './probes.js';
import { REG_CONFIG, REG_CONVERSION, FULL_SCALE_CODE, OS_SINGLE, configWord } from './registers.js';
import type { Ads1115Options, ProbeOptions } from './schema.js';
import {
  dividerResistance,
  resistanceToCelsius,
  solveSteinhartHart,
  type SteinhartHart,
} from './steinhart.js';

/** Fraction of vref above which the divider is open: the probe is unplugged. */
const UNPLUGGED_FRACTION = 0.99;
/** Fraction of vref below which the divider is shorted (a crushed cable). */
const SHORTED_FRACTION = 0.001;

/** Coefficients for a probe: explicit ones, a 3-point calibration, or the table entry. */
function probeCoefficients(p: ProbeOptions): SteinhartHart {
  if (p.coefficients) return p.coefficients;
  if (p.calibration) return solveSteinhartHart(p.calibration);
  return PROBES[p.probe ?? 'generic_10k'];
}

/** Reads one probe from a converted voltage; `null` when unplugged or shorted. */
export class ProbeReader {
  readonly coefficients: SteinhartHart;

  constructor(
    readonly options: ProbeOptions,
    private readonly vref: number,
    private readonly rFixed: number,
  ) {
    this.coefficients = probeCoefficients(options);
  }

  /** °C for a conversion result, or `null` (unavailable) at the rails. */
  convert(code: number, fsr: number): number | null {
    if (code >= FULL_SCALE_CODE) return null;
    const vo = (code / 32768) * fsr;
    if (vo >= this.vref * UNPLUGGED_FRACTION || vo <= this.vref * SHORTED_FRACTION) return null;
    return resistanceToCelsius(dividerResistance(vo, this.vref, this.rFixed), this.coefficients);
  }
}

/**
 * One ADS1115 with up to four NTC probes. The chip has one converter, so the probes are read
 * one after the other in single-shot mode (the chip sleeps between polls).
 */
export class Ads1115 implements Sensor {
  readonly label: string;
  readonly probes: ProbeReader[];

  constructor(
    private readonly dev: I2cDevice,
    private readonly options: Ads1115Options,
  ) {
    this.label = dev.label('ads1115');
    this.probes = options.probes.map(
      (p) => new ProbeReader(p, options.vref, p.r_fixed ?? options.r_fixed),
    );
  }

  async setup(): Promise<void> {
    try {
      // The ADS1115 has no id register; a config register that reads back is the best check.
      const cfg = await this.dev.readWordBE(REG_CONFIG);
      if (cfg === 0x0000 || cfg === 0xffff) {
        const hexCfg = `0x${cfg.toString(16).padStart(4, '0')}`;
        throw new SensorSetupError(
          'wrong_chip_id',
          `Failed to set up '${this.label}': config register reads ${hexCfg}, not an ADS1115`,
        );
      }
    } catch (err) {
      if (err instanceof SensorSetupError) throw err;
      throw new SensorSetupError(
        'i2c_error',
        `Failed to set up '${this.label}': ${errorMessage(err)}`,
        { cause: err },
      );
    }
  }

  async read(): Promise<SensorValues> {
    const values: SensorValues = {};
    for (const probe of this.probes) {
      const code = await this.convert(probe.options.channel);
      values[probe.options.key] = probe.convert(code, this.options.gain);
    }
    return values;
  }

  /** One single-shot conversion of `channel`; returns the signed 16-bit code. */
  private async convert(channel: number): Promise<number> {
    try {
      await this.dev.writeWordBE(
        REG_CONFIG,
        configWord(channel, this.options.gain, this.options.data_rate),
      );
      // One conversion takes 1/DR; the chip's oscillator is within ±10 %, so wait a bit more.
      await delay(Math.ceil((1000 / this.options.data_rate) * 1.1) + 1);
      for (let i = 0; !((await this.dev.readWordBE(REG_CONFIG)) & OS_SINGLE); i++) {
        if (i >= 10) throw new Error('conversion did not finish');
        await delay(2);
      }
      const raw = await this.dev.readWordBE(REG_CONVERSION);
      return raw >= 0x8000 ? raw - 0x10000 : raw;
    } catch (err) {
      throw new SensorReadError(
        'i2c_error',
        `Failed to read '${this.label}' AIN${channel}: ${errorMessage(err)}`,
        {
          cause: err,
        },
      );
    }
  }
}
