import { expect } from 'chai';
import { startTestHub, type TestHub } from '../helpers.js';
import {
  devicesOfKind,
  gatewayToken,
  points,
  precisionOf,
  readingCount,
  seriesByKey,
  tiltPost,
} from './helpers.js';

/** Asia/Kolkata is UTC+5:30 all year: a Timepoint there is computed without any zone library. */
const IST_MS = 5.5 * 3_600_000;
const serial = (utcMs: number, offsetMs = IST_MS) => (utcMs + offsetMs) / 86_400_000 + 25569;
const f2c = (f: number) => ((f - 32) * 5) / 9;

describe('POST /api/v1/compat/tilt', () => {
  let t: TestHub;
  let token: string;
  beforeEach(async () => {
    t = await startTestHub();
    token = await gatewayToken(t, { name: 'Tilt app', tz: 'Asia/Kolkata' });
  });
  afterEach(() => t.stop());

  const post = (fields: Record<string, string>, path = `/compat/tilt/${token}`) =>
    tiltPost(t, path, fields);
  const classic = (at = Date.now()) => ({
    Timepoint: String(serial(at)),
    Temp: '68',
    SG: '1.050',
    Beer: 'Pale Ale,42',
    Color: 'RED',
    Comment: '',
  });

  it('stores a classic Tilt post: °F to °C, SG, the Timepoint read in the sender’s zone', async () => {
    const at = Date.now() - 60_000;
    const res = await post(classic(at));
    expect(res.status).to.equal(200);
    expect(res.body.result).to.match(/^Success/);
    const [dev] = await devicesOfKind(t, 'tilt');
    expect(dev).to.include({ id: res.body.device_id, name: 'Tilt Red' });
    const s = await seriesByKey(t, dev!.id);
    expect(s.temperature).to.include({ unit: '°C', last_value: 20 });
    expect(s.gravity).to.include({ unit: 'SG', kind: 'gravity', last_value: 1.05 });
    expect(s.gravity_raw!.last_value).to.equal(1.05);
    expect(s.temperature!.last_ts).to.be.closeTo(at, 1);
    expect(precisionOf(t, s.gravity!.id)).to.equal(3);
    const h = (await t.call('GET', `/compat/devices/${dev!.id}`)).body;
    expect(h.info).to.include({
      beer: 'Pale Ale',
      row_id: '42',
      time_source: 'timepoint',
      pro: false,
      tz: 'Asia/Kolkata',
    });
  });

  it('keeps a Tilt Pro’s 0.1 °F and 0.0001 SG resolution, and shows the extra decimal', async () => {
    const res = await post({ ...classic(), Temp: '68.1', SG: '1.0502' });
    const s = await seriesByKey(t, res.body.device_id);
    expect(s.temperature!.last_value).to.be.closeTo(f2c(68.1), 1e-12);
    expect(s.gravity!.last_value).to.equal(1.0502);
    expect(precisionOf(t, s.gravity!.id)).to.equal(4);
    expect(precisionOf(t, s.temperature!.id)).to.equal(2);
    // A later reading on whole numbers does not make it a classic Tilt again.
    await post({ ...classic(Date.now() + 1000), Temp: '68', SG: '1.050' });
    expect(precisionOf(t, s.gravity!.id)).to.equal(4);
  });

  it('uses the hub’s receive time when the Timepoint is more than 5 minutes off, and says by how much', async () => {
    const before = Date.now();
    // The sender's clock is really on UTC: read as Kolkata time it lands 5.5 h early.
    const res = await post({ ...classic(), Timepoint: String(serial(Date.now(), 0)) });
    const s = await seriesByKey(t, res.body.device_id);
    expect(s.temperature!.last_ts).to.be.within(before, Date.now());
    const h = (await t.call('GET', `/compat/devices/${res.body.device_id}`)).body;
    expect(h.info.time_source).to.equal('received');
    expect(h.info.timepoint_skew_s).to.be.closeTo(-5.5 * 3600, 2);
  });

  it('reads the Timepoint in a per-device time zone when one is set', async () => {
    const first = await post(classic(Date.now() - 240_000));
    await t.call('PATCH', `/compat/devices/${first.body.device_id}`, { tz: 'UTC' });
    const at = Date.now() - 120_000;
    await post({ ...classic(), Timepoint: String(serial(at, 0)) });
    const s = await seriesByKey(t, first.body.device_id);
    expect((await points(t, s.temperature!.id)).map(([ts]) => ts)[1]).to.be.closeTo(at, 1);
  });

  it('tells Tilts apart by colour and MAC; colour in any case', async () => {
    const a = await post({ ...classic(), Color: 'red' });
    const b = await post({ ...classic(), Color: 'RED:AA:BB:CC:DD:EE:FF' });
    const c = await post({ ...classic(), Color: 'Red' });
    expect(c.body.device_id).to.equal(a.body.device_id);
    expect(b.body.device_id).to.not.equal(a.body.device_id);
    const h = (await t.call('GET', `/compat/devices/${b.body.device_id}`)).body;
    expect(h.key).to.equal('RED:aa:bb:cc:dd:ee:ff');
  });

  it('stores a retried post (same Timepoint) once', async () => {
    const body = classic(Date.now() - 30_000);
    const a = await post(body);
    const b = await post(body);
    expect(b.status).to.equal(200);
    const s = await seriesByKey(t, a.body.device_id);
    expect(await points(t, s.gravity!.id)).to.have.length(1);
  });

  it('accepts the token as ?token= too', async () => {
    expect((await post(classic(), `/compat/tilt?token=${token}`)).status).to.equal(200);
  });

  it('makes an ordinary gravity series a brew session includes, and notes a Comment on it', async () => {
    const first = await post(classic());
    const s = await seriesByKey(t, first.body.device_id);
    const session = await t.call('POST', '/sessions', {
      kind: 'brew',
      name: 'Pale ale',
      channels: [{ series_id: s.gravity!.id, role: 'gravity' }],
      og: 1.05,
    });
    expect(session.status).to.equal(201);
    await post({ ...classic(Date.now() + 1000), Comment: 'Dry hopped' });
    const notes = t.hub.ctx.store.sessions.annotations(session.body.id);
    expect(notes.map((n) => n.text)).to.deep.equal(['Dry hopped']);
    // The app repeats the comment on later posts: one note, not one per post.
    await post({ ...classic(Date.now() + 2000), Comment: 'Dry hopped' });
    expect(t.hub.ctx.store.sessions.annotations(session.body.id)).to.have.length(1);
  });

  describe('refuses, storing nothing', () => {
    const refused = async (res: { status: number; body: any }, status: number, path?: string) => {
      expect(res.status).to.equal(status);
      if (path) expect(res.body.errors.map((e: { path: string }) => e.path)).to.include(path);
      expect(readingCount(t)).to.equal(0);
      expect(await devicesOfKind(t, 'tilt')).to.deep.equal([]);
    };

    it('an unknown colour (400 /Color)', async () => {
      await refused(await post({ ...classic(), Color: 'TEAL' }), 400, '/Color');
    });

    it('a non-numeric SG (400 /SG) or a missing Temp (400 /Temp)', async () => {
      await refused(await post({ ...classic(), SG: 'high' }), 400, '/SG');
      const noTemp: Record<string, string> = classic();
      delete noTemp.Temp;
      await refused(await post(noTemp), 400, '/Temp');
    });

    it('a bad token (401)', async () => {
      await refused(await post(classic(), '/compat/tilt/not-a-token'), 401);
    });
  });

  it('keeps the stored readings intact after a refused post', async () => {
    await post(classic());
    const s = await seriesByKey(t, (await devicesOfKind(t, 'tilt'))[0]!.id);
    await post({ ...classic(), SG: '' });
    expect(await points(t, s.gravity!.id)).to.have.length(1);
  });
});
