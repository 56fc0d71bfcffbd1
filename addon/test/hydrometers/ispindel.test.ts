import { expect } from 'chai';
import { platoToSg } from '@brewpit/protocol';
import { startTestHub, type TestHub } from '../helpers.js';
import {
  devicesOfKind,
  gatewayToken,
  ispindelPost,
  points,
  readingCount,
  seriesByKey,
} from './helpers.js';

/** Firmware 7.x: every field, as the device prints it (float noise included). */
const FW7 = (extra = '') =>
  `{"name":"iSpindel000","ID":4974097,${extra}"angle":63.23887,"temperature":21.4375,"temp_units":"C","battery":4.035453,"gravity":1.0542,"interval":900,"RSSI":-76}`;
/** Firmware 5.x and older: no temp_units, interval or RSSI. */
const OLD =
  '{"name":"iSpindel001","ID":1234567,"angle":45.1,"temperature":19.5,"battery":3.9,"gravity":1.031}';

describe('POST /api/v1/compat/ispindel', () => {
  let t: TestHub;
  let token: string;
  beforeEach(async () => {
    t = await startTestHub();
    token = await gatewayToken(t);
  });
  afterEach(() => t.stop());

  it('creates an ispindel device with SI channels from a firmware 7 post, token in the path', async () => {
    const before = Date.now();
    const res = await ispindelPost(t, `/compat/ispindel/${token}`, FW7());
    const after = Date.now();
    expect(res.status).to.equal(200);
    expect(res.body.result).to.equal('ok');
    const [dev] = await devicesOfKind(t, 'ispindel');
    expect(dev).to.include({ id: res.body.device_id, name: 'iSpindel000' });
    const s = await seriesByKey(t, dev!.id);
    expect(Object.keys(s).sort()).to.deep.equal([
      'angle',
      'battery_voltage',
      'gravity',
      'gravity_raw',
      'rssi',
      'temperature',
    ]);
    expect(s.angle).to.include({ kind: 'angle', unit: '°', last_value: 63.23887 });
    expect(s.temperature).to.include({ kind: 'temperature', unit: '°C', last_value: 21.4375 });
    expect(s.gravity).to.include({ kind: 'gravity', unit: 'SG', last_value: 1.0542 });
    expect(s.gravity_raw).to.include({ kind: 'gravity', unit: 'SG', last_value: 1.0542 });
    expect(s.battery_voltage).to.include({ kind: 'voltage', unit: 'V', last_value: 4.035453 });
    expect(s.rssi).to.include({ kind: 'signal_strength', unit: 'dBm', last_value: -76 });
    const [[ts]] = (await points(t, s.temperature!.id)) as [[number, number]];
    expect(ts).to.be.within(before, after);
    const h = (await t.call('GET', `/compat/devices/${dev!.id}`)).body;
    expect(h).to.deep.include({ format: 'ispindel', key: 'id:4974097' });
    expect(h.info.interval_s).to.equal(900);
  });

  it('reads old firmware without temp_units, interval or RSSI as °C, token in the body', async () => {
    const res = await ispindelPost(t, '/compat/ispindel', OLD.replace('{', `{"token":"${token}",`));
    expect(res.status).to.equal(200);
    const s = await seriesByKey(t, res.body.device_id);
    expect(s.temperature!.last_value).to.equal(19.5);
    expect(s.gravity!.last_value).to.equal(1.031);
    expect(s).to.not.have.property('rssi');
  });

  it('converts temp_units F and K to °C', async () => {
    const f = await ispindelPost(
      t,
      `/compat/ispindel?token=${token}`,
      FW7().replace('21.4375', '68.9').replace('"C"', '"F"'),
    );
    expect((await seriesByKey(t, f.body.device_id)).temperature!.last_value).to.be.closeTo(
      20.5,
      1e-9,
    );
    const k = await ispindelPost(
      t,
      `/compat/ispindel/${token}`,
      OLD.replace('19.5', '293.65').replace('"battery"', '"temp_units":"K","battery"'),
    );
    expect((await seriesByKey(t, k.body.device_id)).temperature!.last_value).to.be.closeTo(
      20.5,
      1e-9,
    );
  });

  it('detects °Plato gravity and keeps reading it as Plato once fermentation drops below 1.2 °P', async () => {
    const post = (g: string) =>
      ispindelPost(t, `/compat/ispindel/${token}`, FW7().replace('1.0542', g));
    const first = await post('12.5');
    const s = await seriesByKey(t, first.body.device_id);
    expect(s.gravity!.last_value).to.be.closeTo(platoToSg(12.5), 1e-12);
    expect(s.gravity!.last_value).to.be.closeTo(1.0504, 0.0005);
    await post('1.1');
    const gravity = (await points(t, s.gravity!.id)).map(([, v]) => v);
    expect(gravity[1]).to.be.closeTo(platoToSg(1.1), 1e-12);
  });

  it('follows a per-device gravity unit override', async () => {
    const first = await ispindelPost(t, `/compat/ispindel/${token}`, FW7());
    const id = first.body.device_id as string;
    const patched = await t.call('PATCH', `/compat/devices/${id}`, { gravity_unit: 'P' });
    expect(patched.status).to.equal(200);
    expect(patched.body.settings).to.deep.equal({ gravity_unit: 'P' });
    await ispindelPost(t, `/compat/ispindel/${token}`, FW7().replace('1.0542', '1.05'));
    const s = await seriesByKey(t, id);
    expect(s.gravity!.last_value).to.be.closeTo(platoToSg(1.05), 1e-12);
  });

  it('honours GravityMon’s gravity-format field', async () => {
    const res = await ispindelPost(
      t,
      `/compat/ispindel/${token}`,
      FW7('"gravity-format":"P","corr-gravity":1.05,').replace('1.0542', '1.1'),
    );
    expect(res.status).to.equal(200);
    expect((await seriesByKey(t, res.body.device_id)).gravity!.last_value).to.be.closeTo(
      platoToSg(1.1),
      1e-12,
    );
  });

  it('reuses the device of an iSpindel by chip ID, renamed or not, with hub-assigned seqs', async () => {
    const a = await ispindelPost(t, `/compat/ispindel/${token}`, FW7());
    const b = await ispindelPost(
      t,
      `/compat/ispindel/${token}`,
      FW7().replace('iSpindel000', 'Pale ale spindle'),
    );
    expect(b.body.device_id).to.equal(a.body.device_id);
    const devs = await devicesOfKind(t, 'ispindel');
    expect(devs).to.have.length(1);
    expect(devs[0]!.ack_seq).to.equal(12);
    expect(await points(t, (await seriesByKey(t, a.body.device_id)).angle!.id)).to.have.length(2);
  });

  it('starts a new device when the admin deleted the old one', async () => {
    const a = await ispindelPost(t, `/compat/ispindel/${token}`, FW7());
    expect((await t.call('DELETE', `/devices/${a.body.device_id}`)).status).to.equal(204);
    const b = await ispindelPost(t, `/compat/ispindel/${token}`, FW7());
    expect(b.status).to.equal(200);
    expect(b.body.device_id).to.not.equal(a.body.device_id);
    expect((await t.call('GET', `/compat/devices/${a.body.device_id}`)).status).to.equal(404);
  });

  it('stores a disconnected DS18B20 (-127) as unavailable, not as a temperature', async () => {
    const res = await ispindelPost(
      t,
      `/compat/ispindel/${token}`,
      FW7().replace('21.4375', '-127'),
    );
    const s = await seriesByKey(t, res.body.device_id);
    expect((await points(t, s.temperature!.id))[0]![1]).to.equal(null);
  });

  it('tells the bus: deviceChanged created, then readingsStored with the channels', async () => {
    const events: string[] = [];
    let channels: string[] = [];
    t.hub.ctx.bus.on('deviceChanged', (e) => void events.push(`deviceChanged:${e.reason}`));
    t.hub.ctx.bus.on('readingsStored', (e) => {
      events.push('readingsStored');
      channels = e.channels.map((c) => c.key);
    });
    await ispindelPost(t, `/compat/ispindel/${token}`, FW7());
    expect(events).to.deep.equal(['deviceChanged:created', 'readingsStored']);
    expect(channels).to.include.members(['gravity', 'angle', 'temperature']);
    await ispindelPost(t, `/compat/ispindel/${token}`, FW7());
    expect(events).to.deep.equal(['deviceChanged:created', 'readingsStored', 'readingsStored']);
    expect(channels).to.deep.equal([]);
  });

  describe('refuses', () => {
    const refused = async (
      res: { status: number; headers: Record<string, unknown>; body: any },
      status: number,
      path?: string,
    ) => {
      expect(res.status).to.equal(status);
      expect(res.headers['content-type']).to.match(/^application\/problem\+json/);
      if (path) expect(res.body.errors.map((e: { path: string }) => e.path)).to.include(path);
      expect(readingCount(t)).to.equal(0);
      expect(await devicesOfKind(t, 'ispindel')).to.deep.equal([]);
    };

    it('a post without a name (400 /name)', async () => {
      await refused(
        await ispindelPost(
          t,
          `/compat/ispindel/${token}`,
          FW7().replace('"name":"iSpindel000",', ''),
        ),
        400,
        '/name',
      );
    });

    it('a non-numeric value (400 /angle)', async () => {
      await refused(
        await ispindelPost(t, `/compat/ispindel/${token}`, FW7().replace('63.23887', '"level"')),
        400,
        '/angle',
      );
    });

    it('a number JSON overflows to Infinity (400 /angle), as on every other route', async () => {
      await refused(
        await ispindelPost(t, `/compat/ispindel/${token}`, FW7().replace('63.23887', '1e400')),
        400,
        '/angle',
      );
    });

    it('a post with no value at all (400)', async () => {
      await refused(
        await ispindelPost(t, `/compat/ispindel/${token}`, '{"name":"x","ID":1}'),
        400,
        '/',
      );
    });

    it('malformed JSON (400)', async () => {
      await refused(
        await ispindelPost(t, `/compat/ispindel/${token}`, '{"name":"iSpindel000",'),
        400,
      );
    });

    it('no token (401), an unknown token (401), the admin and an edge token (403)', async () => {
      await refused(await ispindelPost(t, '/compat/ispindel', FW7()), 401);
      await refused(
        await ispindelPost(
          t,
          `/compat/ispindel/bpg_${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}_${'A'.repeat(32)}`,
          FW7(),
        ),
        401,
      );
      await refused(await ispindelPost(t, '/compat/ispindel/nonsense', FW7()), 401);
      await refused(
        await ispindelPost(t, `/compat/ispindel?token=test-admin-token-0123456789`, FW7()),
        403,
      );
      const edge = await t.pairDevice();
      await refused(
        await ispindelPost(t, '/compat/ispindel', FW7(`"token":"${edge.token}",`)),
        403,
      );
    });

    it('a revoked gateway token (401)', async () => {
      const gw = (await t.call('GET', '/compat/tokens')).body[0];
      expect((await t.call('DELETE', `/compat/tokens/${gw.id}`)).status).to.equal(204);
      await refused(await ispindelPost(t, `/compat/ispindel/${token}`, FW7()), 401);
    });
  });
});
