import { strict as assert } from 'node:assert';
import { W1Bus } from '../../../src/bus/w1.js';
import { Ds18b20, parseW1Slave } from '../../../src/sensors/ds18b20/ds18b20.js';
import type { Ds18b20Options } from '../../../src/sensors/ds18b20/schema.js';
import { EmulatedW1Tree } from '../../emulated/w1.js';

const ID = '28-0316a2794aff';
const OPTIONS = {
  platform: 'ds18b20',
  address: ID,
  key: 'wort',
  min: -55,
  max: 125,
} as Ds18b20Options;

describe('Ds18b20', () => {
  let tree: EmulatedW1Tree;
  beforeEach(() => (tree = new EmulatedW1Tree()));
  afterEach(() => tree.cleanup());

  it('reads t= in milli-degrees when the CRC line says YES', async () => {
    tree.set(ID, 19562);
    const s = new Ds18b20(new W1Bus(tree.root), OPTIONS);
    await s.setup();
    assert.deepEqual(await s.read(), { wort: 19.562 });
    tree.set(ID, -1250);
    assert.deepEqual(await s.read(), { wort: -1.25 });
  });

  it('rejects a bad CRC as a transient bad_crc', async () => {
    tree.set(ID, 20000, false);
    const s = new Ds18b20(new W1Bus(tree.root), OPTIONS);
    await s.setup();
    await assert.rejects(
      s.read(),
      (e: { code: string; message: string }) =>
        e.code === 'bad_crc' && /ds18b20 28-0316a2794aff/.test(e.message),
    );
  });

  it('rejects the 85 °C power-on value', async () => {
    tree.set(ID, 85000);
    const s = new Ds18b20(new W1Bus(tree.root), OPTIONS);
    await assert.rejects(s.read(), { code: 'power_on_value' });
  });

  it('reports an unplugged probe (device gone from sysfs) as null', async () => {
    tree.set(ID, 20000);
    const s = new Ds18b20(new W1Bus(tree.root), OPTIONS);
    await s.setup();
    tree.remove(ID);
    assert.deepEqual(await s.read(), { wort: null });
  });

  it('fails setup with not_found and lists the probes that are there', async () => {
    tree.set('28-000000000001', 20000);
    await assert.rejects(
      new Ds18b20(new W1Bus(tree.root), OPTIONS).setup(),
      (e: { code: string; message: string }) =>
        e.code === 'not_found' && /present: 28-000000000001/.test(e.message),
    );
  });

  it('parses the kernel format exactly', () => {
    assert.equal(
      parseW1Slave(
        '72 01 4b 46 7f ff 0e 10 57 : crc=57 YES\n72 01 4b 46 7f ff 0e 10 57 t=23125\n',
        'x',
      ),
      23125,
    );
    assert.throws(() => parseW1Slave('72 01 : crc=57 YES\n72 01\n', 'x'), { code: 'bad_format' });
  });
});
