import { strict as assert } from 'node:assert';
import { I2cDevice } from '../../../src/bus/i2c.js';
import { Mcp9600 } from '../../../src/sensors/mcp9600/mcp9600.js';
import { Mcp9600Schema, type Mcp9600Options } from '../../../src/sensors/mcp9600/schema.js';
import { validateWith } from '../../../src/config/validate.js';
import { EmulatedI2cBus } from '../../emulated/i2c.js';
import { EmulatedMcp9600 } from '../../emulated/mcp9600.js';

const o = { platform: 'mcp9600' } as Record<string, unknown>;
assert.deepEqual(validateWith(Mcp9600Schema, o), []);
const OPTIONS = o as Mcp9600Options;
const KEYS = { hot: 'tc', cold: 'board' };

describe('Mcp9600', () => {
  it('reads hot and cold junction temperatures, configured for a type K thermocouple', async () => {
    const bus = new EmulatedI2cBus();
    const chip = new EmulatedMcp9600();
    bus.attach(0x60, chip);
    const s = new Mcp9600(new I2cDevice(bus, 0x60), OPTIONS, KEYS);
    await s.setup();
    assert.equal(chip.regs[0x05], 0x02, 'type K (000), filter 2');
    chip.set(245.25, 23.5);
    assert.deepEqual(await s.read(), { tc: 245.25, board: 23.5 });
    chip.set(-12.5, -3);
    assert.deepEqual(await s.read(), { tc: -12.5, board: -3 });
  });

  it('reports an open thermocouple (input range flag) as null', async () => {
    const bus = new EmulatedI2cBus();
    const chip = new EmulatedMcp9600();
    bus.attach(0x60, chip);
    const s = new Mcp9600(new I2cDevice(bus, 0x60), OPTIONS, KEYS);
    await s.setup();
    chip.set(2000, 22, true);
    assert.deepEqual(await s.read(), { tc: null, board: 22 });
  });

  it('fails setup with wrong_chip_id for another chip at the address', async () => {
    const bus = new EmulatedI2cBus().attach(0x60, new EmulatedMcp9600(0x12));
    await assert.rejects(
      new Mcp9600(new I2cDevice(bus, 0x60), OPTIONS, KEYS).setup(),
      (e: { code: string; message: string }) =>
        e.code === 'wrong_chip_id' && /mcp9600@0x60.*0x12/.test(e.message),
    );
  });

  it('turns a bus error into a transient i2c_error', async () => {
    const bus = new EmulatedI2cBus().attach(0x60, new EmulatedMcp9600());
    const s = new Mcp9600(new I2cDevice(bus, 0x60), OPTIONS, KEYS);
    await s.setup();
    bus.failNext();
    await assert.rejects(s.read(), { code: 'i2c_error' });
  });
});
