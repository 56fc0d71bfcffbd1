import { expect } from 'chai';
import { platoToSg } from '@brewpit/protocol';
import { startTestHub, type TestHub } from '../helpers.js';
import { devicesOfKind, gatewayToken, readingCount, seriesByKey } from './helpers.js';

const f2c = (f: number) => ((f - 32) * 5) / 9;

describe('POST /api/v1/compat/brewfather', () => {
  let t: TestHub;
  let token: string;
  beforeEach(async () => {
    t = await startTestHub();
    token = await gatewayToken(t);
  });
  afterEach(() => t.stop());

  /** As a Brewfather-compatible sender posts: JSON to the pasted stream URL, its id in the query. */
  const post = async (
    body: unknown,
    path = `/compat/brewfather?id=${token}`,
    contentType = 'application/json',
  ) => {
    const res = await fetch(`${t.url}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: (await res.json()) as any,
    };
  };

  it('converts a post in °F and °Plato with PSI pressure to °C, SG and hPa, and keeps the targets', async () => {
    const res = await post({
      name: 'Fermentrack: Chamber 1',
      temp: 68,
      aux_temp: 50,
      ext_temp: 77,
      temp_unit: 'F',
      gravity: 12,
      gravity_unit: 'P',
      pressure: 10,
      ph: 4.12,
      bpm: 123,
      battery: 4.98,
      comment: '',
      beer: 'Pale Ale',
      device_state: 'cooling',
      temp_target: 66,
      gravity_target: 2.5,
      device_source: 'Tilt',
      report_source: 'Fermentrack',
    });
    expect(res.status).to.equal(200);
    expect(res.body.result).to.equal('success');
    const [dev] = await devicesOfKind(t, 'brewfather');
    expect(dev!.name).to.equal('Fermentrack: Chamber 1');
    const s = await seriesByKey(t, dev!.id);
    expect(s.temperature!.last_value).to.be.closeTo(20, 1e-12);
    expect(s.aux_temperature).to.include({
      name: 'Fridge temperature',
      unit: '°C',
      last_value: 10,
    });
    expect(s.ext_temperature!.last_value).to.be.closeTo(25, 1e-12);
    expect(s.gravity).to.include({ unit: 'SG' });
    expect(s.gravity!.last_value).to.be.closeTo(platoToSg(12), 1e-12);
    expect(s.pressure).to.include({ kind: 'pressure', unit: 'hPa' });
    expect(s.pressure!.last_value).to.be.closeTo(689.4757, 1e-4);
    expect(s.ph).to.include({ kind: 'ph', last_value: 4.12 });
    expect(s.bpm).to.include({ kind: 'rate', unit: '/min', last_value: 123 });
    expect(s.battery_voltage).to.include({ unit: 'V', last_value: 4.98 });
    expect(dev!.config.targets.temperature).to.be.closeTo(f2c(66), 1e-12);
    expect(dev!.config.targets.gravity).to.be.closeTo(platoToSg(2.5), 1e-12);
    const h = (await t.call('GET', `/compat/devices/${dev!.id}`)).body;
    expect(h.info).to.include({ beer: 'Pale Ale', device_state: 'cooling', device_source: 'Tilt' });
  });

  it('defaults to °C, SG and PSI, and reads K, BAR and KPA in any case', async () => {
    const a = await post({ name: 'a', temp: 19.5, gravity: 1.012, pressure: 1 });
    const sa = await seriesByKey(t, a.body.device_id);
    expect(sa.temperature!.last_value).to.equal(19.5);
    expect(sa.gravity!.last_value).to.equal(1.012);
    expect(sa.pressure!.last_value).to.be.closeTo(68.9476, 1e-4);
    const b = await post({
      name: 'b',
      temp: 293.15,
      temp_unit: 'k',
      pressure: 1.2,
      pressure_unit: 'bar',
    });
    const sb = await seriesByKey(t, b.body.device_id);
    expect(sb.temperature!.last_value).to.be.closeTo(20, 1e-9);
    expect(sb.pressure!.last_value).to.be.closeTo(1200, 1e-9);
    const c = await post({ name: 'c', pressure: 120, pressure_unit: 'KPA' });
    expect((await seriesByKey(t, c.body.device_id)).pressure!.last_value).to.be.closeTo(1200, 1e-9);
  });

  it('accepts JSON sent as text/plain and quoted numbers, the token in the path or a Bearer header', async () => {
    const a = await post(
      '{"name":"diy","temp":"21.5"}',
      `/compat/brewfather/${token}`,
      'text/plain',
    );
    expect(a.status).to.equal(200);
    expect((await seriesByKey(t, a.body.device_id)).temperature!.last_value).to.equal(21.5);
    const res = await fetch(`${t.url}/api/v1/compat/brewfather`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{"name":"diy","temp":22}',
    });
    expect(res.status).to.equal(200);
  });

  it('reuses the device of a stream name', async () => {
    const a = await post({ name: 'Spunding', pressure: 10 });
    const b = await post({ name: 'Spunding', pressure: 11 });
    expect(b.body.device_id).to.equal(a.body.device_id);
    expect(await devicesOfKind(t, 'brewfather')).to.have.length(1);
    // It posts through its gateway, so it has no token of its own: none was hashed in the post.
    const hash = t.sql().prepare('SELECT token_hash FROM devices WHERE id = ?').pluck();
    expect(hash.get(a.body.device_id)).to.equal(null);
  });

  describe('refuses, storing nothing', () => {
    const refused = async (
      res: { status: number; type: string | null; body: any },
      status: number,
      path?: string,
    ) => {
      expect(res.status).to.equal(status);
      expect(res.type).to.match(/^application\/problem\+json/);
      if (path) expect(res.body.errors.map((e: { path: string }) => e.path)).to.include(path);
      expect(readingCount(t)).to.equal(0);
      expect(await devicesOfKind(t, 'brewfather')).to.deep.equal([]);
    };

    it('a post without a name (400 /name)', async () => {
      await refused(await post({ temp: 20 }), 400, '/name');
    });

    it('a non-numeric value (400 /temp), an overflowing one (400 /gravity)', async () => {
      await refused(await post({ name: 'x', temp: 'warm' }), 400, '/temp');
      await refused(await post({ name: 'x', gravity: '1e999' }), 400, '/gravity');
    });

    it('an unknown unit (400 /pressure_unit)', async () => {
      await refused(
        await post({ name: 'x', pressure: 1, pressure_unit: 'ATM' }),
        400,
        '/pressure_unit',
      );
    });

    it('a post with no value field (400)', async () => {
      await refused(await post({ name: 'x', comment: 'hello' }), 400, '/');
    });

    it('a bad token (401)', async () => {
      await refused(await post({ name: 'x', temp: 20 }, '/compat/brewfather?id=wrong'), 401);
    });
  });
});
