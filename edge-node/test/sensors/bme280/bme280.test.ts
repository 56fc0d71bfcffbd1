import { strict as assert } from 'node:assert';
import { I2cDevice } from '../../../src/bus/i2c.js';
import { SensorReadError, SensorSetupError } from '../../../src/errors.js';
import { Bme280 } from '../../../src/sensors/bme280/bme280.js';
import { Bme280Schema, type Bme280Options } from '../../../src/sensors/bme280/schema.js';
import { validateWith } from '../../../src/config/validate.js';
import { EmulatedBme280, EXAMPLE_RAW, REALISTIC_CALIBRATION as C } from '../../emulated/bme280.js';
import { EmulatedI2cBus } from '../../emulated/i2c.js';

/**
 * Bosch BME280 datasheet (BST-BME280-DS002) section 8.1, double-precision compensation,
 * transcribed independently of the driver. Returns °C, Pa, %RH.
 */
function datasheetDouble(adcT: number, adcP: number, adcH: number) {
  let var1 = (adcT / 16384.0 - C.T1 / 1024.0) * C.T2;
  let var2 = (adcT / 131072.0 - C.T1 / 8192.0) * (adcT / 131072.0 - C.T1 / 8192.0) * C.T3;
  const t_fine = var1 + var2;
  const T = (var1 + var2) / 5120.0;
  var1 = t_fine / 2.0 - 64000.0;
  var2 = (var1 * var1 * C.P6) / 32768.0;
  var2 = var2 + var1 * C.P5 * 2.0;
  var2 = var2 / 4.0 + C.P4 * 65536.0;
  var1 = ((C.P3 * var1 * var1) / 524288.0 + C.P2 * var1) / 524288.0;
  var1 = (1.0 + var1 / 32768.0) * C.P1;
  let p = 1048576.0 - adcP;
  p = ((p - var2 / 4096.0) * 6250.0) / var1;
  var1 = (C.P9 * p * p) / 2147483648.0;
  var2 = (p * C.P8) / 32768.0;
  p = p + (var1 + var2 + C.P7) / 16.0;
  let var_H = t_fine - 76800.0;
  var_H =
    (adcH - (C.H4 * 64.0 + (C.H5 / 16384.0) * var_H)) *
    ((C.H2 / 65536.0) * (1.0 + (C.H6 / 67108864.0) * var_H * (1.0 + (C.H3 / 67108864.0) * var_H)));
  var_H = var_H * (1.0 - (C.H1 * var_H) / 524288.0);
  if (var_H > 100.0) var_H = 100.0;
  else if (var_H < 0.0) var_H = 0.0;
  return { T, P: p, H: var_H };
}

const OPTIONS = (over: Partial<Bme280Options> = {}): Bme280Options => {
  const o = { platform: 'bme280', oversampling: 1, ...over };
  assert.deepEqual(validateWith(Bme280Schema, o), []);
  return o as Bme280Options;
};
const KEYS = { temperature: 't', humidity: 'h', pressure: 'p' };

function setupChip(chipId = 0x60) {
  const bus = new EmulatedI2cBus();
  const chip = new EmulatedBme280(chipId);
  bus.attach(0x76, chip);
  return { bus, chip };
}

describe('Bme280', () => {
  it('matches the datasheet example (25.08 °C, 1006.53 hPa)', async () => {
    const { bus } = setupChip();
    const s = new Bme280(new I2cDevice(bus, 0x76), OPTIONS(), KEYS);
    await s.setup();
    const v = await s.read();
    assert.equal(Math.round(v['t']! * 100) / 100, 25.08);
    assert.ok(Math.abs(v['p']! * 100 - 100653.27) < 0.01, `pressure ${v['p']! * 100}`);
  });

  it('matches the datasheet double formulas across a range of raw values', async () => {
    const { bus, chip } = setupChip();
    const s = new Bme280(new I2cDevice(bus, 0x76), OPTIONS(), KEYS);
    await s.setup();
    for (const raw of [
      EXAMPLE_RAW,
      { adcT: 480000, adcP: 380000, adcH: 26000 },
      { adcT: 560000, adcP: 450000, adcH: 30000 },
    ]) {
      chip.raw = raw;
      const v = await s.read();
      const e = datasheetDouble(raw.adcT, raw.adcP, raw.adcH);
      assert.ok(Math.abs(v['t']! - e.T) < 1e-9, `T ${v['t']} vs ${e.T}`);
      assert.ok(Math.abs(v['p']! - e.P / 100) < 1e-9, `P ${v['p']} vs ${e.P / 100}`);
      assert.ok(Math.abs(v['h']! - e.H) < 1e-9, `H ${v['h']} vs ${e.H}`);
      assert.ok(e.H > 10 && e.H < 90, 'test raw values give a realistic humidity');
    }
  });

  it('integer compensation agrees with the double formulas within one LSB', async () => {
    const { bus } = setupChip();
    const s = new Bme280(new I2cDevice(bus, 0x76), OPTIONS({ compensation: 'integer' }), KEYS);
    await s.setup();
    const v = await s.read();
    const e = datasheetDouble(EXAMPLE_RAW.adcT, EXAMPLE_RAW.adcP, EXAMPLE_RAW.adcH);
    assert.ok(Math.abs(v['t']! - e.T) <= 0.01);
    assert.ok(Math.abs(v['p']! * 100 - e.P) < 1, `P int ${v['p']! * 100} vs ${e.P}`);
    assert.ok(Math.abs(v['h']! - e.H) < 0.1, `H int ${v['h']} vs ${e.H}`);
  });

  it('fails setup with wrong_chip_id for a BMP280', async () => {
    const { bus } = setupChip(0x58);
    const s = new Bme280(new I2cDevice(bus, 0x76), OPTIONS(), KEYS);
    await assert.rejects(s.setup(), (err: SensorSetupError) => {
      assert.equal(err.code, 'wrong_chip_id');
      assert.match(err.message, /bme280@0x76.*0x58.*BMP280/);
      return true;
    });
  });

  it('turns a bus error into a transient i2c_error, cleared by the next good read', async () => {
    const { bus } = setupChip();
    const s = new Bme280(new I2cDevice(bus, 0x76), OPTIONS(), KEYS);
    await s.setup();
    bus.failNext(1);
    await assert.rejects(
      s.read(),
      (err: SensorReadError) =>
        err instanceof SensorReadError &&
        err.code === 'i2c_error' &&
        /Failed to read 'bme280@0x76'/.test(err.message),
    );
    const v = await s.read();
    assert.equal(Math.round(v['t']! * 100) / 100, 25.08);
  });

  it('fails setup with i2c_error when nothing answers at the address', async () => {
    const s = new Bme280(
      new I2cDevice(new EmulatedI2cBus(), 0x77),
      OPTIONS({ address: 0x77 }),
      KEYS,
    );
    await assert.rejects(s.setup(), { code: 'i2c_error' });
  });
});
